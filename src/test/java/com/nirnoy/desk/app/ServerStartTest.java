package com.nirnoy.desk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nirnoy.desk.config.AppDirectories;
import com.nirnoy.desk.config.ConnectionSettings;
import com.nirnoy.desk.db.DataSources;
import com.nirnoy.desk.db.PlatformMigrations;
import com.nirnoy.desk.db.SchemaNotReadyException;
import com.nirnoy.desk.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A desk that starts against the clinic's server never migrates it: it checks the schema and, when
 * it is not this desk's, says which command to run and changes nothing.
 */
class ServerStartTest {
  @TempDir Path home;

  private AppContext start(ConnectionSettings db) {
    return AppContext.start(
        TestDatabases.appSettings(db), new AppDirectories(home), Clock.systemUTC());
  }

  @Test
  void anEmptyServerIsNotMigratedByADeskWhichSaysToRunMigrate() {
    ConnectionSettings empty = TestDatabases.emptyDatabase();

    assertThatThrownBy(() -> start(empty))
        .isInstanceOf(SchemaNotReadyException.class)
        .hasMessage(
            "The clinic's database holds an empty database: run `nirnoy-desk migrate` (over"
                + " DIRECT_URL, as the database owner), then start the desk again.");
    assertThat(PlatformMigrations.layout(empty)).isEqualTo(PlatformMigrations.Layout.EMPTY);
  }

  @Test
  void aServerBehindThisDesksSchemaIsNamedWithTheCommandToRun() throws Exception {
    ConnectionSettings db = TestDatabases.freshDatabase();
    try (AppContext ok = start(db)) {
      assertThat(ok.database().isHealthy()).isTrue();
    }
    try (var c = DataSources.unpooled(db).getConnection();
        var st = c.createStatement()) {
      st.execute(
          "DELETE FROM desk_schema_history WHERE version = '"
              + PlatformMigrations.LATEST_VERSION
              + "'");
    }

    assertThatThrownBy(() -> start(db))
        .isInstanceOf(SchemaNotReadyException.class)
        .hasMessageStartingWith(
            "The clinic's database is at schema version "
                + (PlatformMigrations.LATEST_VERSION - 1)
                + " and this desk needs "
                + PlatformMigrations.LATEST_VERSION
                + ": run `nirnoy-desk migrate`");
  }

  @Test
  void theNewestVersionThisBuildKnowsIsTheOneADeskRequires() {
    ConnectionSettings db = TestDatabases.freshDatabase();

    assertThat(PlatformMigrations.currentVersion(db))
        .isEqualTo(PlatformMigrations.latestVersion(db))
        .isEqualTo(String.valueOf(PlatformMigrations.LATEST_VERSION));
  }
}
