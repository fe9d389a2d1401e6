package com.nirnoy.desk.pooler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PgBouncerConfigTest {
  private static final Path USERS = Path.of("/tmp/x/userlist.txt");

  @Test
  void allDatabasesPassesEveryDatabaseAndTheClientsUserThrough() {
    String ini = PgBouncerConfig.allDatabases("127.0.0.1", 5432, "postgres").ini(6432, USERS);

    assertThat(ini.lines())
        .contains(
            "* = host=127.0.0.1 port=5432",
            "listen_port = 6432",
            "pool_mode = transaction",
            "default_pool_size = 20",
            "max_client_conn = 500",
            "auth_file = /tmp/x/userlist.txt",
            "server_login_retry = 1");
  }

  @Test
  void oneDatabaseNamesItsServerUserAndTheLoadModesSizes() {
    PgBouncerConfig config =
        PgBouncerConfig.oneDatabase("127.0.0.1", 5432, "bench", "nirnoy", "s3cret")
            .withConnections(20, 5_000);

    assertThat(config.ini(6432, USERS).lines())
        .contains(
            "bench = host=127.0.0.1 port=5432 dbname=bench user=nirnoy password=s3cret",
            "default_pool_size = 20",
            "max_db_connections = 20",
            "max_client_conn = 5100",
            "admin_users = nirnoy");
    assertThat(config.userList()).isEqualTo("\"nirnoy\" \"\"\n");
  }

  @Test
  void noServerConnectionsIsRefused() {
    PgBouncerConfig config = PgBouncerConfig.allDatabases("127.0.0.1", 5432, "postgres");

    assertThatThrownBy(() -> config.withConnections(0, 10))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void asRootItRunsAsPostgresByNumericIds() throws IOException {
    List<String> passwd =
        List.of(
            "root:x:0:0:root:/root:/bin/bash",
            "nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin",
            "postgres:x:101:104:PostgreSQL administrator:/var/lib/postgresql:/bin/bash");

    assertThat(RunAs.prefix(true, passwd))
        .containsExactly("setpriv", "--reuid=101", "--regid=104", "--clear-groups");
  }

  @Test
  void withoutPostgresItRunsAsNobodyWhoseGroupIsNumbered() throws IOException {
    List<String> passwd = List.of("nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin");

    assertThat(RunAs.prefix(true, passwd)).contains("--reuid=65534", "--regid=65534");
  }

  @Test
  void notRootRunsItAsItself() throws IOException {
    assertThat(RunAs.prefix(false, List.of())).isEmpty();
  }

  @Test
  void rootWithNoOneToRunAsSaysSo() {
    assertThatThrownBy(() -> RunAs.prefix(true, List.of("root:x:0:0:root:/root:/bin/bash")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("refuses to run as root");
  }
}
