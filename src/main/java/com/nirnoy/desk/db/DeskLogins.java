package com.nirnoy.desk.db;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * Logins for counter PCs: members of the {@code nirnoy_desk} group role that {@code migrate} keeps
 * (V6), so a desk holds no key to the platform (docs/security.md). Made over the owner's connection
 * by the clinic's IT person; the password is random, hashed (SCRAM) before it is sent, shown once
 * and kept nowhere.
 */
public final class DeskLogins {
  /** The group role whose grants and policies every desk login has. */
  public static final String GROUP = "nirnoy_desk";

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{2,40}");

  private DeskLogins() {}

  /** A new login and its password (shown once). */
  public record Login(String name, String password, boolean replaced) {}

  /**
   * Makes login {@code name} a member of the desk group with a new random password; with {@code
   * newPassword}, an existing desk login gets a new password instead (the old one stops working).
   *
   * @throws IllegalArgumentException with one line saying what to do, for a name that is not
   *     allowed, a role that exists and is not a desk login, or an existing login without {@code
   *     newPassword}
   */
  public static Login create(DataSource owner, String name, boolean newPassword) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "--name must be 3 to 41 lower-case letters, digits or _ starting with a letter, e.g."
              + " uttara_desk");
    }
    try (Connection c = owner.getConnection()) {
      c.setAutoCommit(true);
      Existing existing = existing(c, name);
      if (existing == Existing.OTHER) {
        throw new IllegalArgumentException(
            "A database role named "
                + name
                + " exists and is not a desk login; choose another --name");
      }
      if (existing == Existing.DESK && !newPassword) {
        throw new IllegalArgumentException(
            "The desk login "
                + name
                + " exists; add --new-password to give it a new password (the old one stops"
                + " working on every PC that uses it)");
      }
      if (existing == Existing.NONE) {
        try (Statement st = c.createStatement()) {
          st.execute(
              "CREATE ROLE "
                  + quote(name)
                  + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE INHERIT NOREPLICATION NOBYPASSRLS"
                  + " IN ROLE "
                  + GROUP);
        }
      }
      String password = randomPassword();
      // hashed here (SCRAM) so the server, and its statement log, never see the password itself
      c.unwrap(PGConnection.class).alterUserPassword(name, password.toCharArray(), "scram-sha-256");
      return new Login(name, password, existing == Existing.DESK);
    } catch (SQLException e) {
      throw new DatabaseUnavailableException(
          "Could not make the desk login "
              + name
              + ": "
              + DatabaseErrors.rootMessage(e)
              + " (run it with the owner's DIRECT_URL; the role needs CREATEROLE)",
          e);
    }
  }

  /** Who the connection is, as far as the desk's safety goes. */
  public enum Standing {
    /** A superuser: every key to every database on the server. */
    SUPERUSER,
    /** Owns tables of the schema: can drop rules, disable triggers, read every column. */
    OWNER,
    /** A member of the desk group that owns nothing: what a counter PC should use. */
    DESK,
    /** Neither owner nor desk login (another client's role). */
    OTHER
  }

  /** The standing of the role {@code c} is connected as. */
  public static Standing standing(Connection c) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            """
                SELECT r.rolsuper,
                       EXISTS (SELECT 1 FROM pg_class k JOIN pg_namespace n ON n.oid = k.relnamespace
                               WHERE n.nspname = current_schema() AND k.relkind IN ('r', 'p')
                                 AND pg_has_role(current_user, k.relowner, 'USAGE')),
                       EXISTS (SELECT 1 FROM pg_roles g WHERE g.rolname = ?)
                         AND pg_has_role(current_user, ?, 'USAGE')
                FROM pg_roles r WHERE r.rolname = current_user
                """)) {
      ps.setString(1, GROUP);
      ps.setString(2, GROUP);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        if (rs.getBoolean(1)) {
          return Standing.SUPERUSER;
        }
        if (rs.getBoolean(2)) {
          return Standing.OWNER;
        }
        return rs.getBoolean(3) ? Standing.DESK : Standing.OTHER;
      }
    }
  }

  private enum Existing {
    NONE,
    DESK,
    OTHER
  }

  private static Existing existing(Connection c, String name) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT r.rolsuper, r.rolcanlogin, pg_has_role(r.oid, (SELECT oid FROM pg_roles"
                + " WHERE rolname = ?), 'USAGE') FROM pg_roles r WHERE r.rolname = ?")) {
      ps.setString(1, GROUP);
      ps.setString(2, name);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Existing.NONE;
        }
        boolean desk = !rs.getBoolean(1) && rs.getBoolean(2) && rs.getBoolean(3);
        return desk ? Existing.DESK : Existing.OTHER;
      }
    }
  }

  private static String randomPassword() {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }
}
