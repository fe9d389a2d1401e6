package com.nirnoy.desk.check;

import com.nirnoy.desk.config.ConnectionSettings;
import com.nirnoy.desk.config.Settings;
import com.nirnoy.desk.db.DataSources;
import com.nirnoy.desk.db.DatabaseErrors;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether the app talks to the right server, safely: the server is verified (TLS), and {@code
 * DATABASE_URL} and {@code DIRECT_URL} reach one and the same database (live refresh listens over
 * the direct one for what the app writes over the pooled one, and migrations change the direct
 * one).
 */
record ConnectionChecks(ConnectionSettings pooled, ConnectionSettings direct, boolean embedded) {

  /**
   * PASS when every connection to another computer verifies the server ({@code verify-full}); a
   * WARN for an explicit {@code sslmode=require} (encrypted, but anyone on the way could pose as
   * the server) or {@code verify-ca} (the host name is not checked).
   */
  CheckResult serverVerified() {
    String item = "The server is verified (TLS)";
    if (embedded) {
      return CheckResult.pass(item, "built-in database on this computer: no network in between");
    }
    List<String> fine = new ArrayList<>();
    for (ConnectionSettings s : urls()) {
      String mode = s.sslMode();
      String weakness =
          switch (mode) {
            case "require" ->
                "the connection is encrypted but the server is not verified, so a machine on the"
                    + " way could pose as it; "
                    + Settings.CA_ADVICE
                    + ", then remove sslmode=require";
            case "verify-ca" ->
                "the certificate is checked but not the host name, so another server with a"
                    + " certificate from the same authority (e.g. another Supabase project) could"
                    + " pose as it; remove sslmode (verify-full is the default)";
            default -> null;
          };
      if (weakness != null) {
        return CheckResult.warn(item, s.source() + " has sslmode=" + mode + ": " + weakness);
      }
      fine.add(
          s.source()
              + (mode.equals("verify-full")
                  ? " verify-full (certificate and host name checked)"
                  : " on this computer (" + s.host() + ", no network in between)"));
    }
    return CheckResult.pass(item, String.join("; ", fine));
  }

  /**
   * PASS when both URLs reach the same database: the same name and oid, on a server started at the
   * same moment (and, where the server lets anyone read it, with the same system identifier). All
   * of it is the server's own, so a pooler in between changes none of it.
   */
  CheckResult sameDatabase() {
    String item = "DATABASE_URL and DIRECT_URL reach the same database";
    Identity viaPooled;
    Identity viaDirect;
    try {
      viaPooled = identity(pooled);
    } catch (SQLException | RuntimeException e) {
      return CheckResult.fail(
          item, "cannot ask over " + pooled.source() + ": " + DatabaseErrors.rootMessage(e));
    }
    try {
      viaDirect = identity(direct);
    } catch (SQLException | RuntimeException e) {
      return CheckResult.fail(
          item,
          "cannot connect over "
              + direct.source()
              + " ("
              + direct.describe()
              + "), which migrations and live refresh use: "
              + DatabaseErrors.rootMessage(e));
    }
    if (viaPooled.sameAs(viaDirect)) {
      return CheckResult.pass(item, viaPooled.describe());
    }
    return CheckResult.fail(
        item,
        pooled.source()
            + " reaches "
            + viaPooled.describe()
            + ", but "
            + direct.source()
            + " reaches "
            + viaDirect.describe()
            + ": live refresh would hear nothing of this app's changes and migrate would change"
            + " the other database; point both at the same one");
  }

  private List<ConnectionSettings> urls() {
    return pooled.equals(direct) ? List.of(pooled) : List.of(pooled, direct);
  }

  /** What identifies a database on a server, read without special privileges. */
  record Identity(String database, long oid, Instant serverStarted, String systemIdentifier) {

    boolean sameAs(Identity other) {
      return database.equals(other.database)
          && oid == other.oid
          && serverStarted.equals(other.serverStarted)
          && (systemIdentifier == null
              || other.systemIdentifier == null
              || systemIdentifier.equals(other.systemIdentifier));
    }

    String describe() {
      return "database \""
          + database
          + "\" (oid "
          + oid
          + ") on the server started "
          + serverStarted.truncatedTo(ChronoUnit.SECONDS)
          + (systemIdentifier == null ? "" : ", system " + systemIdentifier);
    }
  }

  private static Identity identity(ConnectionSettings settings) throws SQLException {
    try (Connection c = DataSources.unpooled(settings).getConnection();
        Statement st = c.createStatement()) {
      c.setAutoCommit(true);
      Identity found;
      try (ResultSet rs =
          st.executeQuery(
              "SELECT current_database(), d.oid::bigint, pg_postmaster_start_time()"
                  + " FROM pg_database d WHERE d.datname = current_database()")) {
        rs.next();
        found =
            new Identity(
                rs.getString(1),
                rs.getLong(2),
                rs.getObject(3, OffsetDateTime.class).toInstant(),
                null);
      }
      try (ResultSet rs =
          st.executeQuery("SELECT system_identifier::text FROM pg_control_system()")) {
        rs.next();
        return new Identity(found.database(), found.oid(), found.serverStarted(), rs.getString(1));
      } catch (SQLException notAllowed) {
        return found; // restricted on some platforms; the rest still tells databases apart
      }
    }
  }
}
