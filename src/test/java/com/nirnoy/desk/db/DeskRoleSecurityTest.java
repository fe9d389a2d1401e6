package com.nirnoy.desk.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.nirnoy.desk.config.ConnectionSettings;
import com.nirnoy.desk.testing.Fixtures;
import com.nirnoy.desk.testing.TestDatabases;
import com.nirnoy.desk.testing.TestDeskLogins;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An attacker with one counter PC's .env and psql: connected as a desk login (a member of {@code
 * nirnoy_desk}), with a receptionist's session, an admin's, an expired or revoked one, or none.
 * Every attack found on the owner's credentials is refused by the database itself, and every
 * legitimate desk action still works (docs/security.md).
 */
class DeskRoleSecurityTest {
  private static final LocalDate DAY = LocalDate.now(java.time.ZoneId.of("Asia/Dhaka")).plusDays(7);
  private static ConnectionSettings owner;
  private static ConnectionSettings desk;
  private static Fixtures fx;
  private static int doctor;
  private static int chamber;
  private static int patient;
  private static Staff receptionist;
  private static Staff admin;

  /** A staff account: its user id, phone as stored and password. */
  private record Staff(int id, String phone, String password) {}

  @BeforeAll
  static void setUp() {
    owner = TestDatabases.freshDatabase();
    desk = TestDeskLogins.create(owner);
    fx = new Fixtures(DataSources.pool(owner.withPoolSize(2), "security-test-owner"));
    doctor = fx.doctor("Shirin Akter", "Medicine", 800);
    chamber = fx.chamber(doctor, "Popular Diagnostic", "Dhanmondi");
    fx.schedule(chamber, DAY.getDayOfWeek(), LocalTime.of(17, 0), LocalTime.of(20, 0), 15, 12);
    patient = fx.patient("Rahima Begum", "+8801711000001");
    receptionist = staff("+8801555000101", "RECEPTIONIST");
    admin = staff("+8801555000102", "ADMIN");
  }

  private static Staff staff(String phone, String role) {
    fx.execute(
        """
        WITH u AS (INSERT INTO "User" (phone, role, "updatedAt") VALUES (?, 'PATIENT', now())
                   RETURNING id)
        INSERT INTO "DeskStaff" ("userId", name, role, "passwordHash")
        SELECT id, ?, ?, crypt('right-password', gen_salt('bf', 4)) FROM u
        """,
        phone,
        "Staff " + role,
        role);
    int id = Integer.parseInt(fx.queryText("SELECT id FROM \"User\" WHERE phone = ?", phone));
    return new Staff(id, phone, "right-password");
  }

  // ---------------------------------------------------------------------------------------------
  // plain SQL as the desk login

  private static DataSource deskSql() {
    return DataSources.unpooled(desk);
  }

  /** Signs in through the database; the token, or null when refused. */
  private static String signIn(Staff s, String password) throws SQLException {
    try (Connection c = deskSql().getConnection();
        PreparedStatement ps =
            c.prepareStatement("SELECT outcome, token FROM nirnoy_sign_in(ARRAY[?], NULL, ?)")) {
      ps.setString(1, s.phone());
      ps.setString(2, password);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(2);
      }
    }
  }

  private interface Work {
    Object run(Connection c) throws SQLException;
  }

  /**
   * Runs {@code sql} in one committed transaction as the desk login, presenting {@code token} first
   * (null: no session): the row count of an update, or the SQLSTATE of a refusal.
   */
  private static String attempt(String token, String sql, Object... params) {
    return attempt(
        token,
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
              ps.setObject(i + 1, params[i]);
            }
            if (ps.execute()) {
              try (ResultSet rs = ps.getResultSet()) {
                int rows = 0;
                while (rs.next()) {
                  rows++;
                }
                return rows + " row(s)";
              }
            }
            return ps.getUpdateCount() + " changed";
          }
        });
  }

  private static String attempt(String token, Work work) {
    try (Connection c = deskSql().getConnection()) {
      c.setAutoCommit(false);
      try {
        if (token != null) {
          try (PreparedStatement ps = c.prepareStatement("SELECT nirnoy_use_session(?)")) {
            ps.setString(1, token);
            ps.execute();
          }
        }
        Object result = work.run(c);
        c.commit();
        return String.valueOf(result);
      } catch (SQLException e) {
        c.rollback();
        return "refused " + e.getSQLState();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final String DENIED = "refused 42501";

  @Test
  void aDeskLoginOwnsNothingAndIsNotASuperuser() throws SQLException {
    try (Connection c = deskSql().getConnection()) {
      assertThat(DeskLogins.standing(c)).isEqualTo(DeskLogins.Standing.DESK);
    }
    assertThat(
            fx.count(
                "SELECT count(*) FROM pg_class k JOIN pg_roles r ON r.oid = k.relowner"
                    + " WHERE r.rolname = ?",
                desk.user()))
        .isZero();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "CREATE TABLE stolen (x int)",
        "ALTER TABLE \"AuditLog\" DISABLE TRIGGER \"AuditLog_append_only\"",
        "ALTER TABLE \"Appointment\" DROP CONSTRAINT \"Appointment_no_doctor_overlap\"",
        "DROP INDEX \"Appointment_doctorId_chamberId_date_startTime_key\"",
        "ALTER TABLE \"Patient\" DISABLE ROW LEVEL SECURITY",
        "DROP POLICY \"Patient_desk_read\" ON \"Patient\"",
        "INSERT INTO \"AuditLog\" (\"tableName\", \"rowId\", action) VALUES ('Doctor', '1', 'UPDATE')",
        "DELETE FROM \"AuditLog\"",
        "TRUNCATE \"AuditLog\"",
        "DELETE FROM \"StaffLogin\"",
        "UPDATE \"StaffLogin\" SET \"lockedUntil\" = NULL",
        "SELECT \"passwordHash\" FROM \"DeskStaff\"",
        "SELECT * FROM \"DeskSession\"",
        "SELECT * FROM \"Otp\"",
        "SELECT * FROM \"AiConversation\"",
        "SELECT * FROM \"AiTokenUsage\"",
        "UPDATE \"User\" SET role = 'ADMIN'",
        "DELETE FROM \"Appointment\""
      })
  void withAnAdminsSessionEvenTheseAreRefused(String attack) throws SQLException {
    String token = signIn(admin, admin.password());

    assertThat(attempt(token, attack)).as(attack).startsWith("refused 42");
  }

  @Test
  void withoutASessionNoPatientsNameOrPhoneCanBeReadAndNothingChanged() {
    assertThat(attempt(null, "SELECT name FROM \"Patient\"")).isEqualTo("0 row(s)");
    assertThat(attempt(null, "SELECT phone FROM \"User\"")).isEqualTo("0 row(s)");
    assertThat(attempt(null, "SELECT \"patientName\", \"patientPhone\" FROM \"Appointment\""))
        .isEqualTo("0 row(s)");
    assertThat(attempt(null, "UPDATE \"Patient\" SET name = 'x'")).isEqualTo("0 changed");
    assertThat(
            attempt(
                null,
                "INSERT INTO \"User\" (phone, role, \"updatedAt\") VALUES ('+8801999000001', 'PATIENT', now())"))
        .isEqualTo(DENIED);
    assertThat(
            attempt(
                null, "UPDATE \"DoctorChamber\" SET \"consultationFee\" = 1 WHERE id = ?", chamber))
        .isEqualTo("0 changed");
  }

  @Test
  void namingAnActorWithSetConfigChangesNothingAndForgesNoHistory() throws SQLException {
    String token = signIn(receptionist, receptionist.password());

    String result =
        attempt(
            token,
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT set_config('nirnoy.actor_id', ?, true), set_config('nirnoy.session', '', true)")) {
                ps.setString(1, String.valueOf(admin.id()));
                ps.execute();
              }
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "UPDATE \"DoctorChamber\" SET \"consultationFee\" = 1 WHERE id = ?")) {
                ps.setInt(1, chamber);
                return ps.executeUpdate();
              }
            });

    assertThat(result).isEqualTo("0");
    assertThat(
            fx.queryText("SELECT \"consultationFee\" FROM \"DoctorChamber\" WHERE id = ?", chamber))
        .isNotEqualTo("1");
    assertThat(
            fx.count(
                "SELECT count(*) FROM \"AuditLog\" WHERE \"newValues\" ->> 'consultationFee' = '1'"))
        .isZero();
  }

  @Test
  void aReceptionistsSessionCannotChangeFeesDoctorsChambersSessionsLeaveOrStaff()
      throws SQLException {
    String token = signIn(receptionist, receptionist.password());

    assertThat(
            attempt(
                token,
                "UPDATE \"DoctorChamber\" SET \"consultationFee\" = 1 WHERE id = ?",
                chamber))
        .isEqualTo("0 changed");
    assertThat(
            attempt(token, "UPDATE \"Doctor\" SET \"consultationFeeNew\" = 1 WHERE id = ?", doctor))
        .isEqualTo("0 changed");
    assertThat(
            attempt(
                token, "UPDATE \"DoctorChamber\" SET \"isActive\" = false WHERE id = ?", chamber))
        .isEqualTo("0 changed");
    assertThat(
            attempt(
                token,
                "INSERT INTO \"DoctorLeave\" (\"doctorId\", \"startDate\", \"endDate\") VALUES (?, ?, ?)",
                doctor,
                DAY,
                DAY))
        .isEqualTo(DENIED);
    assertThat(
            attempt(
                token,
                "UPDATE \"DeskStaff\" SET role = 'ADMIN' WHERE \"userId\" = ?",
                receptionist.id()))
        .isEqualTo("0 changed");
    assertThat(attempt(token, "SELECT nirnoy_staff_set_password(?, 'a-new-password')", admin.id()))
        .isEqualTo(DENIED);
    assertThat(
            attempt(
                token,
                "INSERT INTO \"User\" (phone, role, \"updatedAt\") VALUES ('+8801999000002', 'ADMIN', now())"))
        .isEqualTo(DENIED);
    assertThat(
            fx.queryText("SELECT role FROM \"DeskStaff\" WHERE \"userId\" = ?", receptionist.id()))
        .isEqualTo("RECEPTIONIST");
  }

  @Test
  void aReceptionistsSessionReadsBooksAndChecksInAndHistoryNamesThemWhateverTheyClaim()
      throws SQLException {
    String token = signIn(receptionist, receptionist.password());

    assertThat(attempt(token, "SELECT name FROM \"Patient\" WHERE id = ?", patient))
        .isEqualTo("1 row(s)");
    String booked =
        attempt(
            token,
            c -> {
              try (PreparedStatement forge =
                  c.prepareStatement("SELECT set_config('nirnoy.actor_id', ?, true)")) {
                forge.setString(1, String.valueOf(admin.id()));
                forge.execute();
              }
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "INSERT INTO \"Appointment\" (\"patientId\", \"doctorId\", \"chamberId\", date,"
                          + " \"startTime\", status, \"visitType\", \"updatedAt\")"
                          + " VALUES (?, ?, ?, ?, '17:00', 'CONFIRMED', 'NEW', now()) RETURNING id")) {
                ps.setInt(1, patient);
                ps.setInt(2, doctor);
                ps.setInt(3, chamber);
                ps.setObject(4, DAY.atStartOfDay());
                try (ResultSet rs = ps.executeQuery()) {
                  rs.next();
                  return rs.getInt(1);
                }
              }
            });
    int id = Integer.parseInt(booked);
    assertThat(
            attempt(
                token,
                "UPDATE \"Appointment\" SET status = 'CHECKED_IN', \"updatedAt\" = now() WHERE id = ?",
                id))
        .isEqualTo("1 changed");

    assertThat(
            fx.strings(
                "SELECT action || ' ' || \"actorId\" || ' ' || \"actorRole\" FROM \"AuditLog\""
                    + " WHERE \"tableName\" = 'Appointment' AND \"rowId\" = ? ORDER BY id",
                String.valueOf(id)))
        .containsExactly(
            "INSERT " + receptionist.id() + " " + desk.user(),
            "UPDATE " + receptionist.id() + " " + desk.user());
  }

  @Test
  void anAdminsSessionChangesFeesAndLeave() throws SQLException {
    String token = signIn(admin, admin.password());

    assertThat(
            attempt(
                token,
                "UPDATE \"DoctorChamber\" SET \"consultationFee\" = 900 WHERE id = ?",
                chamber))
        .isEqualTo("1 changed");
    assertThat(
            attempt(
                token,
                "INSERT INTO \"DoctorLeave\" (\"doctorId\", \"startDate\", \"endDate\") VALUES (?, ?, ?)",
                doctor,
                DAY.plusDays(30),
                DAY.plusDays(30)))
        .isEqualTo("1 changed");
    assertThat(
            fx.queryText(
                "SELECT \"actorId\" FROM \"AuditLog\" WHERE \"tableName\" = 'DoctorChamber'"
                    + " ORDER BY id DESC LIMIT 1"))
        .isEqualTo(String.valueOf(admin.id()));
  }

  @Test
  void anExpiredRevokedOrUnknownTokenIsRefusedAtOnce() throws SQLException {
    String expired = signIn(receptionist, receptionist.password());
    fx.execute(
        "UPDATE \"DeskSession\" SET \"expiresAt\" = now() - interval '1 second'"
            + " WHERE \"tokenHash\" = sha256(convert_to(?, 'UTF8'))",
        expired);
    String revoked = signIn(receptionist, receptionist.password());
    attempt(revoked, "SELECT nirnoy_sign_out(?)", revoked);

    for (String token : List.of(expired, revoked, "0".repeat(64))) {
      assertThat(attempt(token, "SELECT name FROM \"Patient\"")).isEqualTo("refused 28000");
    }
  }

  @Test
  void aDeactivatedAccountsSessionEndsAtOnce() throws SQLException {
    Staff leaving = staff("+8801555000103", "RECEPTIONIST");
    String token = signIn(leaving, leaving.password());
    fx.execute("UPDATE \"DeskStaff\" SET \"isActive\" = false WHERE \"userId\" = ?", leaving.id());

    assertThat(attempt(token, "SELECT name FROM \"Patient\"")).isEqualTo("refused 28000");
  }

  @Test
  void fortyWrongPasswordsAtOnceFromFourDesksLockTheAccountAfterExactlyFive() throws Exception {
    Staff target = staff("+8801555000104", "RECEPTIONIST");
    ExecutorService desks = Executors.newFixedThreadPool(40);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<String>> outcomes = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        int n = i;
        Callable<String> guess =
            () -> {
              try (Connection c = deskSql().getConnection();
                  PreparedStatement ps =
                      c.prepareStatement("SELECT outcome FROM nirnoy_sign_in(ARRAY[?], NULL, ?)")) {
                ps.setString(1, target.phone());
                ps.setString(2, "wrong-" + n);
                go.await();
                try (ResultSet rs = ps.executeQuery()) {
                  rs.next();
                  return rs.getString(1);
                }
              }
            };
        outcomes.add(desks.submit(guess));
      }
      go.countDown();
      List<String> said = new ArrayList<>();
      for (Future<String> f : outcomes) {
        said.add(f.get());
      }

      assertThat(said.stream().filter("WRONG"::equals)).hasSize(4);
      assertThat(said.stream().filter("LOCKED"::equals)).hasSize(36);
      assertThat(signIn(target, target.password())).isNull();
      assertThat(
              fx.queryText(
                  "SELECT \"lockedUntil\" - \"lastFailedAt\" FROM \"StaffLogin\" WHERE \"userId\" = ?",
                  target.id()))
          .isEqualTo("00:15:00");
    } finally {
      desks.shutdownNow();
    }
  }

  @Test
  void theWebBackendsRoleIsNotTouchedByTheDesksPolicies() throws SQLException {
    String web = "web_" + ProcessHandle.current().pid();
    fx.execute("DROP ROLE IF EXISTS " + web);
    fx.execute("CREATE ROLE " + web + " LOGIN");
    fx.execute("GRANT SELECT, INSERT, UPDATE ON \"Patient\", \"Appointment\" TO " + web);
    fx.execute("GRANT USAGE ON SEQUENCE \"Appointment_id_seq\" TO " + web);
    try (Connection c = DataSources.unpooled(owner.withLogin(web, null)).getConnection()) {
      c.setAutoCommit(true);
      try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM \"Patient\"");
          ResultSet rs = ps.executeQuery()) {
        rs.next();
        assertThat(rs.getInt(1)).isPositive();
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO \"Appointment\" (\"patientId\", \"doctorId\", \"chamberId\", date,"
                  + " \"startTime\", \"visitType\", \"updatedAt\")"
                  + " VALUES (?, ?, ?, ?, '19:00', 'NEW', now())")) {
        ps.setInt(1, patient);
        ps.setInt(2, doctor);
        ps.setInt(3, chamber);
        ps.setObject(4, DAY.atStartOfDay());
        assertThat(ps.executeUpdate()).isEqualTo(1);
      }
    }
    assertThat(
            fx.queryText(
                "SELECT \"actorRole\" || ' ' || coalesce(\"actorId\"::text, '-') FROM \"AuditLog\""
                    + " WHERE \"tableName\" = 'Appointment' ORDER BY id DESC LIMIT 1"))
        .isEqualTo(web + " -");
  }

  @Test
  void theDoctorDirectoryIsReadableWithoutASessionItIsPublicOnThePlatform() {
    assertThat(attempt(null, "SELECT \"nameEn\" FROM \"Doctor\" WHERE id = ?", doctor))
        .isEqualTo("1 row(s)");
    assertThat(attempt(null, "SELECT name FROM \"DoctorChamber\" WHERE id = ?", chamber))
        .isEqualTo("1 row(s)");
  }
}
