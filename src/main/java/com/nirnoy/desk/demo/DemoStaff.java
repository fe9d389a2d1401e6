package com.nirnoy.desk.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The demo clinic's two staff accounts, with passwords documented in the README (demo data only: a
 * real clinic's first run asks for its own admin instead). Each is an ordinary platform {@code
 * "User"} (role PATIENT: the platform has no receptionist role) with a {@code "DeskStaff"} row
 * holding the desk role and the password hash.
 */
public final class DemoStaff {
  public static final String ADMIN_PHONE = "01700-000001";
  public static final String ADMIN_EMAIL = "admin@demo.nirnoy.invalid";
  public static final String ADMIN_PASSWORD = "admin-demo";
  public static final String RECEPTIONIST_PHONE = "01700-000002";
  public static final String RECEPTIONIST_EMAIL = "desk@demo.nirnoy.invalid";
  public static final String RECEPTIONIST_PASSWORD = "desk-demo";

  /** The phones as stored (E.164). */
  static final String ADMIN_PHONE_E164 = "+8801700000001";

  static final String RECEPTIONIST_PHONE_E164 = "+8801700000002";

  /** The User ids of the two accounts written. */
  record Accounts(int adminId, int receptionistId) {}

  private static final List<String> USER_COLUMNS =
      Batch.columns("id phone email role isActive createdAt updatedAt");
  private static final List<String> STAFF_COLUMNS =
      Batch.columns("userId name role isActive createdAt updatedAt");

  private DemoStaff() {}

  /** {@code created}: clinic local time. */
  static Accounts write(Connection c, LocalDateTime created) throws SQLException {
    int[] ids = Keys.take(c, "User", 2);
    LocalDateTime at = DemoClinic.utc(created);
    Batch.insert(
        c,
        "User",
        USER_COLUMNS,
        List.of(
            new Object[] {ids[0], ADMIN_PHONE_E164, ADMIN_EMAIL, "PATIENT", true, at, at},
            new Object[] {
              ids[1], RECEPTIONIST_PHONE_E164, RECEPTIONIST_EMAIL, "PATIENT", true, at, at
            }));
    var instant = DemoClinic.instant(created);
    Batch.insert(
        c,
        "DeskStaff",
        STAFF_COLUMNS,
        List.of(
            new Object[] {ids[0], "Demo Admin", "ADMIN", true, instant, instant},
            new Object[] {ids[1], "Demo Receptionist", "RECEPTIONIST", true, instant, instant}));
    // the database hashes them (bcrypt), as for any staff account
    try (PreparedStatement ps = c.prepareStatement("SELECT nirnoy_staff_set_password(?, ?)")) {
      for (Object[] account :
          List.of(
              new Object[] {ids[0], ADMIN_PASSWORD},
              new Object[] {ids[1], RECEPTIONIST_PASSWORD})) {
        ps.setInt(1, (Integer) account[0]);
        ps.setString(2, (String) account[1]);
        ps.execute();
      }
    }
    return new Accounts(ids[0], ids[1]);
  }
}
