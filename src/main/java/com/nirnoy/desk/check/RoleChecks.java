package com.nirnoy.desk.check;

import com.nirnoy.desk.db.DeskLogins;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Which database role the desk connects as: on a server, a desk login (a member of {@code
 * nirnoy_desk} that owns nothing) passes; the owner or a superuser fails, with the command that
 * makes a desk login. The built-in database belongs to the desk and is exempt (docs/security.md).
 */
final class RoleChecks {
  static final String ITEM = "The desk connects as a desk login, not the owner";

  private RoleChecks() {}

  static CheckResult run(Connection c, boolean embedded) throws SQLException {
    DeskLogins.Standing standing = DeskLogins.standing(c);
    String role = currentUser(c);
    String as = "connected as " + role + " (" + words(standing) + ")";
    if (embedded) {
      return CheckResult.pass(ITEM, as + "; the built-in database belongs to this desk");
    }
    return switch (standing) {
      case DESK -> CheckResult.pass(ITEM, as);
      case OTHER ->
          CheckResult.fail(
              ITEM,
              as
                  + ": a counter PC should use a desk login. The IT person runs nirnoy-desk db"
                  + " desk-login --name <clinic>_desk with the owner's DIRECT_URL and puts the URLs"
                  + " it prints in this PC's .env");
      case OWNER, SUPERUSER ->
          CheckResult.fail(
              ITEM,
              as
                  + ": this PC holds the keys to the whole platform database. The IT person runs"
                  + " nirnoy-desk db desk-login --name <clinic>_desk with the owner's DIRECT_URL"
                  + " and puts the URLs it prints in this PC's .env instead");
    };
  }

  /** True when {@code c} is a desk login: the probes that write test rows cannot run as one. */
  static boolean isDesk(Connection c) throws SQLException {
    return DeskLogins.standing(c) == DeskLogins.Standing.DESK;
  }

  private static String words(DeskLogins.Standing s) {
    return switch (s) {
      case DESK -> "a desk login: owns nothing, the database decides what it may do";
      case OWNER -> "owns the schema's tables";
      case SUPERUSER -> "a superuser";
      case OTHER -> "neither a desk login nor the owner";
    };
  }

  private static String currentUser(Connection c) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT current_user")) {
      rs.next();
      return rs.getString(1);
    }
  }
}
