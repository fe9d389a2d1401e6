package com.nirnoy.desk.db;

import com.nirnoy.desk.config.ConnectionSettings;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the schema migrations in {@code db/migration} with Flyway, over the direct connection.
 */
public final class Migrations {
  private static final Logger log = LoggerFactory.getLogger(Migrations.class);

  private Migrations() {}

  /**
   * Brings the database up to date. A database that already has the web platform's tables but no
   * Flyway history is refused rather than touched: its owner must baseline it on purpose.
   *
   * @return how many migrations were applied
   */
  public static int migrate(ConnectionSettings direct) {
    try {
      MigrateResult result = flyway(direct).migrate();
      if (result.migrationsExecuted > 0) {
        log.info(
            "Applied {} migration(s); schema is now at version {}",
            result.migrationsExecuted,
            result.targetSchemaVersion);
      } else {
        log.info("Schema is up to date (version {})", result.initialSchemaVersion);
      }
      return result.migrationsExecuted;
    } catch (FlywayException e) {
      throw new DatabaseUnavailableException(
          "Migrating " + direct.describe() + " failed: " + firstLine(e.getMessage()), e);
    }
  }

  /** The version the database is at, or "none". */
  public static String currentVersion(ConnectionSettings direct) {
    var current = flyway(direct).info().current();
    return current == null ? "none" : current.getVersion().getVersion();
  }

  /** The newest version this build knows. */
  public static String latestVersion(ConnectionSettings direct) {
    var all = flyway(direct).info().all();
    return all.length == 0 ? "none" : all[all.length - 1].getVersion().getVersion();
  }

  private static Flyway flyway(ConnectionSettings direct) {
    return Flyway.configure()
        .dataSource(DataSources.unpooled(direct))
        .locations("classpath:db/migration")
        .failOnMissingLocations(true)
        .load();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    // Flyway's first line is a heading ("Validate failed: ..."); the reason is on a later line
    var lines = message.strip().lines().map(String::strip).filter(l -> !l.isBlank()).toList();
    String reason =
        lines.stream()
            .skip(1)
            .filter(
                l -> l.contains("mismatch") || l.startsWith("Detected") || l.startsWith("Found"))
            .findFirst()
            .orElse("");
    return lines.isEmpty()
        ? message
        : reason.isEmpty() ? lines.get(0) : lines.get(0) + " (" + reason + ")";
  }
}
