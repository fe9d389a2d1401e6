package com.nirnoy.desk.pooler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nirnoy.desk.config.ConnectionSettings;
import com.nirnoy.desk.testing.PgBouncerServer;
import com.nirnoy.desk.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The launcher itself, on the real pgbouncer binary in front of the tests' PostgreSQL. */
class PgBouncerTest {
  private static ConnectionSettings server;

  @BeforeAll
  static void database() {
    server = TestDatabases.freshDatabase(2);
  }

  @Test
  void aMissingBinaryIsReportedWithHowToInstallIt() {
    PgBouncerConfig config = PgBouncerConfig.allDatabases("127.0.0.1", 5432, "postgres");

    assertThatThrownBy(() -> PgBouncer.launch(config, List.of(Path.of("/nowhere/sbin/pgbouncer"))))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("apt-get install pgbouncer")
        .hasMessageContaining("/nowhere/sbin/pgbouncer");
  }

  @Test
  void passesQueriesToTheServerAndNamesItsVersion() throws Exception {
    PgBouncerServer.requireInstalled();
    try (PgBouncer bouncer = launchInFrontOf()) {
      assertThat(currentDatabase(bouncer)).isEqualTo(server.database());
      assertThat(bouncer.version()).startsWith("PgBouncer");
    }
  }

  @Test
  void stopsAndStartsAgainOnTheSamePort() throws Exception {
    PgBouncerServer.requireInstalled();
    try (PgBouncer bouncer = launchInFrontOf()) {
      int port = bouncer.port();

      bouncer.stop();
      assertThatThrownBy(() -> currentDatabase(bouncer)).isInstanceOf(SQLException.class);

      bouncer.start();
      assertThat(bouncer.port()).isEqualTo(port);
      assertThat(currentDatabase(bouncer)).isEqualTo(server.database());
    }
  }

  @Test
  void closingStopsItAndRemovesItsFolder() throws Exception {
    PgBouncerServer.requireInstalled();
    PgBouncer bouncer = launchInFrontOf();
    Path folder = bouncer.folder();
    assertThat(folder.resolve("pgbouncer.ini")).exists();

    bouncer.close();

    assertThat(Files.exists(folder)).isFalse();
    assertThatThrownBy(() -> currentDatabase(bouncer)).isInstanceOf(SQLException.class);
  }

  private static PgBouncer launchInFrontOf() throws IOException {
    return PgBouncer.launch(
        PgBouncerConfig.oneDatabase(
                "127.0.0.1", server.port(), server.database(), server.user(), server.password())
            .withConnections(2, 10));
  }

  private static String currentDatabase(PgBouncer bouncer) throws SQLException {
    String url =
        "jdbc:postgresql://127.0.0.1:%d/%s?sslmode=disable&prepareThreshold=0&connectTimeout=5"
            .formatted(bouncer.port(), server.database());
    try (Connection c = DriverManager.getConnection(url, server.user(), "");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("select current_database()")) {
      rs.next();
      return rs.getString(1);
    }
  }
}
