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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules of the desk's own tables (V2) and the platform keys the desk relies on, each refusing
 * what it should and letting the rest through. The booking rules (V3) are in {@link
 * PlatformSchemaRulesTest}.
 */
class DeskRulesTest {
  private static final LocalDate DAY = LocalDate.of(2026, 12, 13);
  private static Database db;
  private static Fixtures fx;
  private int doctor;
  private int chamber;
  private int patient;

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
        "INSERT INTO \"Appointment\" (\"patientId\", \"doctorId\", \"chamberId\", date, \"startTime\","
            + " \"endTime\", \"visitType\", \"updatedAt\") VALUES (?, ?, ?, ?, ?, ?, 'NEW', now())",
        patient,
        doctor,
        chamber,
        DAY.atStartOfDay(),
        t.toString(),
        t.plusMinutes(15).toString());
  }

  @ParameterizedTest(name = "{0} {1} {2} {3}")
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      textBlock =
          """
          2026-12-10 | 2026-12-09 | NULL  | NULL  | DoctorLeave_end_not_before_start
          2026-12-10 | 2026-12-10 | 10:00 | NULL  | DoctorLeave_part_day_times
          2026-12-10 | 2026-12-10 | 12:00 | 10:00 | DoctorLeave_part_day_times
          """)
  void impossibleLeaveIsRefused(
      LocalDate from, LocalDate to, LocalTime start, LocalTime end, String rule) {
    assertThat(
            refused(
                "INSERT INTO \"DoctorLeave\" (\"doctorId\", \"startDate\", \"endDate\","
                    + " \"startTime\", \"endTime\") VALUES (?, ?, ?, ?::time, ?::time)",
                doctor,
                from,
                to,
                start == null ? null : start.toString(),
                end == null ? null : end.toString()))
        .isEqualTo(rule);
  }

  @Test
  void oneStaffAccountPerPlatformAccountWithAKnownRoleAndAName() {
    int user = userOf(patient);
    String insert =
        "INSERT INTO \"DeskStaff\" (\"userId\", name, role, \"passwordHash\") VALUES (?, ?, ?, 'x')";
    assertThat(refused(insert, user, "Rahima", "DOCTOR")).isEqualTo("DeskStaff_role_known");
    assertThat(refused(insert, user, " ", "ADMIN")).isEqualTo("DeskStaff_name_not_blank");
    fx.execute(insert, user, "Rahima", "RECEPTIONIST");

    assertThat(refused(insert, user, "Rahima again", "ADMIN")).isEqualTo("DeskStaff_pkey");
  }

  @Test
  void onePlatformAccountPerPhoneAndEmailAsThePlatformKeysThem() {
    assertThat(
            refused(
                "INSERT INTO \"User\" (phone, role, \"updatedAt\") VALUES ('+8801711000001', 'PATIENT', now())"))
        .isEqualTo("User_phone_key");
    fx.execute("UPDATE \"User\" SET email = 'a@clinic.example' WHERE id = ?", userOf(patient));
    assertThat(
            refused(
                "INSERT INTO \"User\" (phone, email, role, \"updatedAt\")"
                    + " VALUES ('+8801711000002', 'a@clinic.example', 'PATIENT', now())"))
        .isEqualTo("User_email_key");
  }

  @Test
  void bmdcNumberIsUniqueAmongDoctors() {
    fx.execute("UPDATE \"Doctor\" SET \"bmdcNumber\" = 'A-12345' WHERE id = ?", doctor);
    int other = fx.doctor("Karim Uddin", "Cardiology", 800);

    assertThat(refused("UPDATE \"Doctor\" SET \"bmdcNumber\" = 'A-12345' WHERE id = ?", other))
        .isEqualTo("Doctor_bmdcNumber_key");
  }

  @Test
  void aRequestIdMakesOneBookingOnly() {
    book("17:00");
    book("17:15");
    List<String> ids = fx.strings("SELECT id::text FROM \"Appointment\" ORDER BY id");
    String insert =
        "INSERT INTO \"DeskBooking\" (\"appointmentId\", \"requestId\") VALUES (?, 'r-1')";
    fx.execute(insert, Integer.valueOf(ids.get(0)));

    assertThat(refused(insert, Integer.valueOf(ids.get(1)))).isEqualTo("DeskBooking_requestId_key");
    assertThat(
            refused(
                "INSERT INTO \"DeskBooking\" (\"appointmentId\", \"requestId\", source)"
                    + " VALUES (?, 'r-2', 'WEB')",
                Integer.valueOf(ids.get(1))))
        .isEqualTo("DeskBooking_source_known");
  }

  @Test
  void failedAttemptsCannotBeNegative() {
    int staff = userOf(fx.patient("Staff", "+8801711000051"));
    fx.execute(
        "INSERT INTO \"DeskStaff\" (\"userId\", name, role, \"passwordHash\") VALUES (?, 'S', 'ADMIN', 'x')",
        staff);

    assertThat(
            refused(
                "INSERT INTO \"StaffLogin\" (\"userId\", \"failedAttempts\") VALUES (?, -1)",
                staff))
        .isEqualTo("StaffLogin_failedAttempts_not_negative");
  }

  @Test
  void aStrandedMarkNeedsAReasonIsOpenOnceAndIsClearedWithItsTime() {
    book("17:00");
    int appointment = firstAppointmentId();
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
    String tables =
        "{User,Patient,Doctor,DoctorChamber,Clinic,Appointment,DeskStaff,StaffLogin,DoctorLeave,"
            + "DeskBooking,StrandedAppointment,AuditLog,DeskSession}";
    try (Connection c = db.dataSource().getConnection();
        var st =
            c.prepareStatement(
                """
                SELECT k.conname FROM pg_constraint k JOIN pg_class t ON t.oid = k.conrelid
                WHERE k.contype IN ('c', 'u', 'x', 'f') AND t.relname = ANY (?::text[])
                UNION
                SELECT i.relname FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
                JOIN pg_class t ON t.oid = x.indrelid
                WHERE x.indisunique AND NOT x.indisprimary AND t.relname = ANY (?::text[])
                """)) {
      st.setString(1, tables);
      st.setString(2, tables);
      ResultSet rs = st.executeQuery();
      while (rs.next()) {
        if (!DatabaseRules.knows(rs.getString(1))) {
          unnamed.add(rs.getString(1));
        }
      }
      c.rollback();
    }
    assertThat(unnamed).isEmpty();
  }

  private int userOf(int patientId) {
    return Integer.parseInt(
        fx.strings("SELECT \"userId\"::text FROM \"Patient\" WHERE id = ?", patientId).get(0));
  }

  private int firstAppointmentId() {
    try (Connection c = db.dataSource().getConnection();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery("SELECT id FROM \"Appointment\" ORDER BY \"createdAt\" DESC LIMIT 1")) {
      rs.next();
      int id = rs.getInt(1);
      c.rollback();
      return id;
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
