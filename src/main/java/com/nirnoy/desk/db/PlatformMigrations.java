package com.nirnoy.desk.db;

import com.nirnoy.desk.config.ConnectionSettings;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desk's schema on the platform's: {@code db/schema} starts from the platform's own tables (V1,
 * exactly as Prisma creates them) with the desk's additions on top. On an empty database every
 * migration runs; on a database the web backend already created, the platform's tables are checked
 * against {@link PlatformContract}, V1 is recorded as the baseline and only the desk's migrations
 * run, all in one transaction, so a refusal changes nothing.
 */
public final class PlatformMigrations {
  /** The newest schema version this build has ({@code db/schema/V<n>__...}); a test keeps it so. */
  public static final int LATEST_VERSION = 6;

  /** The desk's own history table (the old desk schema kept Flyway's default name). */
  public static final String HISTORY_TABLE = "desk_schema_history";

  private static final Logger log = LoggerFactory.getLogger(PlatformMigrations.class);

  private PlatformMigrations() {}

  /** What a database holds before the desk migrates it. */
  public enum Layout {
    /** No platform tables: the desk creates everything (the built-in database, tests). */
    EMPTY("an empty database"),
    /** The platform's tables without the desk's history: adopted on migrate. */
    PLATFORM("the platform's schema (created by the web backend), not yet adopted by the desk"),
    /** The desk's history is there: the platform's base plus the desk's migrations. */
    DESK("the platform's schema with the desk's additions"),
    /** An older Nirnoy Desk's own schema (before the platform's base): cannot be migrated. */
    OLD_DESK("an older Nirnoy Desk schema that is not the platform's");

    private final String description;

    Layout(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }
  }

  /** What {@link #migrate} did. */
  public record Outcome(Layout found, int applied, boolean adopted) {}

  /** What the database at {@code direct} holds. */
  public static Layout layout(ConnectionSettings direct) {
    try (Connection c = DataSources.unpooled(direct).getConnection()) {
      return layout(c);
    } catch (SQLException e) {
      throw new DatabaseUnavailableException(
          "Cannot read the schema of " + direct.describe() + ": " + e.getMessage(), e);
    }
  }

  static Layout layout(Connection c) throws SQLException {
    if (exists(c, HISTORY_TABLE)) {
      return Layout.DESK;
    }
    if (exists(c, "flyway_schema_history") || exists(c, "ChamberSession")) {
      return Layout.OLD_DESK;
    }
    return exists(c, "Appointment") || exists(c, "User") ? Layout.PLATFORM : Layout.EMPTY;
  }

  /** Whether the web backend's Prisma migration history is in the database. */
  public static boolean hasPrismaHistory(ConnectionSettings direct) {
    try (Connection c = DataSources.unpooled(direct).getConnection()) {
      return exists(c, "_prisma_migrations");
    } catch (SQLException e) {
      throw new DatabaseUnavailableException(e.getMessage(), e);
    }
  }

  /**
   * Brings the database up to date: creates everything on an empty one, adopts the platform's
   * schema, or applies the desk's newer migrations.
   *
   * @throws SchemaMismatchException when the platform's tables differ from what the desk needs, or
   *     the database holds an older desk schema; nothing is changed then
   */
  public static Outcome migrate(ConnectionSettings direct) {
    Layout found = layout(direct);
    switch (found) {
      case OLD_DESK ->
          throw new SchemaMismatchException(
              List.of(
                  "this database holds an older Nirnoy Desk schema (its own tables, not the"
                      + " platform's); point DIRECT_URL at the platform's database, or at an empty"
                      + " one"));
      case PLATFORM -> {
        List<String> differences = differences(direct);
        if (!differences.isEmpty()) {
          throw new SchemaMismatchException(differences);
        }
        return adopt(direct);
      }
      default -> {
        int applied = flyway(direct).migrate().migrationsExecuted;
        log.info("Applied {} migration(s) to {}", applied, found.description());
        return new Outcome(found, applied, false);
      }
    }
  }

  /** What the platform's tables lack for the desk; empty when it can stand on them. */
  public static List<String> differences(ConnectionSettings direct) {
    try (Connection c = DataSources.unpooled(direct).getConnection()) {
      return PlatformContract.differences(c);
    } catch (SQLException e) {
      throw new DatabaseUnavailableException(e.getMessage(), e);
    }
  }

  private static Outcome adopt(ConnectionSettings direct) {
    Flyway flyway = flyway(direct);
    flyway.baseline();
    try {
      int applied = flyway.migrate().migrationsExecuted;
      log.info("Adopted the platform's schema; applied {} desk migration(s)", applied);
      return new Outcome(Layout.PLATFORM, applied, true);
    } catch (FlywayException e) {
      // the desk's migrations ran in one transaction and were rolled back; the baseline is the
      // only trace left, so take it back too: the database is as it was
      dropHistory(direct);
      throw new SchemaMismatchException(List.of(firstLine(e.getMessage())));
    }
  }

  private static void dropHistory(ConnectionSettings direct) {
    try (Connection c = DataSources.unpooled(direct).getConnection();
        Statement st = c.createStatement()) {
      st.execute("DROP TABLE IF EXISTS \"" + HISTORY_TABLE + "\"");
    } catch (SQLException e) {
      log.warn("Could not remove {} after a failed adoption: {}", HISTORY_TABLE, e.getMessage());
    }
  }

  /**
   * For a desk that starts against a server: the schema must already be the one this build needs,
   * because a desk never migrates a server (only {@code nirnoy-desk migrate}, run by whoever holds
   * the database owner's credentials, does). Two small queries on one connection; nothing is
   * changed.
   *
   * @throws SchemaNotReadyException saying in one line what was found and which command to run
   */
  public static void requireCurrent(ConnectionSettings settings) {
    try (Connection c = DataSources.unpooled(settings).getConnection()) {
      Layout found = layout(c);
      if (found == Layout.DESK) {
        int version = appliedVersion(c);
        if (version >= LATEST_VERSION) {
          if (version > LATEST_VERSION) {
            log.warn(
                "The database's schema (version {}) is newer than this desk's ({}); install the"
                    + " newer Nirnoy Desk",
                version,
                LATEST_VERSION);
          }
          return;
        }
        throw new SchemaNotReadyException(
            "The clinic's database is at schema version "
                + version
                + " and this desk needs "
                + LATEST_VERSION
                + ": run `nirnoy-desk migrate` (over DIRECT_URL, as the database owner), then start"
                + " the desk again.");
      }
      throw new SchemaNotReadyException(
          "The clinic's database holds "
              + found.description()
              + ": "
              + (found == Layout.OLD_DESK
                  ? "point DATABASE_URL at the platform's database."
                  : "run `nirnoy-desk migrate` (over DIRECT_URL, as the database owner), then"
                      + " start the desk again."));
    } catch (SQLException e) {
      throw new DatabaseUnavailableException(
          "Cannot read the schema of " + settings.describe() + ": " + e.getMessage(), e);
    }
  }

  private static int appliedVersion(Connection c) throws SQLException {
    try (Statement st = c.createStatement();
        var rs =
            st.executeQuery(
                "SELECT coalesce(max(version::int), 0) FROM \""
                    + HISTORY_TABLE
                    + "\""
                    + " WHERE success AND version IS NOT NULL")) {
      rs.next();
      return rs.getInt(1);
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
        .locations("classpath:db/schema")
        .table(HISTORY_TABLE)
        .baselineVersion("1")
        .baselineDescription("platform schema (created by the web backend)")
        .group(true)
        .failOnMissingLocations(true)
        .load();
  }

  private static boolean exists(Connection c, String table) throws SQLException {
    try (var ps = c.prepareStatement("SELECT to_regclass(quote_ident(?)) IS NOT NULL")) {
      ps.setString(1, table);
      try (var rs = ps.executeQuery()) {
        rs.next();
        return rs.getBoolean(1);
      }
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    return message
        .strip()
        .lines()
        .map(String::strip)
        .filter(l -> l.startsWith("ERROR:") || l.contains("Message"))
        .findFirst()
        .orElse(message.strip().lines().findFirst().orElse(message));
  }
}
