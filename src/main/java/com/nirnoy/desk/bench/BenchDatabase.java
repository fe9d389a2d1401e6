package com.nirnoy.desk.bench;

import com.nirnoy.desk.config.ConnectionSettings;
import com.nirnoy.desk.db.DataSources;
import com.nirnoy.desk.db.DeskLogins;
import com.nirnoy.desk.db.PlatformMigrations;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * The benchmark's own database, never the user's: a PostgreSQL started for the bench in its own
 * folder (durable settings, as a real server: fsync and synchronous commit on), or the server a
 * {@code --database-url} names. Migrated by the app's own migrations.
 */
final class BenchDatabase implements AutoCloseable {
  static final String NAME = "nirnoy_bench";

  private final EmbeddedPostgres embedded;
  private final ConnectionSettings direct;

  private BenchDatabase(EmbeddedPostgres embedded, ConnectionSettings direct) {
    this.embedded = embedded;
    this.direct = direct;
  }

  /**
   * Starts a PostgreSQL for the bench in {@code dataDir}; {@code fresh} wipes it first. Sized for a
   * small dedicated server (1 GB shared buffers), not for a counter PC.
   */
  static BenchDatabase embedded(Path dataDir, boolean fresh) throws IOException, SQLException {
    if (fresh) {
      wipe(dataDir);
    }
    EmbeddedPostgres pg =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDir)
            // kept after the run, so a later run can --reuse it (the library would delete it)
            .setCleanDataDirectory(false)
            .setPGStartupWait(Duration.ofSeconds(120))
            .setServerConfig("max_connections", "200")
            .setServerConfig("timezone", "Asia/Dhaka")
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("shared_buffers", "1GB")
            .setServerConfig("work_mem", "16MB")
            .setServerConfig("maintenance_work_mem", "512MB")
            .setServerConfig("max_wal_size", "8GB")
            .setServerConfig("checkpoint_timeout", "30min")
            .start();
    try (Connection c = pg.getPostgresDatabase().getConnection();
        Statement st = c.createStatement()) {
      try (ResultSet rs =
          st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + NAME + "'")) {
        if (!rs.next()) {
          st.execute("CREATE DATABASE " + NAME);
        }
      }
    }
    return new BenchDatabase(
        pg, ConnectionSettings.local("bench", pg.getPort(), NAME, "postgres", 4));
  }

  /** Deletes an earlier run's data folder (only ever the bench's own folder). */
  private static void wipe(Path dataDir) throws IOException {
    if (!Files.exists(dataDir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dataDir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** The database {@code direct} names (its owner must allow creating the schema in it). */
  static BenchDatabase external(ConnectionSettings direct) {
    return new BenchDatabase(null, direct.withPoolSize(4));
  }

  boolean isEmbedded() {
    return embedded != null;
  }

  /**
   * Applies the app's migrations (the platform's schema and the desk's additions); returns how many
   * ran.
   */
  int migrate() {
    return PlatformMigrations.migrate(direct).applied();
  }

  ConnectionSettings direct() {
    return direct;
  }

  /** The same database through a pool of {@code size} connections. */
  ConnectionSettings pooled(int size) {
    return direct.withPoolSize(size);
  }

  /**
   * The same database through a pool of {@code size} connections as the bench's desk login (a
   * member of {@code nirnoy_desk}, as counter PCs connect), made or given a new password now.
   */
  ConnectionSettings deskLogin(int size) {
    DeskLogins.Login login = DeskLogins.create(unpooled(), DESK_LOGIN, true);
    return pooled(size).withLogin(login.name(), login.password());
  }

  /** The bench's desk login. */
  static final String DESK_LOGIN = "nirnoy_bench_desk";

  DataSource unpooled() {
    return DataSources.unpooled(direct);
  }

  /** The server's version, e.g. "PostgreSQL 17.6". */
  String serverVersion() throws SQLException {
    try (Connection c = unpooled().getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SHOW server_version")) {
      rs.next();
      return "PostgreSQL " + rs.getString(1);
    }
  }

  /** Doctors already in the database: 0 for an empty one. */
  long doctors() throws SQLException {
    try (Connection c = unpooled().getConnection()) {
      return BenchDataLoader.count(c, "Doctor");
    }
  }

  @Override
  public void close() throws IOException {
    if (embedded != null) {
      embedded.close();
    }
  }
}
