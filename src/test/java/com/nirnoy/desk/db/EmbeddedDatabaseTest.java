package com.nirnoy.desk.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nirnoy.desk.testing.PlatformRows;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in database keeps patient data on a shared counter PC: its programs live in the user's
 * own folder, and it asks for its password from the first moment it runs.
 */
class EmbeddedDatabaseTest {
  @TempDir Path home;

  private Path dataDir() {
    return home.resolve("pgdata");
  }

  private static List<String> activeHbaLines(Path dataDir) throws Exception {
    return Files.readAllLines(dataDir.resolve("pg_hba.conf")).stream()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .toList();
  }

  private static String url(EmbeddedDatabase pg) {
    return "jdbc:postgresql://localhost:" + pg.port() + "/" + EmbeddedDatabase.DATABASE;
  }

  @Test
  void aNewBuiltInDatabaseRunsFromTheUsersFolderAndAsksForItsPasswordFromItsFirstStart()
      throws Exception {
    try (EmbeddedDatabase pg = EmbeddedDatabase.start(dataDir(), false)) {
      Path programs = home.resolve("postgresql");
      assertThat(Files.getPosixFilePermissions(programs))
          .as("its programs, where no other user can swap them")
          .isEqualTo(PosixFilePermissions.fromString("rwx------"));
      try (Stream<Path> unpacked = Files.list(programs.resolve("unpacked"))) {
        assertThat(unpacked.filter(p -> p.getFileName().toString().startsWith("PG-")).toList())
            .singleElement()
            .satisfies(p -> assertThat(p.resolve("bin")).isDirectory());
      }
      assertThat(activeHbaLines(dataDir()))
          .as("initdb made it with a password: no line trusts a connection")
          .isNotEmpty()
          .allSatisfy(l -> assertThat(l).endsWith("scram-sha-256"));
      assertThat(Files.readString(dataDir().resolve("pg_hba.conf")))
          .as("initdb's own file, not one rewritten after a start that trusted everyone")
          .doesNotContain("Written by Nirnoy Desk");
      assertThat(Files.getPosixFilePermissions(home.resolve("pgdata.secret")))
          .isEqualTo(PosixFilePermissions.fromString("rw-------"));
      assertThatThrownBy(() -> DriverManager.getConnection(url(pg), "postgres", ""))
          .hasMessageContaining("password");
      assertThat(new PlatformRows(pg.settings(EmbeddedDatabase.DATABASE, 1)).queryInt("SELECT 1"))
          .isEqualTo(1);
    }
  }

  @Test
  void aDatabaseAnEarlyDeskMadeWithoutAPasswordGetsOneAndKeepsItsData() throws Exception {
    // what a desk from before passwords left: a cluster that trusts local connections, no secret
    try (EmbeddedPostgres early =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDir())
            .setCleanDataDirectory(false)
            .start()) {
      try (var c = early.getPostgresDatabase().getConnection();
          var st = c.createStatement()) {
        st.execute("CREATE DATABASE " + EmbeddedDatabase.DATABASE);
      }
    }
    try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDir(), false)) {
      new PlatformRows(first.settings(EmbeddedDatabase.DATABASE, 1))
          .execute("CREATE TABLE kept (note text); INSERT INTO kept VALUES ('walk-in')");
      assertThatThrownBy(() -> DriverManager.getConnection(url(first), "postgres", ""))
          .hasMessageContaining("password");
    }

    try (EmbeddedDatabase again = EmbeddedDatabase.start(dataDir(), false)) {
      assertThat(activeHbaLines(dataDir())).noneMatch(l -> l.contains("trust"));
      assertThat(
              new PlatformRows(again.settings(EmbeddedDatabase.DATABASE, 1))
                  .queryInt("SELECT count(*)::int FROM kept"))
          .isEqualTo(1);
    }
  }

  @Test
  void aDatabaseWhosePasswordFileIsGoneSaysSoInsteadOfStarting() throws Exception {
    EmbeddedDatabase.start(dataDir(), false).close();
    Files.delete(home.resolve("pgdata.secret"));

    assertThatThrownBy(() -> EmbeddedDatabase.start(dataDir(), false))
        .isInstanceOf(DatabaseUnavailableException.class)
        .hasMessageContaining("its password file " + home.resolve("pgdata.secret") + " is missing");
  }
}
