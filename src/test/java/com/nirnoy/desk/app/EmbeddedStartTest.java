package com.nirnoy.desk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nirnoy.desk.config.AppDirectories;
import com.nirnoy.desk.config.Settings;
import com.nirnoy.desk.testing.Fixtures;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Zero set-up: no DATABASE_URL starts the built-in PostgreSQL in the app-data folder. */
class EmbeddedStartTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-01T04:00:00Z"), ZoneId.of("Asia/Dhaka"));
  @TempDir Path home;

  @Test
  void firstStartFillsTheDemoClinicAndDataSurvivesARestart() throws Exception {
    AppDirectories dirs = new AppDirectories(home);
    Settings none = Settings.load(Map.of(), List.of());
    int port;
    long doctors;
    try (AppContext first = AppContext.start(none, dirs, CLOCK)) {
      Fixtures fx = new Fixtures(first.database().dataSource());
      assertThat(first.runtime().isEmbedded()).isTrue();
      assertThat(fx.count("SELECT count(*) FROM \"Doctor\"")).isPositive();
      assertThat(first.recreatedOldDatabase()).isFalse();
      doctors = fx.count("SELECT count(*) FROM \"Doctor\"");
      fx.patient("Walk-in Patient", "+8801555000000");
      assertThat(
              fx.count(
                  "SELECT count(*) FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit') AND setting = 'on'"))
          .as("a clinic's data is written durably")
          .isEqualTo(2);
      port = first.runtime().embedded().orElseThrow().port();
      String url = "jdbc:postgresql://localhost:" + port + "/nirnoy";
      assertThatThrownBy(() -> java.sql.DriverManager.getConnection(url, "postgres", ""))
          .as("patient data needs the password kept in the app-data folder")
          .hasMessageContaining("password");
    }
    assertThat(Files.getPosixFilePermissions(home.resolve("pgdata.secret")))
        .containsExactlyInAnyOrder(
            java.nio.file.attribute.PosixFilePermission.OWNER_READ,
            java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);

    assertThat(Files.exists(home.resolve("pgdata").resolve("PG_VERSION"))).isTrue();
    assertThatThrownBy(() -> new Socket("localhost", port).close())
        .as("the built-in server stops when the app closes");
    try (AppContext second = AppContext.start(none, dirs, CLOCK)) {
      Fixtures fx = new Fixtures(second.database().dataSource());
      assertThat(fx.count("SELECT count(*) FROM \"Doctor\""))
          .as("demo data is filled once")
          .isEqualTo(doctors);
      assertThat(fx.count("SELECT count(*) FROM \"Patient\" WHERE name = 'Walk-in Patient'"))
          .isEqualTo(1);
    }
  }

  @Test
  void aBuiltInDatabaseAnOlderDeskMadeInItsOwnSchemaIsRecreatedAndSaidSoOnce() throws Exception {
    AppDirectories dirs = new AppDirectories(home);
    Settings none = Settings.load(Map.of(), List.of());
    try (AppContext first = AppContext.start(none, dirs, CLOCK)) {
      // what an older desk's built-in database held: Flyway's default history and its own
      // tables, and no history of the platform's base
      new Fixtures(first.database().dataSource())
          .execute(
              "CREATE TABLE flyway_schema_history (installed_rank int);"
                  + " CREATE TABLE \"ChamberSession\" (id text); DROP TABLE desk_schema_history");
    }

    try (AppContext recreated = AppContext.start(none, dirs, CLOCK)) {
      Fixtures fx = new Fixtures(recreated.database().dataSource());
      assertThat(recreated.recreatedOldDatabase()).isTrue();
      assertThat(
              fx.count(
                  "SELECT count(*) FROM pg_tables WHERE tablename IN ('ChamberSession',"
                      + " 'flyway_schema_history')"))
          .isZero();
      assertThat(fx.count("SELECT count(*) FROM \"Doctor\"")).isPositive();
    }
    try (AppContext next = AppContext.start(none, dirs, CLOCK)) {
      assertThat(next.recreatedOldDatabase()).as("said once").isFalse();
    }
  }
}
