package com.nirnoy.desk.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.nirnoy.desk.app.DeskEntities;
import com.nirnoy.desk.rules.DatabaseRules;
import com.nirnoy.desk.testing.Fixtures;
import com.nirnoy.desk.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules V2 adds, each refusing what it should and letting the rest through. */
class DeskRulesTest {
  private static final LocalDate DAY = LocalDate.of(2026, 12, 13);
  private static Database db;
  private static Fixtures fx;
  private String doctor;
  private String chamber;
  private String patient;

  @BeforeAll
  static void open() {
    db = Database.open(TestDatabases.freshDatabase(), DeskEntities.ALL);
    fx = new Fixtures(db.dataSource());
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @BeforeEach
  void clinic() {
    doctor = fx.doctor("Farhana Rahman", "Gynaecology", 1000);
    chamber = fx.chamber(doctor, "Popular", "Dhanmondi");
    patient = fx.patient("Rahima Begum", "+8801711000001");
  }

  private static String refused(String sql, Object... params) {
    Throwable e = catchThrowable(() -> fx.execute(sql, params));
    assertThat(e).as("the database should have refused: " + sql).isNotNull();
    return DatabaseErrors.refusal(e).map(DatabaseRefusal::constraint).orElse("not a refusal: " + e);
  }

  private int book(String start) {
    LocalTime t = LocalTime.parse(start);
    return fx.execute(
        "INSERT INTO \"Appointment\" (\"patientId\", \"doctorId\", \"chamberId\", date, \"startTime\", \"endTime\") VALUES (?, ?, ?, ?, ?, ?)",
        patient,
        doctor,
        chamber,
        DAY,
        t,
        t.plusMinutes(15));
  }

  private String bookRefused(String start) {
    LocalTime t = LocalTime.parse(start);
    return refused(
        "INSERT INTO \"Appointment\" (\"patientId\", \"doctorId\", \"chamberId\", date, \"startTime\", \"endTime\") VALUES (?, ?, ?, ?, ?, ?)",
        patient,
        doctor,
        chamber,
        DAY,
        t,
        t.plusMinutes(15));
  }

  @Test
  void partDayLeaveRefusesOverlappingBookingsFromAnyClientAndLetsTheRestThrough() {
    fx.execute(
        "INSERT INTO \"DoctorLeave\" (\"doctorId\", \"startDate\", \"endDate\", \"startTime\", \"endTime\") VALUES (?, ?, ?, '17:00', '18:00')",
        doctor,
        DAY,
        DAY);

    assertThat(bookRefused("17:50")).isEqualTo("Appointment_not_on_leave");
    assertThat(book("18:00")).isEqualTo(1);
    assertThat(book("16:45")).isEqualTo(1);
  }

  @Test
  void aDoctorWhoIsNotActiveTakesNoBookings() {
    fx.execute("UPDATE \"Doctor\" SET status = 'ON_LEAVE' WHERE id = ?", doctor);

    assertThat(bookRefused("17:00")).isEqualTo("Appointment_doctor_active");
  }

  @Test
  void activeStaffShareNoPhoneOrEmailButPatientsAndFormerStaffMay() {
    String insert =
        "INSERT INTO \"User\" (name, phone, email, role, \"isActive\") VALUES ('x', ?, ?, ?, ?)";
    fx.execute(insert, "+8801711000050", "a@clinic.example", "RECEPTIONIST", true);
    fx.execute(insert, "+8801711000050", null, "PATIENT", true);
    fx.execute(insert, "+8801711000050", "a@clinic.example", "ADMIN", false);

    assertThat(refused(insert, "+8801711000050", null, "ADMIN", true))
        .isEqualTo("User_staff_phone_key");
    assertThat(refused(insert, null, "a@clinic.example", "ADMIN", true))
        .isEqualTo("User_staff_email_key");
  }

  @Test
  void failedAttemptsCannotBeNegative() {
    String staff = fx.patient("Staff", "+8801711000051");

    assertThat(
            refused(
                "INSERT INTO \"StaffLogin\" (\"userId\", \"failedAttempts\") VALUES (?, -1)",
                staff))
        .isEqualTo("StaffLogin_failedAttempts_not_negative");
  }

  @Test
  void aStrandedMarkNeedsAReasonIsOpenOnceAndIsClearedWithItsTime() {
    book("17:00");
    String appointment = firstAppointmentId();
    String mark = "INSERT INTO \"StrandedAppointment\" (\"appointmentId\", reason) VALUES (?, ?)";

    assertThat(refused(mark, appointment, " ")).isEqualTo("StrandedAppointment_reason_not_blank");
    fx.execute(mark, appointment, "Doctor on leave");
    assertThat(refused(mark, appointment, "Again")).isEqualTo("StrandedAppointment_one_open_key");
    assertThat(
            refused(
                "UPDATE \"StrandedAppointment\" SET \"clearNote\" = 'called' WHERE \"appointmentId\" = ?",
                appointment))
        .isEqualTo("StrandedAppointment_cleared_consistent");
    fx.execute(
        "UPDATE \"StrandedAppointment\" SET \"clearedAt\" = now() WHERE \"appointmentId\" = ?",
        appointment);
    assertThat(fx.execute(mark, appointment, "Doctor on leave again")).isEqualTo(1);
  }

  @Test
  void theAuditLogTakesOnlyKnownActions() {
    assertThat(
            refused(
                "INSERT INTO \"AuditLog\" (\"tableName\", \"rowId\", action) VALUES ('Doctor', 'x', 'MERGE')"))
        .isEqualTo("AuditLog_action_known");
  }

  @Test
  void everyNamedRuleOfTheSchemaHasWordsForTheDesk() throws Exception {
    List<String> unnamed = new ArrayList<>();
    try (Connection c = db.dataSource().getConnection();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT k.conname FROM pg_constraint k JOIN pg_class t ON t.oid = k.conrelid"
                    + " WHERE k.contype IN ('c', 'u', 'x', 'f') AND t.relnamespace = current_schema()::regnamespace"
                    + " AND t.relname NOT IN ('Otp', 'AiConversation', 'AiTokenUsage')")) {
      while (rs.next()) {
        if (!DatabaseRules.knows(rs.getString(1))) {
          unnamed.add(rs.getString(1));
        }
      }
      c.rollback();
    }
    assertThat(unnamed).isEmpty();
  }

  private String firstAppointmentId() {
    try (Connection c = db.dataSource().getConnection();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery("SELECT id FROM \"Appointment\" ORDER BY \"createdAt\" DESC LIMIT 1")) {
      rs.next();
      String id = rs.getString(1);
      c.rollback();
      return id;
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
