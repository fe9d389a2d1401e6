package com.nirnoy.desk.demo;

import com.nirnoy.desk.staff.Passwords;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The demo clinic's two staff accounts, with passwords documented in the README (demo data only: a
 * real clinic's first run asks for its own admin instead).
 */
public final class DemoStaff {
  public static final String ADMIN_PHONE = "01700-000001";
  public static final String ADMIN_PASSWORD = "admin-demo";
  public static final String RECEPTIONIST_PHONE = "01700-000002";
  public static final String RECEPTIONIST_PASSWORD = "desk-demo";

  private static final List<String> COLUMNS =
      Batch.columns("id name role phone email passwordHash createdAt updatedAt");

  private DemoStaff() {}

  static int write(Connection c, Ids ids, OffsetDateTime created) throws SQLException {
    return Batch.insert(
        c,
        "User",
        COLUMNS,
        List.of(
            row(
                ids,
                "Demo Admin",
                "ADMIN",
                "+8801700000001",
                "admin@demo.nirnoy.invalid",
                ADMIN_PASSWORD,
                created),
            row(
                ids,
                "Demo Receptionist",
                "RECEPTIONIST",
                "+8801700000002",
                "desk@demo.nirnoy.invalid",
                RECEPTIONIST_PASSWORD,
                created)));
  }

  private static Object[] row(
      Ids ids,
      String name,
      String role,
      String phone,
      String email,
      String password,
      OffsetDateTime created) {
    return new Object[] {
      ids.next(), name, role, phone, email, Passwords.hash(password), created, created
    };
  }
}
