package com.nirnoy.desk.db;

import com.nirnoy.desk.config.AppDirectories;
import com.nirnoy.desk.config.ConnectionSettings;
import com.nirnoy.desk.config.Settings;
import java.util.List;
import java.util.Optional;

/**
 * The database the app runs on, started as the settings say: the clinic's server ({@code
 * DATABASE_URL}, migrated over {@code DIRECT_URL}) or, with no server configured, the built-in
 * PostgreSQL in the user's app-data folder. Closing it closes the pool and stops the built-in
 * server.
 */
public final class DatabaseRuntime implements AutoCloseable {
  /** Pool size for the built-in database: one desk, a handful of background tasks. */
  static final int EMBEDDED_POOL_SIZE = 8;

  private final EmbeddedDatabase embedded;
  private final ConnectionSettings pooled;
  private final ConnectionSettings direct;
  private Database database;
  private boolean recreated;
  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(DatabaseRuntime.class);

  private DatabaseRuntime(
      EmbeddedDatabase embedded, ConnectionSettings pooled, ConnectionSettings direct) {
    this.embedded = embedded;
    this.pooled = pooled;
    this.direct = direct;
  }

  /** Resolves the settings and, for the built-in database, starts it; opens nothing else yet. */
  public static DatabaseRuntime prepare(Settings settings, AppDirectories dirs) {
    settings.validate();
    if (settings.useEmbedded()) {
      EmbeddedDatabase pg = EmbeddedDatabase.start(dirs.databaseDir(), false);
      ConnectionSettings local = pg.settings(EmbeddedDatabase.DATABASE, EMBEDDED_POOL_SIZE);
      return new DatabaseRuntime(pg, local, local);
    }
    return new DatabaseRuntime(null, settings.pooled(), settings.direct());
  }

  /** For tests and tools that bring their own server. */
  public static DatabaseRuntime of(ConnectionSettings pooled, ConnectionSettings direct) {
    return new DatabaseRuntime(null, pooled, direct);
  }

  /**
   * Applies pending migrations over the direct connection; says what it found and did. A built-in
   * database that an older desk made in its own schema (before the platform's) is recreated first:
   * it held only demo or trial data, and {@link #recreatedOldDatabase()} says so once.
   */
  public PlatformMigrations.Outcome migrate() {
    if (embedded != null
        && PlatformMigrations.layout(direct) == PlatformMigrations.Layout.OLD_DESK) {
      log.warn(
          "The built-in database was made by an older Nirnoy Desk in a schema that is not the"
              + " platform's; recreating it");
      embedded.dropDatabase(EmbeddedDatabase.DATABASE);
      embedded.createDatabaseIfMissing(EmbeddedDatabase.DATABASE);
      recreated = true;
      int applied = PlatformMigrations.migrate(direct).applied();
      return new PlatformMigrations.Outcome(PlatformMigrations.Layout.OLD_DESK, applied, false);
    }
    return PlatformMigrations.migrate(direct);
  }

  /**
   * Makes the schema ready for a desk to start: the built-in database (which the desk owns)
   * migrates itself; on a server the desk never migrates, it only checks the schema is current
   * ({@link PlatformMigrations#requireCurrent}) over its pooled connection.
   */
  public void prepareSchemaForDesk() {
    if (embedded != null) {
      migrate();
    } else {
      PlatformMigrations.requireCurrent(pooled);
    }
  }

  /**
   * True when {@link #migrate()} recreated a built-in database made by an older desk (its demo or
   * trial data is gone; the new one starts with a fresh demo clinic).
   */
  public boolean recreatedOldDatabase() {
    return recreated;
  }

  /** Opens the pool and Hibernate (validating the mapping); idempotent. */
  public synchronized Database open(List<Class<?>> entities) {
    if (database == null) {
      database = Database.open(pooled, entities);
    }
    return database;
  }

  public boolean isEmbedded() {
    return embedded != null;
  }

  public Optional<EmbeddedDatabase> embedded() {
    return Optional.ofNullable(embedded);
  }

  public ConnectionSettings pooled() {
    return pooled;
  }

  public ConnectionSettings direct() {
    return direct;
  }

  /** Where the app is connected, for a status bar: "built-in database" or the server host. */
  public String describe() {
    return isEmbedded() ? "built-in database (" + embedded.dataDir() + ")" : pooled.describe();
  }

  @Override
  public synchronized void close() {
    try {
      if (database != null) {
        database.close();
      }
    } finally {
      if (embedded != null) {
        embedded.close();
      }
    }
  }
}
