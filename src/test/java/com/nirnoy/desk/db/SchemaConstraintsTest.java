package com.nirnoy.desk.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.nirnoy.desk.app.DeskEntities;
import com.nirnoy.desk.testing.Fixtures;
import com.nirnoy.desk.testing.TestDatabases;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every named rule refuses what it should and accepts what it should, on real PostgreSQL. */
class SchemaConstraintsTest {
  private static final LocalDate DAY = LocalDate.of(2026, 12, 6);
  private static Database db;
  private static Fixtures fx;

  private String patient;
  private String doctor;
  private String chamber;
  private String otherChamber;

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
    patient = fx.patient("Rahima Begum", "+8801711000001");
    doctor = fx.doctor("Farhana Rahman", "Gynaecology", 1000);
    chamber = fx.chamber(doctor, "Popular Diagnostic Centre", "Dhanmondi");
    otherChamber = fx.chamber(doctor, "Labaid Hospital", "Gulshan");
  }

  private int book(String chamberId, String startTime, String endTime) {
    return book(doctor, chamberId, startTime, endTime);
  }

  private int book(String doctorId, String chamberId, String startTime, String endTime) {
    return fx.execute(
        "INSERT INTO \"Appointment\" (\"patientId\", \"doctorId\", \"chamberId\", date, \"startTime\", \"endTime\", fee)"
            + " VALUES (?, ?, ?, ?, ?, ?, 500)",
        patient,
        doctorId,
        chamberId,
        DAY,
        LocalTime.parse(startTime),
        LocalTime.parse(endTime));
  }

  private static String refusedRule(Runnable write) {
    Throwable error = catchThrowable(write::run);
    assertThat(error).as("the database should have refused the write").isNotNull();
    return DatabaseErrors.refusal(error)
        .map(DatabaseRefusal::constraint)
        .orElse("not a refusal: " + error);
  }

  @Test
  void sameSlotTwiceIsRefusedByUniqueAppointmentSlot() {
    book(chamber, "17:00", "17:15");

    assertThat(refusedRule(() -> book(chamber, "17:00", "17:15")))
        .isEqualTo("unique_appointment_slot");
  }

  @Test
  void cancelledSlotCanBeBookedAgain() {
    book(chamber, "17:00", "17:15");
    fx.execute(
        "UPDATE \"Appointment\" SET status = 'CANCELLED', \"cancelledAt\" = now() WHERE \"doctorId\" = ?",
        doctor);

    assertThatCode(() -> book(chamber, "17:00", "17:15")).doesNotThrowAnyException();
  }

  @Test
  void backToBackSlotsAreAccepted() {
    book(chamber, "17:00", "17:15");

    assertThatCode(() -> book(chamber, "17:15", "17:30")).doesNotThrowAnyException();
  }

  @Test
  void sameTimeWithAnotherDoctorIsAccepted() {
    String other = fx.doctor("Kamal Hossain", "Cardiology", 1200);
    String otherDoctorsChamber = fx.chamber(other, "Popular Diagnostic Centre", "Dhanmondi");
    book(chamber, "17:00", "17:15");

    assertThatCode(() -> book(other, otherDoctorsChamber, "17:00", "17:15"))
        .doesNotThrowAnyException();
  }

  @Test
  void overlappingStartAtTheSameChamberIsRefusedByTheOverlapRule() {
    book(chamber, "17:00", "17:15");

    assertThat(refusedRule(() -> book(chamber, "17:10", "17:25")))
        .isEqualTo("Appointment_no_doctor_overlap");
  }

  @Test
  void sameTimeAtTwoChambersIsRefusedByTheOverlapRule() {
    book(chamber, "17:00", "17:15");

    assertThat(refusedRule(() -> book(otherChamber, "17:00", "17:15")))
        .isEqualTo("Appointment_no_doctor_overlap");
  }

  @Test
  void chamberOfAnotherDoctorIsRefused() {
    String other = fx.doctor("Kamal Hossain", "Cardiology", 1200);

    assertThat(refusedRule(() -> book(other, chamber, "17:00", "17:15")))
        .isEqualTo("Appointment_chamber_doctor_fkey");
  }

  @Test
  void endBeforeStartIsRefused() {
    assertThat(refusedRule(() -> book(chamber, "17:15", "17:00")))
        .isEqualTo("Appointment_end_after_start");
  }

  @Test
  void cancelledWithoutCancellationTimeIsRefused() {
    book(chamber, "17:00", "17:15");

    assertThat(
            refusedRule(
                () ->
                    fx.execute(
                        "UPDATE \"Appointment\" SET status = 'CANCELLED' WHERE \"doctorId\" = ?",
                        doctor)))
        .isEqualTo("Appointment_cancellation_consistent");
  }

  @Test
  void sameRequestIdTwiceIsRefused() {
    String sql =
        "INSERT INTO \"Appointment\" (\"patientId\", \"doctorId\", \"chamberId\", date, \"startTime\", \"endTime\", \"requestId\")"
            + " VALUES (?, ?, ?, ?, ?, ?, 'req-1')";
    fx.execute(sql, patient, doctor, chamber, DAY, LocalTime.of(9, 0), LocalTime.of(9, 10));

    assertThat(
            refusedRule(
                () ->
                    fx.execute(
                        sql,
                        patient,
                        doctor,
                        chamber,
                        DAY,
                        LocalTime.of(10, 0),
                        LocalTime.of(10, 10))))
        .isEqualTo("Appointment_requestId_key");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          UPDATE "Doctor" SET fee = -1 WHERE id = ?                     | Doctor_fee_not_negative
          UPDATE "Doctor" SET "followUpFee" = -5 WHERE id = ?           | Doctor_followUpFee_not_negative
          UPDATE "Doctor" SET rating = 5.5 WHERE id = ?                 | Doctor_rating_range
          UPDATE "Doctor" SET status = 'RETIRED' WHERE id = ?           | Doctor_status_known
          UPDATE "Doctor" SET phone = '01711-000001' WHERE id = ?       | Doctor_phone_canonical
          UPDATE "Doctor" SET name = '  ' WHERE id = ?                  | Doctor_name_not_blank
          """)
  void doctorRulesRefuseWhatMustNeverBeStored(String sql, String rule) {
    assertThat(refusedRule(() -> fx.execute(sql, doctor))).isEqualTo(rule);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          UPDATE "User" SET phone = '01711000001' WHERE id = ?          | User_phone_canonical
          UPDATE "User" SET phone = '+88 01711 000001' WHERE id = ?     | User_phone_canonical
          UPDATE "User" SET role = 'NURSE' WHERE id = ?                 | User_role_known
          UPDATE "User" SET email = 'Rahima@Example.com' WHERE id = ?   | User_email_lowercase
          """)
  void userRulesRefuseWhatMustNeverBeStored(String sql, String rule) {
    assertThat(refusedRule(() -> fx.execute(sql, patient))).isEqualTo(rule);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          UPDATE "Appointment" SET fee = -100 WHERE "patientId" = ?              | Appointment_fee_not_negative
          UPDATE "Appointment" SET status = 'LOST' WHERE "patientId" = ?         | Appointment_status_known
          UPDATE "Appointment" SET type = 'EMERGENCY' WHERE "patientId" = ?      | Appointment_type_known
          UPDATE "Appointment" SET source = 'FAX' WHERE "patientId" = ?          | Appointment_source_known
          UPDATE "Appointment" SET "serialNumber" = 0 WHERE "patientId" = ?      | Appointment_serialNumber_positive
          """)
  void appointmentRulesRefuseWhatMustNeverBeStored(String sql, String rule) {
    book(chamber, "17:00", "17:15");

    assertThat(refusedRule(() -> fx.execute(sql, patient))).isEqualTo(rule);
  }

  @Test
  void aSharedFamilyPhoneIsAllowed() {
    assertThatCode(() -> fx.patient("Karim Uddin", "+8801711000001")).doesNotThrowAnyException();
  }

  @Test
  void bmdcNumberIsUnique() {
    fx.execute("UPDATE \"Doctor\" SET \"bmdcNumber\" = 'A-10001' WHERE id = ?", doctor);
    String other = fx.doctor("Kamal Hossain", "Cardiology", 1200);

    assertThat(
            refusedRule(
                () ->
                    fx.execute(
                        "UPDATE \"Doctor\" SET \"bmdcNumber\" = 'A-10001' WHERE id = ?", other)))
        .isEqualTo("Doctor_bmdcNumber_key");
  }

  @Test
  void weeklySessionsOfOneDoctorMayNotOverlapAcrossChambers() {
    fx.session(chamber, doctor, DayOfWeek.SUNDAY, LocalTime.of(17, 0), LocalTime.of(20, 0), 15, 12);

    assertThat(
            refusedRule(
                () ->
                    fx.session(
                        otherChamber,
                        doctor,
                        DayOfWeek.SUNDAY,
                        LocalTime.of(19, 0),
                        LocalTime.of(21, 0),
                        15,
                        8)))
        .isEqualTo("ChamberSession_no_overlap");
    assertThatCode(
            () ->
                fx.session(
                    otherChamber,
                    doctor,
                    DayOfWeek.SUNDAY,
                    LocalTime.of(20, 0),
                    LocalTime.of(22, 0),
                    15,
                    8))
        .doesNotThrowAnyException();
    assertThatCode(
            () ->
                fx.session(
                    otherChamber,
                    doctor,
                    DayOfWeek.MONDAY,
                    LocalTime.of(17, 0),
                    LocalTime.of(20, 0),
                    15,
                    8))
        .doesNotThrowAnyException();
  }

  @Test
  void sessionEndingBeforeItStartsIsRefused() {
    assertThat(
            refusedRule(
                () ->
                    fx.session(
                        chamber,
                        doctor,
                        DayOfWeek.MONDAY,
                        LocalTime.of(20, 0),
                        LocalTime.of(17, 0),
                        15,
                        8)))
        .isEqualTo("ChamberSession_end_after_start");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          UPDATE "ChamberSession" SET "dayOfWeek" = 8 WHERE "doctorId" = ?      | ChamberSession_dayOfWeek_range
          UPDATE "ChamberSession" SET "slotMinutes" = 0 WHERE "doctorId" = ?    | ChamberSession_slotMinutes_range
          UPDATE "ChamberSession" SET "maxSerials" = 0 WHERE "doctorId" = ?     | ChamberSession_maxSerials_range
          UPDATE "DoctorChamber" SET name = '' WHERE "doctorId" = ?             | DoctorChamber_name_not_blank
          UPDATE "DoctorChamber" SET phone = '9555' WHERE "doctorId" = ?        | DoctorChamber_phone_canonical
          UPDATE "Doctor" SET "experienceYears" = 81 WHERE id = ?               | Doctor_experienceYears_range
          """)
  void chamberAndSessionRulesRefuseWhatMustNeverBeStored(String sql, String rule) {
    fx.session(
        chamber, doctor, DayOfWeek.TUESDAY, LocalTime.of(17, 0), LocalTime.of(20, 0), 15, 12);

    assertThat(refusedRule(() -> fx.execute(sql, doctor))).isEqualTo(rule);
  }

  @Test
  void aSessionAtAnotherDoctorsChamberIsRefused() {
    String other = fx.doctor("Kamal Hossain", "Cardiology", 1200);

    assertThat(
            refusedRule(
                () ->
                    fx.session(
                        chamber,
                        other,
                        DayOfWeek.MONDAY,
                        LocalTime.of(9, 0),
                        LocalTime.of(10, 0),
                        15,
                        4)))
        .isEqualTo("ChamberSession_chamber_doctor_fkey");
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
  void leaveRulesRefuseImpossibleLeave(
      LocalDate from, LocalDate to, LocalTime start, LocalTime end, String rule) {
    assertThat(
            refusedRule(
                () ->
                    fx.execute(
                        "INSERT INTO \"DoctorLeave\" (\"doctorId\", \"startDate\", \"endDate\", \"startTime\", \"endTime\") VALUES (?, ?, ?, ?, ?)",
                        doctor,
                        from,
                        to,
                        start,
                        end)))
        .isEqualTo(rule);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          UPDATE "User" SET gender = 'X' WHERE id = ?       | User_gender_known
          UPDATE "User" SET name = '' WHERE id = ?          | User_name_not_blank
          """)
  void moreUserRules(String sql, String rule) {
    assertThat(refusedRule(() -> fx.execute(sql, patient))).isEqualTo(rule);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          INSERT INTO "Otp" (phone, "codeHash", "expiresAt") VALUES ('01711000001', 'x', now())                | Otp_phone_canonical
          INSERT INTO "Otp" (phone, "codeHash", "expiresAt", attempts) VALUES ('+8801711000001', 'x', now(), -1) | Otp_attempts_not_negative
          INSERT INTO "AiTokenUsage" (model, "promptTokens") VALUES ('m', -1)                                   | AiTokenUsage_tokens_not_negative
          INSERT INTO "AiTokenUsage" (model, "costUsd") VALUES ('m', -0.01)                                     | AiTokenUsage_cost_not_negative
          """)
  void webPlatformTableRulesRefuseBadRows(String sql, String rule) {
    assertThat(refusedRule(() -> fx.execute(sql))).isEqualTo(rule);
  }

  @Test
  void boundaryValuesAreAccepted() {
    assertThatCode(
            () -> {
              fx.execute(
                  "UPDATE \"Doctor\" SET rating = 0, fee = 0, \"followUpFee\" = 0 WHERE id = ?",
                  doctor);
              fx.execute("UPDATE \"Doctor\" SET rating = 5 WHERE id = ?", doctor);
              fx.execute(
                  "INSERT INTO \"Appointment\" (\"patientId\", \"doctorId\", \"chamberId\", date, \"startTime\", \"endTime\", fee, \"serialNumber\")"
                      + " VALUES (?, ?, ?, ?, '09:00', '09:01', 0, 1)",
                  patient,
                  doctor,
                  chamber,
                  DAY);
              fx.session(
                  chamber,
                  doctor,
                  DayOfWeek.WEDNESDAY,
                  LocalTime.of(9, 0),
                  LocalTime.of(9, 1),
                  1,
                  1);
            })
        .doesNotThrowAnyException();
  }
}
