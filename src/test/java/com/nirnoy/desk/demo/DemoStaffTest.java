package com.nirnoy.desk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoStaffTest {
  private static DataSource db;

  @BeforeAll
  static void fill() {
    db = DemoClinicTest.freshDatabase();
    DemoClinic.fill(db, DemoClinicTest.CLOCK);
  }

  /**
   * Whether {@code password} is the one the bcrypt {@code hash} was made from (the database
   * checks).
   */
  private static boolean matches(String password, String hash) {
    return DemoClinicTest.count(
            db,
            "SELECT count(*) FROM (SELECT crypt(?, ?) = ? AS ok) t WHERE ok",
            password,
            hash,
            hash)
        == 1;
  }

  @Test
  void theDemoAdminSignsInWithTheDocumentedPassword() throws SQLException {
    Account admin = account("+8801700000001");
    assertThat(admin.email())
        .isEqualTo(DemoStaff.ADMIN_EMAIL)
        .isEqualTo("admin@demo.nirnoy.invalid");
    assertThat(admin.deskRole()).isEqualTo("ADMIN");
    assertThat(matches(DemoStaff.ADMIN_PASSWORD, admin.hash())).isTrue();
    assertThat(matches(DemoStaff.RECEPTIONIST_PASSWORD, admin.hash())).isFalse();
    assertThat(DemoStaff.ADMIN_PHONE).isEqualTo("01700-000001");
    assertThat(DemoStaff.ADMIN_PASSWORD).isEqualTo("admin-demo");
  }

  @Test
  void theDemoReceptionistSignsInWithTheDocumentedPassword() throws SQLException {
    Account desk = account("+8801700000002");
    assertThat(desk.email())
        .isEqualTo(DemoStaff.RECEPTIONIST_EMAIL)
        .isEqualTo("desk@demo.nirnoy.invalid");
    assertThat(desk.deskRole()).isEqualTo("RECEPTIONIST");
    assertThat(matches(DemoStaff.RECEPTIONIST_PASSWORD, desk.hash())).isTrue();
    assertThat(matches(DemoStaff.ADMIN_PASSWORD, desk.hash())).isFalse();
    assertThat(DemoStaff.RECEPTIONIST_PHONE).isEqualTo("01700-000002");
    assertThat(DemoStaff.RECEPTIONIST_PASSWORD).isEqualTo("desk-demo");
  }

  @Test
  void staffAreOrdinaryPlatformAccounts() throws SQLException {
    assertThat(account("+8801700000001").platformRole()).isEqualTo("PATIENT");
    assertThat(account("+8801700000002").platformRole()).isEqualTo("PATIENT");
    assertThat(
            DemoClinicTest.count(
                db,
                "SELECT count(*) FROM \"DeskStaff\" s JOIN \"User\" u ON u.id = s.\"userId\""
                    + " WHERE s.\"isActive\" AND u.\"isActive\""
                    + " AND s.\"passwordHash\" LIKE '$2a$%'"))
        .isEqualTo(2);
    // the audit trail keeps that an account was made, never its hash
    assertThat(
            DemoClinicTest.count(
                db,
                "SELECT count(*) FROM \"AuditLog\" WHERE \"tableName\" = 'DeskStaff'"
                    + " AND jsonb_exists(\"newValues\", 'passwordHash')"))
        .isZero();
  }

  private record Account(String email, String platformRole, String deskRole, String hash) {}

  private static Account account(String phone) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT u.email, u.role, s.role, s.\"passwordHash\" FROM \"User\" u"
                    + " JOIN \"DeskStaff\" s ON s.\"userId\" = u.id WHERE u.phone = ?")) {
      ps.setString(1, phone);
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).as("an account for " + phone).isTrue();
        return new Account(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
      }
    }
  }
}
