package com.nirnoy.desk.check;

import com.nirnoy.desk.config.ConnectionSettings;
import com.nirnoy.desk.db.DatabaseErrors;
import com.nirnoy.desk.db.PlatformMigrations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the schema came to be (made by the desk, or the platform's adopted by it), whether the desk's
 * migrations are all applied, and whether the platform's rows keep its conventions the desk reads
 * them by (an appointment's {@code date} at midnight).
 */
final class LayoutChecks {
  static final String CREATED_BY_DESK = "created by the desk";
  static final String ADOPTED = "adopted from the platform";

  private final Connection c;
  private final ConnectionSettings direct;

  LayoutChecks(Connection c, ConnectionSettings direct) {
    this.c = c;
    this.direct = direct;
  }

  List<CheckResult> run() throws SQLException {
    List<CheckResult> results = new ArrayList<>();
    results.add(layout());
    if (exists("Appointment")) {
      results.add(datesAtMidnight());
    }
    return results;
  }

  private CheckResult layout() throws SQLException {
    String item = "Schema layout";
    if (!exists(PlatformMigrations.HISTORY_TABLE)) {
      return CheckResult.fail(
          item,
          (exists("Appointment")
                  ? "the platform's tables without the desk's history (not adopted yet)"
                  : "no schema")
              + "; run: nirnoy-desk migrate");
    }
    boolean prisma = exists("_prisma_migrations");
    String version;
    boolean adopted;
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT (SELECT version FROM \""
                    + PlatformMigrations.HISTORY_TABLE
                    + "\" WHERE success AND version IS NOT NULL"
                    + " ORDER BY installed_rank DESC LIMIT 1),"
                    + " EXISTS (SELECT 1 FROM \""
                    + PlatformMigrations.HISTORY_TABLE
                    + "\" WHERE version = '1' AND type = 'BASELINE')");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      version = rs.getString(1);
      adopted = rs.getBoolean(2);
    }
    String how =
        adopted
            ? ADOPTED + (prisma ? " (Prisma history present)" : " (no Prisma history found)")
            : CREATED_BY_DESK + (prisma ? " (Prisma history present too)" : "");
    String latest = latestVersion();
    if (latest != null && !latest.equals(version)) {
      return CheckResult.fail(
          item,
          how
              + ", at version "
              + version
              + " but this desk needs "
              + latest
              + "; run: nirnoy-desk migrate");
    }
    return CheckResult.pass(item, how + ", at version " + version);
  }

  /** The newest version this build knows, or null when the direct connection cannot tell. */
  private String latestVersion() {
    try {
      return PlatformMigrations.latestVersion(direct);
    } catch (RuntimeException e) {
      org.slf4j.LoggerFactory.getLogger(LayoutChecks.class)
          .info("Could not read the latest version: {}", DatabaseErrors.rootMessage(e));
      return null;
    }
  }

  /**
   * The platform stores an appointment's day at 00:00; a client in another time zone writes its own
   * midnight (e.g. the day before at 18:00). Such rows are still shown on their day ({@code
   * nirnoy_clinic_day} takes the nearest midnight), so this warns rather than fails.
   */
  private CheckResult datesAtMidnight() throws SQLException {
    String item = "Appointment dates at midnight";
    // a desk login may not read appointments: V6's function counts them for it
    try (PreparedStatement ps =
            c.prepareStatement(
                exists("nirnoy_dates_off_midnight()", "to_regprocedure")
                    ? "SELECT total, off_midnight FROM nirnoy_dates_off_midnight()"
                    : "SELECT count(*), count(*) FILTER (WHERE \"date\" <> date_trunc('day',"
                        + " \"date\")) FROM \"Appointment\"");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      long all = rs.getLong(1);
      long off = rs.getLong(2);
      c.rollback();
      if (off == 0) {
        return CheckResult.pass(
            item, String.format(Locale.ROOT, "all %,d appointments store their day at 00:00", all));
      }
      return CheckResult.warn(
          item,
          String.format(
              Locale.ROOT,
              "%,d of %,d appointments have a date that is not at midnight (a client writing its"
                  + " own time zone's midnight); they are still shown on the right day"
                  + " (nirnoy_clinic_day takes the nearest midnight)",
              off,
              all));
    }
  }

  private boolean exists(String name, String lookUp) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT " + lookUp + "(?) IS NOT NULL")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getBoolean(1);
      }
    }
  }

  private boolean exists(String table) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT to_regclass(quote_ident(?)) IS NOT NULL")) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getBoolean(1);
      }
    }
  }
}
