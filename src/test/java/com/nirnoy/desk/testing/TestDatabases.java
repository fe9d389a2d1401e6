package com.nirnoy.desk.testing;

import com.nirnoy.desk.config.ConnectionSettings;
import com.nirnoy.desk.db.EmbeddedDatabase;
import com.nirnoy.desk.db.PlatformMigrations;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL per test JVM, with the migrations applied once to a template database; every
 * test class gets its own fresh copy of that template (tens of milliseconds).
 */
public final class TestDatabases {
  private static final String TEMPLATE = "nirnoy_template";
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static EmbeddedDatabase server;

  private TestDatabases() {}

  /** The shared server, started and migrated on first use. */
  public static synchronized EmbeddedDatabase server() {
    if (server == null) {
      Path work = Path.of(System.getProperty("nirnoy.test.workdir", "target/test-work"));
      Path dataDir = work.resolve("pg-" + ProcessHandle.current().pid());
      server = EmbeddedDatabase.start(dataDir, true);
      server.createDatabaseIfMissing(TEMPLATE);
      PlatformMigrations.migrate(server.settings(TEMPLATE, 2));
      Runtime.getRuntime().addShutdownHook(new Thread(server::close, "embedded-pg-stop"));
    }
    return server;
  }

  /** A new, migrated, empty database of its own. */
  public static ConnectionSettings freshDatabase() {
    return freshDatabase(10);
  }

  public static ConnectionSettings freshDatabase(int poolSize) {
    EmbeddedDatabase pg = server();
    String name = "test_" + COUNTER.incrementAndGet();
    pg.createDatabaseFromTemplate(name, TEMPLATE);
    return pg.settings(name, poolSize);
  }

  /** A new database with the platform's schema and the desk's additions, and no rows. */
  public static ConnectionSettings freshPlatformDatabase() {
    return freshDatabase();
  }

  /** The app's settings for {@code db}, as a clinic's DATABASE_URL would give them. */
  public static com.nirnoy.desk.config.Settings appSettings(ConnectionSettings db) {
    return com.nirnoy.desk.config.Settings.load(
        java.util.Map.of(
            "DATABASE_URL", "postgresql://postgres@localhost:" + db.port() + "/" + db.database()),
        java.util.List.of());
  }

  /** A new database with nothing in it, not even the schema. */
  public static ConnectionSettings emptyDatabase() {
    EmbeddedDatabase pg = server();
    String name = "empty_" + COUNTER.incrementAndGet();
    pg.createDatabaseIfMissing(name);
    return pg.settings(name, 4);
  }

  /** Runs {@code sql} as the server's superuser on its maintenance database (test set-up only). */
  public static void execute(String sql) {
    try (var c =
            com.nirnoy.desk.db.DataSources.unpooled(server().settings("postgres", 1))
                .getConnection();
        var st = c.createStatement()) {
      st.execute(sql);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }
}
