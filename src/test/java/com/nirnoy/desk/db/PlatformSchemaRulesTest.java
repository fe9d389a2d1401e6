package com.nirnoy.desk.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.nirnoy.desk.config.ConnectionSettings;
import com.nirnoy.desk.testing.PlatformRows;
import com.nirnoy.desk.testing.TestDatabases;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.postgresql.util.PSQLException;

/**
 * The desk's rules on the platform's own tables ({@code db/schema} V1 to V5), on real PostgreSQL,
 * with rows written as the web backend writes them (no endTime, count+1 serials, dates at midnight,
 * or at 18:00 the day before when the web server runs on Dhaka time).
 */
class PlatformSchemaRulesTest {
  /** A Monday: the chambers below sit on Sat, Mon and Wed. */
  private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

  private static final LocalDate TUESDAY = MONDAY.plusDays(1);
  private static final LocalDate WEDNESDAY = MONDAY.plusDays(2);
  private static final LocalDateTime MIDNIGHT = MONDAY.atStartOfDay();

  /** Monday's midnight in Dhaka (UTC+6), as a web server on Dhaka time writes it through Prisma. */
  private static final LocalDateTime DHAKA_WRITTEN = MONDAY.minusDays(1).atTime(18, 0);

  private static final AtomicInteger PHONES = new AtomicInteger();

  private static ConnectionSettings settings;
  private static PlatformRows rows;

  private int clinic;
  private int doctor;

  /** Sat, Mon, Wed 17:00 to 20:00, 15-minute slots, at {@link #clinic}. */
  private int chamber;

  /** The same doctor's other chamber: Sat, Mon, Wed 17:00 to 21:00, 20-minute slots, no clinic. */
  private int otherChamber;

  private int patient;

  @BeforeAll
  static void database() {
    settings = TestDatabases.freshPlatformDatabase();
    rows = new PlatformRows(settings);
  }

  @BeforeEach
  void platformRows() {
    clinic = rows.clinic("Popular Diagnostic Centre");
    doctor = rows.doctor("Farhana Rahman", "Gynaecology", 1000);
    chamber = rows.chamber(doctor, clinic, "Sat,Mon,Wed", "17:00", "20:00", 15, null);
    otherChamber = rows.chamber(doctor, null, "Sat,Mon,Wed", "17:00", "21:00", 20, null);
    patient = rows.patient("Rahima Begum", phone());
  }

  // ------------------------------------------------------------------------------------------
  // helpers
  // ------------------------------------------------------------------------------------------

  private static String phone() {
    return String.format("+88017%08d", PHONES.incrementAndGet());
  }

  private int web(String startTime, Integer serialNumber) {
    return web(chamber, MIDNIGHT, startTime, serialNumber);
  }

  private int web(int chamberId, LocalDateTime date, String startTime, Integer serialNumber) {
    return rows.webBooking(patient, doctor, chamberId, date, startTime, serialNumber, "NEW", 1000);
  }

  /** A desk-style row: with an endTime, confirmed at the counter. */
  private int desk(int chamberId, LocalDateTime date, String startTime, String endTime) {
    return rows.queryInt(
        "INSERT INTO \"Appointment\" (\"patientId\", \"doctorId\", \"chamberId\", date,"
            + " \"startTime\", \"endTime\", status, \"visitType\", fee, \"confirmedAt\", \"updatedAt\")"
            + " VALUES (?, ?, ?, ?, ?, ?, 'CONFIRMED', 'NEW', 1000, now(), now()) RETURNING id",
        patient,
        doctor,
        chamberId,
        date,
        startTime,
        endTime);
  }

  private void cancel(int appointmentId) {
    rows.execute(
        "UPDATE \"Appointment\" SET status = 'CANCELLED', \"cancelledAt\" = now(),"
            + " \"cancellationReason\" = 'Patient called', \"updatedAt\" = now() WHERE id = ?",
        appointmentId);
  }

  private static Integer serialOf(int appointmentId) {
    return rows.queryInt(
        "SELECT \"serialNumber\" FROM \"Appointment\" WHERE id = ?", appointmentId);
  }

  private static String slotOf(int appointmentId) {
    return rows.query(
        String.class,
        "SELECT to_char(lower(\"deskSlot\"), 'YYYY-MM-DD HH24:MI') || ' to '"
            + " || to_char(upper(\"deskSlot\"), 'YYYY-MM-DD HH24:MI')"
            + " FROM \"Appointment\" WHERE id = ?",
        appointmentId);
  }

  /** The SQLState and constraint of the database's refusal of {@code write}. */
  private static List<String> refusal(ThrowingCallable write) {
    Throwable error = catchThrowable(write);
    assertThat(error).as("the database should have refused the write").isNotNull();
    Throwable cause = error;
    while (cause != null && !(cause instanceof PSQLException)) {
      cause = cause.getCause();
    }
    assertThat(cause).as("a PostgreSQL error, not %s", error).isInstanceOf(PSQLException.class);
    PSQLException pg = (PSQLException) cause;
    String constraint =
        pg.getServerErrorMessage() == null ? null : pg.getServerErrorMessage().getConstraint();
    return Arrays.asList(pg.getSQLState(), constraint);
  }

  private static List<String> notifications(Connection listener, int expected) throws SQLException {
    PGConnection pg = listener.unwrap(PGConnection.class);
    List<String> heard = new ArrayList<>();
    long deadline = System.currentTimeMillis() + 5_000;
    while (heard.size() < expected && System.currentTimeMillis() < deadline) {
      PGNotification[] some = pg.getNotifications(250);
      if (some != null) {
        for (PGNotification n : some) {
          assertThat(n.getName()).isEqualTo("nirnoy_changes");
          heard.add(n.getParameter());
        }
      }
    }
    // anything more that arrives soon after is an extra notification
    PGNotification[] extra = pg.getNotifications(200);
    if (extra != null) {
      for (PGNotification n : extra) {
        heard.add(n.getParameter());
      }
    }
    return heard;
  }

  // ------------------------------------------------------------------------------------------
  // the held slot, the clinic and the overlap rules
  // ------------------------------------------------------------------------------------------

  @Test
  void webStyleInsertIntoAFreeSlotIsAcceptedWithItsSlotsSerialClinicAndLength() {
    int id = web("17:30", 1);

    assertThat(serialOf(id)).isEqualTo(3);
    assertThat(rows.queryInt("SELECT \"clinicId\" FROM \"Appointment\" WHERE id = ?", id))
        .isEqualTo(clinic);
    assertThat(slotOf(id)).isEqualTo("2026-12-07 17:30 to 2026-12-07 17:45");
    assertThat(
            rows.query(
                String.class,
                "SELECT status || '|' || coalesce(\"endTime\", '-') FROM \"Appointment\" WHERE id = ?",
                id))
        .isEqualTo("REQUESTED|-");
  }

  @Test
  void webInsertWithoutASerialGetsItsSlotsSerial() {
    assertThat(serialOf(web("18:00", null))).isEqualTo(5);
  }

  @Test
  void clinicIdTheClientSentIsKept() {
    int elsewhere = rows.clinic("Labaid Specialized Hospital");
    int id =
        rows.queryInt(
            "INSERT INTO \"Appointment\" (\"patientId\", \"doctorId\", \"chamberId\", \"clinicId\","
                + " date, \"startTime\", \"visitType\", \"updatedAt\")"
                + " VALUES (?, ?, ?, ?, ?, '17:00', 'NEW', now()) RETURNING id",
            patient,
            doctor,
            chamber,
            elsewhere,
            MIDNIGHT);

    assertThat(rows.queryInt("SELECT \"clinicId\" FROM \"Appointment\" WHERE id = ?", id))
        .isEqualTo(elsewhere);
  }

  @Test
  void chamberWithoutAClinicLeavesClinicIdEmpty() {
    int id = web(otherChamber, MIDNIGHT, "17:00", 1);

    assertThat(rows.queryInt("SELECT \"clinicId\" FROM \"Appointment\" WHERE id = ?", id)).isNull();
    assertThat(slotOf(id)).isEqualTo("2026-12-07 17:00 to 2026-12-07 17:20");
  }

  @Test
  void identicalSlotIsRefusedByThePlatformsSlotIndex() {
    web("17:30", 1);

    assertThat(refusal(() -> web("17:30", 2)))
        .containsExactly("23505", "Appointment_doctorId_chamberId_date_startTime_key");
  }

  @Test
  void webInsertOverlappingADeskBookingAtAnotherChamberIsRefused() {
    desk(chamber, MIDNIGHT, "17:00", "17:30");

    assertThat(refusal(() -> web(otherChamber, MIDNIGHT, "17:20", 2)))
        .containsExactly("23P01", "Appointment_no_doctor_overlap");
  }

  @Test
  void webInsertRightAfterADeskBookingAtAnotherChamberIsAccepted() {
    desk(chamber, MIDNIGHT, "17:00", "17:30");

    assertThatCode(() -> web(otherChamber, MIDNIGHT, "17:30", 1)).doesNotThrowAnyException();
  }

  @Test
  void deskInsertOverlappingAWebRowWithoutEndTimeIsRefusedForItsWholeSlotDuration() {
    // the web row at the other chamber holds 17:00 to 17:20 (its chamber's slotDuration), not 15
    web(otherChamber, MIDNIGHT, "17:00", 1);

    assertThat(refusal(() -> desk(chamber, MIDNIGHT, "17:15", "17:30")))
        .containsExactly("23P01", "Appointment_no_doctor_overlap");
  }

  @Test
  void webRowWithoutEndTimeHoldsExactlyOneSlotDuration() {
    web(otherChamber, MIDNIGHT, "17:00", 1);

    assertThatCode(() -> desk(chamber, MIDNIGHT, "17:20", "17:35")).doesNotThrowAnyException();
  }

  @Test
  void sameTimeWithAnotherDoctorIsAccepted() {
    int other = rows.doctor("Kamal Hossain", "Cardiology", 1200);
    int hisChamber = rows.chamber(other, clinic, "Mon", "17:00", "20:00", 15, null);
    web("17:00", 1);

    assertThatCode(
            () -> rows.webBooking(patient, other, hisChamber, MIDNIGHT, "17:00", 1, "NEW", 1200))
        .doesNotThrowAnyException();
  }

  // ------------------------------------------------------------------------------------------
  // the clinic day of a date written in Dhaka time
  // ------------------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} is the clinic day {1}")
  @CsvSource(
      textBlock =
          """
          2026-12-07T00:00,     2026-12-07
          2026-12-06T18:00,     2026-12-07
          2026-12-07T05:00,     2026-12-07
          2026-12-06T12:00,     2026-12-07
          2026-12-07T11:59:59,  2026-12-07
          2026-12-07T12:00,     2026-12-08
          """)
  void clinicDayIsTheNearestMidnight(LocalDateTime written, LocalDate clinicDay) {
    assertThat(rows.query(LocalDate.class, "SELECT nirnoy_clinic_day(?)", written))
        .isEqualTo(clinicDay);
  }

  @Test
  void rowWrittenInDhakaTimeIsOnTheNextClinicDay() {
    // Sunday 18:00 means Monday; the chamber does not sit on Sundays, so a wrong day has no serial
    int id = web(chamber, DHAKA_WRITTEN, "17:30", 1);

    assertThat(
            rows.query(
                LocalDate.class,
                "SELECT nirnoy_clinic_day(date) FROM \"Appointment\" WHERE id = ?",
                id))
        .isEqualTo(MONDAY);
    assertThat(slotOf(id)).isEqualTo("2026-12-07 17:30 to 2026-12-07 17:45");
    assertThat(serialOf(id)).isEqualTo(3);
  }

  @Test
  void rowWrittenInDhakaTimeOverlapsAMidnightRowOfTheSameSlot() {
    web("17:30", 1);

    // the platform's slot index compares raw dates and misses it; the overlap rule does not
    assertThat(refusal(() -> web(chamber, DHAKA_WRITTEN, "17:30", 2)))
        .containsExactly("23P01", "Appointment_no_doctor_overlap");
  }

  @Test
  void midnightRowOverlappingARowWrittenInDhakaTimeAtAnotherChamberIsRefused() {
    web(chamber, DHAKA_WRITTEN, "17:00", 1);

    assertThat(refusal(() -> desk(otherChamber, MIDNIGHT, "17:10", "17:30")))
        .containsExactly("23P01", "Appointment_no_doctor_overlap");
  }

  // ------------------------------------------------------------------------------------------
  // cancelled slots
  // ------------------------------------------------------------------------------------------

  @Test
  void cancelledSlotCanBeBookedAgainWithTheSameSerial() {
    int first = web("17:30", 1);
    cancel(first);

    int again = web("17:30", 1);

    assertThat(serialOf(again)).isEqualTo(3);
    assertThat(serialOf(first)).isEqualTo(3);
  }

  @Test
  void cancellingDoesNotFreeASlotForTwoActiveRows() {
    int first = web("17:30", 1);
    cancel(first);
    web("17:30", 1);

    assertThat(refusal(() -> web("17:30", 2)))
        .containsExactly("23505", "Appointment_doctorId_chamberId_date_startTime_key");
    assertThat(
            refusal(
                () ->
                    rows.execute(
                        "UPDATE \"Appointment\" SET status = 'REQUESTED', \"cancelledAt\" = NULL,"
                            + " \"updatedAt\" = now() WHERE id = ?",
                        first)))
        .as(
            "a cancelled appointment stays cancelled (the status flow): it cannot take the slot back")
        .containsExactly("23514", "Appointment_status_flow");
    assertThat(
            rows.queryInt(
                "SELECT count(*)::int FROM \"Appointment\" WHERE \"chamberId\" = ? AND status <> 'CANCELLED'",
                chamber))
        .isEqualTo(1);
  }

  @Test
  void cancelledRowDoesNotHoldItsTimeAtAnotherChamber() {
    int first = desk(chamber, MIDNIGHT, "17:00", "17:30");
    cancel(first);

    assertThatCode(() -> web(otherChamber, MIDNIGHT, "17:00", 1)).doesNotThrowAnyException();
  }

  // ------------------------------------------------------------------------------------------
  // serials
  // ------------------------------------------------------------------------------------------

  @Test
  void webBookingsSendingCountPlusOneSerialsGetTheirSlotsSerials() {
    int a = web("17:00", 1);
    int b = web("17:15", 1); // the web's count+1 raced: a repeated serial
    int c = web("17:45", 2);

    assertThat(List.of(serialOf(a), serialOf(b), serialOf(c))).containsExactly(1, 2, 4);
  }

  @Test
  void twoActiveRowsNeverShareASerialInOneChamberDay() {
    web("17:00", 1);
    int second = web("17:15", 2);

    assertThat(
            refusal(
                () ->
                    rows.execute(
                        "UPDATE \"Appointment\" SET \"serialNumber\" = 1, \"updatedAt\" = now() WHERE id = ?",
                        second)))
        .containsExactly("23505", "Appointment_serial_key");
  }

  @Test
  void aCancelledRowsSerialCanBeGivenToAnActiveRow() {
    int first = web("17:00", 1);
    cancel(first);
    int second = web("17:15", 2);

    assertThatCode(
            () ->
                rows.execute(
                    "UPDATE \"Appointment\" SET \"serialNumber\" = 1, \"updatedAt\" = now() WHERE id = ?",
                    second))
        .doesNotThrowAnyException();
  }

  @Test
  void offGridStartTimeGetsNoSerial() {
    assertThat(serialOf(web("17:07", 1))).isNull();
  }

  @Test
  void dayTheChamberDoesNotSitGetsNoSerial() {
    assertThat(serialOf(web(chamber, TUESDAY.atStartOfDay(), "17:00", 1))).isNull();
  }

  @Test
  void maxPatientsCapsSerials() {
    int capped = rows.chamber(doctor, clinic, "Mon", "09:00", "12:00", 15, 4);

    int last = web(capped, MIDNIGHT, "09:45", 4);
    int beyond = web(capped, MIDNIGHT, "10:00", 5);

    assertThat(serialOf(last)).isEqualTo(4);
    assertThat(serialOf(beyond)).isNull();
  }

  @Test
  void movingAnAppointmentGivesItItsNewSlotsSerial() {
    int id = web("17:30", 1);

    rows.execute(
        "UPDATE \"Appointment\" SET \"startTime\" = '18:15', \"updatedAt\" = now() WHERE id = ?",
        id);

    assertThat(serialOf(id)).isEqualTo(6);
    assertThat(slotOf(id)).isEqualTo("2026-12-07 18:15 to 2026-12-07 18:30");
  }

  @ParameterizedTest(name = "''{0}'' 17:00-20:00 every 15 min, cap {3}: {1} at {2} is serial {4}")
  @CsvSource(
      textBlock =
          """
          'Sat,Mon,Wed', 2026-12-07, 17:00,  , 1
          'Sat,Mon,Wed', 2026-12-07, 17:45,  , 4
          'Sat,Mon,Wed', 2026-12-07, 19:45,  , 12
          'Mon',         2026-12-07, 16:45,  ,
          'Mon',         2026-12-07, 20:00,  ,
          'Mon',         2026-12-07, 17:10,  ,
          'Mon',         2026-12-08, 17:00,  ,
          'Mon',         2026-12-07, 17:45, 4, 4
          'Mon',         2026-12-07, 18:00, 4,
          'Mon',         2026-12-07, 18:00, 5, 5
          """)
  void serialOfASlotIsItsPlaceInTheSession(
      String days, LocalDate day, String start, Integer maxPatients, Integer serial) {
    int session = rows.chamber(doctor, clinic, days, "17:00", "20:00", 15, maxPatients);

    assertThat(rows.queryInt("SELECT nirnoy_serial_of(?, ?, ?::time)", session, day, start))
        .isEqualTo(serial);
  }

  @ParameterizedTest(name = "''{0}'' on {1}: {2}")
  @CsvSource(
      textBlock =
          """
          'Sat,Mon,Wed',         2026-12-07, true
          'sat, MON ,wed',       2026-12-07, true
          'Saturday,Monday',     2026-12-07, true
          'Sat,Wed',             2026-12-07, false
          'Sun',                 2026-12-06, true
          'Thursday',            2026-12-10, true
          'Mon',                 2026-12-08, false
          '',                    2026-12-07, false
          """)
  void chamberSitsOnTheDaysItLists(String days, LocalDate day, boolean sits) {
    assertThat(rows.query(Boolean.class, "SELECT nirnoy_sits_on(?, ?)", days, day)).isEqualTo(sits);
  }

  @Test
  void freeSlotCanStillBeBookedAfterTheDoctorShortensTheSlotDuration() {
    web("17:30", 1); // serial 3 on the 15-minute grid, holds 17:30 to 17:45
    rows.execute(
        "UPDATE \"DoctorChamber\" SET \"slotDuration\" = 10, \"updatedAt\" = now() WHERE id = ?",
        chamber);

    // 17:20 to 17:30 is free; it is serial 3 on the new 10-minute grid
    assertThatCode(() -> web("17:20", 2)).doesNotThrowAnyException();
  }

  @Test
  void freeSlotCanStillBeBookedAfterTheDoctorStartsLater() {
    web("17:30", 1); // serial 3 from 17:00, holds 17:30 to 17:45
    rows.execute(
        "UPDATE \"DoctorChamber\" SET \"startTime\" = '17:15', \"updatedAt\" = now() WHERE id = ?",
        chamber);

    // 17:45 to 18:00 is free; it is serial 3 from 17:15
    assertThatCode(() -> web("17:45", 2)).doesNotThrowAnyException();
  }

  @Test
  void confirmingStillWorksAfterTheDoctorLengthensTheSlotDuration() {
    int first = web("17:00", 1); // holds 17:00 to 17:15
    web("17:15", 2); // holds 17:15 to 17:30
    rows.execute(
        "UPDATE \"DoctorChamber\" SET \"slotDuration\" = 20, \"updatedAt\" = now() WHERE id = ?",
        chamber);

    assertThatCode(
            () ->
                rows.execute(
                    "UPDATE \"Appointment\" SET status = 'CONFIRMED', \"confirmedAt\" = now(),"
                        + " \"updatedAt\" = now() WHERE id = ?",
                    first))
        .doesNotThrowAnyException();
  }

  // ------------------------------------------------------------------------------------------
  // fees
  // ------------------------------------------------------------------------------------------

  @ParameterizedTest(name = "{6}: doctor {0}/{1}/{2}, chamber {3}/{4}/{5} -> {7}")
  @CsvSource(
      textBlock =
          """
          # doctor: new, follow-up, report | chamber: fee, follow-up, report | visit type | fee
          1000,    ,    ,     ,    ,    , NEW,          1000
          1000,    ,    , 1200,    ,    , NEW,          1200
          1000, 500, 200,     , 600, 300, NEW,          1000
          1000, 500,    ,     , 600,    , FOLLOW_UP,     600
          1000, 500,    , 1200,    ,    , FOLLOW_UP,     500
          1000,    ,    ,     ,    ,    , FOLLOW_UP,     500
           750,    ,    ,     ,    ,    , FOLLOW_UP,     375
           701,    ,    ,     ,    ,    , FOLLOW_UP,     351
          1000,    ,    ,  901,    ,    , FOLLOW_UP,     451
          1000,   0,    ,     ,    ,    , FOLLOW_UP,       0
          1000,    , 200,     ,    , 300, REPORT_CHECK,  300
          1000,    , 200,     ,    ,    , REPORT_CHECK,  200
           750,    ,    ,     ,    ,    , REPORT_CHECK,  225
          1005,    ,    ,     ,    ,    , REPORT_CHECK,  302
          1000,    ,    ,  701,    ,    , REPORT_CHECK,  210
          1000, 500,    ,     ,    ,    , REPORT_CHECK,  300
          """)
  void visitFeeFollowsThePlatformsRule(
      int doctorNew,
      Integer doctorFollowUp,
      Integer doctorReport,
      Integer chamberFee,
      Integer chamberFollowUp,
      Integer chamberReport,
      String visitType,
      int fee) {
    int priced = rows.doctor("Nasrin Akter", "Medicine", doctorNew);
    rows.execute(
        "UPDATE \"Doctor\" SET \"consultationFeeFollowUp\" = ?, \"consultationFeeReport\" = ?,"
            + " \"updatedAt\" = now() WHERE id = ?",
        doctorFollowUp,
        doctorReport,
        priced);
    int at =
        rows.chamber(
            priced,
            clinic,
            "Sat,Mon,Wed",
            "17:00",
            "20:00",
            15,
            null,
            chamberFee,
            chamberFollowUp,
            chamberReport);

    assertThat(rows.queryInt("SELECT nirnoy_visit_fee(?, ?)", at, visitType)).isEqualTo(fee);
  }

  // ------------------------------------------------------------------------------------------
  // family bookings
  // ------------------------------------------------------------------------------------------

  @Test
  void familyBookingUnderTheAccountHoldersPatientKeepsItsSnapshotAsGiven() {
    int id =
        rows.queryInt(
            "INSERT INTO \"Appointment\" (\"patientId\", \"doctorId\", \"chamberId\", date,"
                + " \"startTime\", \"serialNumber\", status, \"visitType\", \"patientName\","
                + " \"patientPhone\", \"patientAge\", \"patientGender\", fee, \"updatedAt\")"
                + " VALUES (?, ?, ?, ?, '17:15', 1, 'REQUESTED', 'FOLLOW_UP', 'Abdul Karim',"
                + " '+8801711999888', 68, 'MALE', 500, now()) RETURNING id",
            patient,
            doctor,
            chamber,
            MIDNIGHT);

    assertThat(
            rows.query(
                String.class,
                "SELECT concat_ws('|', \"patientId\", \"patientName\", \"patientPhone\","
                    + " \"patientAge\", \"patientGender\", \"visitType\", fee, \"serialNumber\")"
                    + " FROM \"Appointment\" WHERE id = ?",
                id))
        .isEqualTo(patient + "|Abdul Karim|+8801711999888|68|MALE|FOLLOW_UP|500|2");
    assertThat(rows.query(String.class, "SELECT name FROM \"Patient\" WHERE id = ?", patient))
        .isEqualTo("Rahima Begum");
  }

  // ------------------------------------------------------------------------------------------
  // bookings only when the doctor sits
  // ------------------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"PENDING", "SUSPENDED", "REJECTED"})
  void onlyApprovedDoctorsTakeAppointments(String registrationStatus) {
    rows.execute(
        "UPDATE \"Doctor\" SET \"registrationStatus\" = ?, \"updatedAt\" = now() WHERE id = ?",
        registrationStatus,
        doctor);

    assertThat(refusal(() -> web("17:00", 1)))
        .containsExactly("23514", "Appointment_doctor_approved");
  }

  @Test
  void doctorTheWebJustRegisteredIsPendingAndTakesNoAppointments() {
    int userId = rows.user(phone(), "DOCTOR");
    int pending =
        rows.queryInt(
            "INSERT INTO \"Doctor\" (\"userId\", \"nameEn\", gender, \"primarySpecialty\","
                + " \"updatedAt\") VALUES (?, 'Tanvir Ahmed', 'MALE', 'Medicine', now()) RETURNING id",
            userId);
    int hisChamber = rows.chamber(pending, clinic, "Mon", "17:00", "20:00", 15, null);

    assertThat(
            refusal(
                () ->
                    rows.webBooking(patient, pending, hisChamber, MIDNIGHT, "17:00", 1, "NEW", 0)))
        .containsExactly("23514", "Appointment_doctor_approved");
  }

  @Test
  void chamberOfAnotherDoctorIsRefused() {
    int other = rows.doctor("Kamal Hossain", "Cardiology", 1200);
    int hisChamber = rows.chamber(other, clinic, "Sat,Mon,Wed", "09:00", "12:00", 15, null);

    assertThat(refusal(() -> web(hisChamber, MIDNIGHT, "09:00", 1)))
        .containsExactly("23514", "Appointment_chamber_of_doctor");
  }

  @Test
  void inactiveChamberIsRefused() {
    rows.execute(
        "UPDATE \"DoctorChamber\" SET \"isActive\" = false, \"updatedAt\" = now() WHERE id = ?",
        chamber);

    assertThat(refusal(() -> web("17:00", 1)))
        .containsExactly("23514", "Appointment_chamber_of_doctor");
  }

  private void leave(LocalDate from, LocalDate to, String startTime, String endTime) {
    rows.execute(
        "INSERT INTO \"DoctorLeave\" (\"doctorId\", \"startDate\", \"endDate\", \"startTime\","
            + " \"endTime\", reason) VALUES (?, ?, ?, ?::time, ?::time, 'Conference')",
        doctor,
        from,
        to,
        startTime,
        endTime);
  }

  @Test
  void wholeDayLeaveRefusesBookings() {
    leave(MONDAY.minusDays(1), TUESDAY, null, null);

    assertThat(refusal(() -> web("17:00", 1))).containsExactly("23514", "Appointment_not_on_leave");
    assertThat(refusal(() -> desk(otherChamber, MIDNIGHT, "20:00", "20:20")))
        .containsExactly("23514", "Appointment_not_on_leave");
  }

  @Test
  void wholeDayLeaveEndingTheDayBeforeRefusesNothing() {
    leave(MONDAY.minusDays(2), MONDAY.minusDays(1), null, null);

    assertThatCode(() -> web("17:00", 1)).doesNotThrowAnyException();
  }

  @Test
  void partDayLeaveRefusesOnlyTheSlotsItCovers() {
    leave(MONDAY, MONDAY, "18:00", "19:00");

    assertThat(refusal(() -> web("18:15", 1))).containsExactly("23514", "Appointment_not_on_leave");
    assertThat(refusal(() -> web("17:50", 1))) // off the grid, holds 17:50 to 18:05
        .containsExactly("23514", "Appointment_not_on_leave");
    assertThatCode(() -> web("17:45", 1)).doesNotThrowAnyException();
    assertThatCode(() -> web("19:00", 2)).doesNotThrowAnyException();
  }

  @Test
  void leaveIsOnTheClinicDayOfADateWrittenInDhakaTime() {
    leave(MONDAY, MONDAY, null, null);

    assertThat(refusal(() -> web(chamber, DHAKA_WRITTEN, "17:00", 1)))
        .containsExactly("23514", "Appointment_not_on_leave");
  }

  @Test
  void leaveOnTheDayBeforeDoesNotRefuseADateWrittenInDhakaTime() {
    leave(MONDAY.minusDays(1), MONDAY.minusDays(1), null, null);

    assertThatCode(() -> web(chamber, DHAKA_WRITTEN, "17:00", 1)).doesNotThrowAnyException();
  }

  @Test
  void statusChangeOfAnAppointmentLaterPutInsideLeaveStillWorks() {
    int id = web("17:30", 1);
    leave(MONDAY, MONDAY, null, null);

    rows.execute(
        "UPDATE \"Appointment\" SET status = 'CONFIRMED', \"confirmedAt\" = now(),"
            + " \"updatedAt\" = now() WHERE id = ?",
        id);
    cancel(id);

    assertThat(rows.query(String.class, "SELECT status FROM \"Appointment\" WHERE id = ?", id))
        .isEqualTo("CANCELLED");
  }

  @Test
  void statusChangeAfterTheDoctorIsSuspendedStillWorks() {
    int id = web("17:30", 1);
    rows.execute(
        "UPDATE \"Doctor\" SET \"registrationStatus\" = 'SUSPENDED', \"updatedAt\" = now() WHERE id = ?",
        doctor);

    assertThatCode(
            () ->
                rows.execute(
                    "UPDATE \"Appointment\" SET status = 'CONFIRMED', \"confirmedAt\" = now(),"
                        + " \"updatedAt\" = now() WHERE id = ?",
                    id))
        .doesNotThrowAnyException();
  }

  @Test
  void movingAnAppointmentIntoLeaveIsRefused() {
    int id = web("17:30", 1);
    leave(MONDAY, MONDAY, "18:00", "19:00");

    assertThat(
            refusal(
                () ->
                    rows.execute(
                        "UPDATE \"Appointment\" SET \"startTime\" = '18:15', \"updatedAt\" = now() WHERE id = ?",
                        id)))
        .containsExactly("23514", "Appointment_not_on_leave");
  }

  // ------------------------------------------------------------------------------------------
  // audit
  // ------------------------------------------------------------------------------------------

  private static int insertOn(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (var rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  private int deskBookingAs(Connection c, PlatformRows.SignedIn actor, String startTime)
      throws SQLException {
    if (actor != null) {
      insertOn(c, "SELECT 0 FROM (SELECT nirnoy_use_session(?)) s", actor.token());
    }
    return insertOn(
        c,
        "INSERT INTO \"Appointment\" (\"patientId\", \"doctorId\", \"chamberId\", date,"
            + " \"startTime\", \"endTime\", status, \"visitType\", fee, \"confirmedAt\", \"updatedAt\")"
            + " VALUES (?, ?, ?, ?, ?, NULL, 'CONFIRMED', 'NEW', 1000, now(), now()) RETURNING id",
        patient,
        doctor,
        chamber,
        MIDNIGHT,
        startTime);
  }

  private static String audit(int appointmentId, String action, String columns) {
    return rows.query(
        String.class,
        "SELECT "
            + columns
            + " FROM \"AuditLog\""
            + " WHERE \"tableName\" = 'Appointment' AND \"rowId\" = ? AND action = ?",
        String.valueOf(appointmentId),
        action);
  }

  @Test
  void deskWriteIsRecordedWithTheActorOfItsTransaction() throws SQLException {
    PlatformRows.SignedIn staff = rows.signedInReceptionist(phone());
    int id;
    try (Connection c = DataSources.unpooled(settings).getConnection()) {
      c.setAutoCommit(false);
      id = deskBookingAs(c, staff, "17:00");
      c.commit();
    }

    assertThat(
            audit(
                id,
                "INSERT",
                "concat_ws('|', count(*), max(\"actorId\"), max(\"doctorId\"), max(\"appointmentId\"))"))
        .isEqualTo("1|" + staff.userId() + "|" + doctor + "|" + id);
  }

  @Test
  void actorDoesNotOutliveItsTransaction() throws SQLException {
    PlatformRows.SignedIn staff = rows.signedInReceptionist(phone());
    int id;
    try (Connection c = DataSources.unpooled(settings).getConnection()) {
      c.setAutoCommit(false);
      id = deskBookingAs(c, staff, "17:00");
      c.commit();
      try (PreparedStatement ps =
          c.prepareStatement(
              "UPDATE \"Appointment\" SET status = 'CHECKED_IN', \"checkedInAt\" = now(),"
                  + " \"updatedAt\" = now() WHERE id = ?")) {
        ps.setInt(1, id);
        ps.executeUpdate();
      }
      c.commit();
    }

    assertThat(audit(id, "UPDATE", "count(*) || '|' || count(\"actorId\")")).isEqualTo("1|0");
  }

  @Test
  void webWriteIsRecordedWithoutAnActor() {
    int id = web("17:30", 1);

    assertThat(audit(id, "INSERT", "count(*) || '|' || count(\"actorId\")")).isEqualTo("1|0");
  }

  @Test
  void auditOfAnInsertLeavesOutTheBookkeepingColumns() {
    int id = web("17:30", 1);

    assertThat(
            audit(
                id,
                "INSERT",
                "concat_ws('|', \"newValues\" ?? 'deskSlot', \"newValues\" ?? 'updatedAt',"
                    + " \"newValues\" ->> 'serialNumber', \"oldValues\" IS NULL)"))
        .isEqualTo("f|f|3|t");
  }

  @Test
  void auditOfAWebCancellationHoldsOnlyTheChangedColumns() {
    int id = web("17:30", 1);
    cancel(id);

    assertThat(
            audit(
                id,
                "UPDATE",
                "(SELECT string_agg(k, ',' ORDER BY k) FROM jsonb_object_keys(\"newValues\") k)"
                    + " || '|' || (\"oldValues\" ->> 'status') || '|' || (\"newValues\" ->> 'status')"))
        .isEqualTo("cancellationReason,cancelledAt,status|REQUESTED|CANCELLED");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "UPDATE \"AuditLog\" SET \"actorId\" = 1",
        "DELETE FROM \"AuditLog\"",
        "TRUNCATE \"AuditLog\""
      })
  void auditHistoryIsAppendOnly(String change) {
    web("17:30", 1);
    int before = rows.queryInt("SELECT count(*)::int FROM \"AuditLog\"");

    assertThat(refusal(() -> rows.execute(change)))
        .containsExactly("23514", "AuditLog_append_only");
    assertThat(rows.queryInt("SELECT count(*)::int FROM \"AuditLog\"")).isEqualTo(before);
  }

  // ------------------------------------------------------------------------------------------
  // live refresh
  // ------------------------------------------------------------------------------------------

  private static Connection listening() throws SQLException {
    Connection listener = DataSources.unpooled(settings).getConnection();
    try (Statement st = listener.createStatement()) {
      st.execute("LISTEN nirnoy_changes");
    }
    return listener;
  }

  @Test
  void webInsertWrittenInDhakaTimeNotifiesItsClinicDay() throws SQLException {
    try (Connection listener = listening()) {
      web(chamber, DHAKA_WRITTEN, "17:30", 1);

      assertThat(notifications(listener, 1))
          .containsExactly("2026-12-07 " + doctor + " " + chamber);
    }
  }

  @Test
  void movingAnAppointmentToAnotherDayNotifiesBothDays() throws SQLException {
    int id = web("17:30", 1);
    try (Connection listener = listening()) {
      rows.execute(
          "UPDATE \"Appointment\" SET date = ?, \"updatedAt\" = now() WHERE id = ?",
          WEDNESDAY.atStartOfDay(),
          id);

      assertThat(notifications(listener, 2))
          .containsExactlyInAnyOrder(
              "2026-12-07 " + doctor + " " + chamber, "2026-12-09 " + doctor + " " + chamber);
    }
  }

  @Test
  void oneStatementNotifiesEachDoctorDayOnceWithEveryChamber() throws SQLException {
    try (Connection listener = listening()) {
      rows.execute(
          "INSERT INTO \"Appointment\" (\"patientId\", \"doctorId\", \"chamberId\", date,"
              + " \"startTime\", \"visitType\", \"updatedAt\")"
              + " VALUES (?, ?, ?, ?, '17:00', 'NEW', now()), (?, ?, ?, ?, '18:00', 'NEW', now())",
          patient,
          doctor,
          chamber,
          MIDNIGHT,
          patient,
          doctor,
          otherChamber,
          DHAKA_WRITTEN);

      List<String> heard = notifications(listener, 1);
      assertThat(heard).hasSize(1);
      List<String> words = Arrays.asList(heard.get(0).split(" "));
      assertThat(words.subList(0, 2)).containsExactly("2026-12-07", String.valueOf(doctor));
      assertThat(words.subList(2, words.size()))
          .containsExactlyInAnyOrder(String.valueOf(chamber), String.valueOf(otherChamber));
    }
  }

  @Test
  void rolledBackWriteNotifiesNothing() throws SQLException {
    try (Connection listener = listening();
        Connection c = DataSources.unpooled(settings).getConnection()) {
      c.setAutoCommit(false);
      deskBookingAs(c, null, "17:00");
      c.rollback();

      assertThat(notifications(listener, 0)).isEmpty();
    }
  }
}
