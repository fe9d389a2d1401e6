package com.nirnoy.desk.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nirnoy.desk.app.DeskEntities;
import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.staff.StaffSession;
import com.nirnoy.desk.testing.Fixtures;
import com.nirnoy.desk.testing.TestDatabases;
import com.nirnoy.desk.testing.TestStaff;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BookingServiceTest {
  /** A Sunday. */
  private static final LocalDate DAY = LocalDate.of(2026, 12, 6);

  private static final LocalTime FIVE = LocalTime.of(17, 0);
  private static Database db;
  private static Fixtures fx;
  private static BookingService booking;
  private static StaffSession desk;

  private int patient;
  private int otherPatient;
  private int doctor;
  private int chamber;
  private int otherChamber;

  @BeforeAll
  static void open() {
    // as a desk login, as a counter PC: the database's policies judge every booking here
    var owner = TestDatabases.freshDatabase();
    db = Database.open(com.nirnoy.desk.testing.TestDeskLogins.create(owner), DeskEntities.ALL);
    fx = new Fixtures(com.nirnoy.desk.db.DataSources.pool(owner.withPoolSize(3), "booking-owner"));
    desk = TestStaff.signedIn(db, fx, com.nirnoy.desk.user.Role.RECEPTIONIST);
    booking =
        new BookingService(
            db, Clock.fixed(Instant.parse("2026-12-01T04:00:00Z"), ZoneId.of("Asia/Dhaka")), desk);
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @BeforeEach
  void clinic() {
    patient = fx.patient("Rahima Begum", "+8801711000001");
    otherPatient = fx.patient("Abdul Karim", "+8801811000002");
    doctor = fx.doctor("Farhana Rahman", "Gynaecology", 1000);
    chamber = fx.chamber(doctor, "Popular Diagnostic Centre", "Dhanmondi");
    otherChamber = fx.chamber(doctor, "Labaid Hospital", "Gulshan");
    fx.schedule(chamber, DayOfWeek.SUNDAY, FIVE, LocalTime.of(20, 0), 15, 12);
  }

  /** Waits until {@code n} transactions wait for an advisory lock (their statements have begun). */
  private static void awaitWaitingForTheLock(int n) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (fx.count(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
                + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())")
        < n) {
      assertThat(System.nanoTime()).as("bookings waiting for the lock").isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  private static long bookingsMadeBy(BookingRequest request) {
    return fx.count(
        "SELECT count(*) FROM \"DeskBooking\" WHERE \"requestId\" = ?", request.requestId());
  }

  private BookingRequest at(int patientId, int chamberId, LocalTime start) {
    return BookingRequest.of(patientId, doctor, chamberId, DAY, start, start.plusMinutes(15));
  }

  @Test
  void bookingAFreeSlotGivesItsSerialAndTheDoctorsFee() {
    AppointmentSummary a = booking.book(at(patient, chamber, LocalTime.of(17, 30)));

    assertThat(a.serialNumber()).isEqualTo(3);
    assertThat(a.fee()).isEqualTo(1000);
    assertThat(a.status()).isEqualTo(AppointmentStatus.CONFIRMED);
    assertThat(a.patientName()).isEqualTo("Rahima Begum");
    assertThat(a.chamberName()).isEqualTo("Popular Diagnostic Centre");
  }

  @Test
  void followUpChargesTheFollowUpFee() {
    AppointmentSummary a = booking.book(at(patient, chamber, FIVE).withType(VisitType.FOLLOW_UP));

    assertThat(a.fee()).isEqualTo(500);
  }

  @Test
  void bookingOutsideAnySessionHasNoSerial() {
    AppointmentSummary a = booking.book(at(patient, otherChamber, LocalTime.of(10, 0)));

    assertThat(a.serialNumber()).isNull();
  }

  @Test
  void bookingTheSameSlotTwiceReportsSlotTakenNamingTheHolder() {
    booking.book(at(patient, chamber, FIVE));

    assertThatThrownBy(() -> booking.book(at(otherPatient, chamber, FIVE)))
        .isInstanceOf(SlotTakenException.class)
        .hasMessage(
            "Time slot already booked: Sun 6 Dec 2026 17:00 at Popular Diagnostic Centre is held by Rahima Begum (serial 1)")
        .satisfies(
            e ->
                assertThat(((SlotTakenException) e).holder())
                    .get()
                    .extracting(AppointmentSummary::patientId)
                    .isEqualTo(patient));
  }

  @Test
  void overlappingTimeAtAnotherChamberReportsTheDoctorDoubleBooked() {
    booking.book(at(patient, chamber, FIVE));

    assertThatThrownBy(() -> booking.book(at(otherPatient, otherChamber, LocalTime.of(17, 5))))
        .isInstanceOf(DoctorDoubleBookedException.class)
        .hasMessage(
            "Dr. Farhana Rahman is already booked 17:00-17:15 at Popular Diagnostic Centre on Sun 6 Dec 2026 (patient Rahima Begum)");
  }

  @Test
  void otherRefusalsNameTheRuleInPlainWords() {
    fx.execute(
        "INSERT INTO \"DoctorLeave\" (\"doctorId\", \"startDate\", \"endDate\") VALUES (?, ?, ?)",
        doctor,
        DAY,
        DAY);

    assertThatThrownBy(() -> booking.book(at(patient, chamber, FIVE)))
        .isInstanceOf(BookingRuleException.class)
        .hasMessage(
            "Not saved: the doctor is on leave at that time (rule Appointment_not_on_leave)");
  }

  @Test
  void unknownPatientIsARuleRefusalNotAStackTrace() {
    assertThatThrownBy(() -> booking.book(at(999_999, chamber, FIVE)))
        .isInstanceOf(BookingRuleException.class)
        .extracting(e -> ((BookingRuleException) e).rule())
        .isEqualTo("Appointment_patientId_fkey");
  }

  @Test
  void cancelledSlotCanBeBookedAgain() {
    AppointmentSummary first = booking.book(at(patient, chamber, FIVE));

    AppointmentSummary cancelled = booking.cancel(first.id(), "Patient called: travelling");
    AppointmentSummary again = booking.book(at(otherPatient, chamber, FIVE));

    assertThat(cancelled.status()).isEqualTo(AppointmentStatus.CANCELLED);
    assertThat(again.patientId()).isEqualTo(otherPatient);
    assertThat(again.serialNumber()).isEqualTo(1);
  }

  @Test
  void retryingARequestWhoseOutcomeWasUnknownDoesNotBookTwice() {
    BookingRequest request = at(patient, chamber, FIVE);

    AppointmentSummary first = booking.book(request);
    AppointmentSummary retried = booking.book(request);

    assertThat(retried.id()).isEqualTo(first.id());
    assertThat(bookingsMadeBy(request)).isEqualTo(1);
  }

  @Test
  void retryingAfterARuleChangedStillReturnsTheBookingItMade() {
    BookingRequest request = at(patient, chamber, FIVE);
    AppointmentSummary first = booking.book(request);
    fx.execute(
        "INSERT INTO \"DoctorLeave\" (\"doctorId\", \"startDate\", \"endDate\") VALUES (?, ?, ?)",
        doctor,
        DAY,
        DAY);

    assertThat(booking.book(request).id()).isEqualTo(first.id());
  }

  @Test
  void theSameRequestSentTwiceAtOnceBooksOnce() throws Exception {
    BookingRequest request = at(patient, chamber, FIVE);
    ExecutorService twoDesks = Executors.newFixedThreadPool(2);
    try (Connection holder = fx.dataSource().getConnection()) {
      // both attempts queue behind the doctor-day lock, so the second one's statement starts
      // before the first commits: only the insert's ON CONFLICT can see the first booking
      try (PreparedStatement lock =
          holder.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")) {
        lock.setString(1, BookingService.doctorDayLockKey(doctor, DAY));
        lock.execute();
      }
      Future<AppointmentSummary> one = twoDesks.submit(() -> booking.book(request));
      Future<AppointmentSummary> two = twoDesks.submit(() -> booking.book(request));
      awaitWaitingForTheLock(2);
      holder.commit();

      assertThat(two.get(10, TimeUnit.SECONDS).id()).isEqualTo(one.get(10, TimeUnit.SECONDS).id());
    } finally {
      twoDesks.shutdownNow();
    }
    assertThat(bookingsMadeBy(request)).isEqualTo(1);
  }

  @Test
  void aHolderCommittedWhileTheBookingWaitedIsCaughtByTheRuleAndNamed() throws Exception {
    ExecutorService desk2 = Executors.newSingleThreadExecutor();
    try (Connection web = fx.dataSource().getConnection()) {
      // another client takes the doctor-day lock and the slot, and has not committed yet: the
      // booking cannot see that holder before it inserts, so only unique_appointment_slot stops it
      try (PreparedStatement lock =
              web.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))");
          PreparedStatement insert =
              web.prepareStatement(
                  "INSERT INTO \"Appointment\" (\"patientId\", \"doctorId\", \"chamberId\", date,"
                      + " \"startTime\", \"visitType\", \"updatedAt\")"
                      + " VALUES (?, ?, ?, ?, ?, 'NEW', now())")) {
        lock.setString(1, BookingService.doctorDayLockKey(doctor, DAY));
        lock.execute();
        insert.setInt(1, otherPatient);
        insert.setInt(2, doctor);
        insert.setInt(3, chamber);
        insert.setObject(4, DAY.atStartOfDay());
        insert.setString(5, "17:00");
        insert.executeUpdate();
      }
      Future<AppointmentSummary> attempt =
          desk2.submit(() -> booking.book(at(patient, chamber, FIVE)));
      awaitWaitingForTheLock(1);
      web.commit();

      assertThatThrownBy(() -> attempt.get(10, TimeUnit.SECONDS))
          .cause()
          .isInstanceOf(SlotTakenException.class)
          .hasMessageContaining("is held by Abdul Karim")
          .cause()
          .satisfies(
              rule ->
                  assertThat(com.nirnoy.desk.db.DatabaseErrors.constraint(rule))
                      .contains(BookingConflicts.SLOT_RULE));
    } finally {
      desk2.shutdownNow();
    }
  }

  @Test
  void aChamberOfAnotherDoctorIsARuleRefusal() {
    int other = fx.doctor("Karim Uddin", "Cardiology", 800);
    BookingRequest wrong =
        BookingRequest.of(patient, other, chamber, DAY, FIVE, FIVE.plusMinutes(15));

    assertThatThrownBy(() -> booking.book(wrong))
        .isInstanceOf(BookingRuleException.class)
        .extracting(e -> ((BookingRuleException) e).rule())
        .isEqualTo("Appointment_chamber_of_doctor");
  }

  @Test
  void aBookingNamesTheDeskAsBookerAndInTheAuditTrail() {
    AppointmentSummary a = booking.book(at(patient, chamber, FIVE));

    String staffId = String.valueOf(desk.require(com.nirnoy.desk.staff.Permission.FRONT_DESK).id());
    assertThat(
            fx.strings(
                "SELECT \"bookedById\"::text FROM \"DeskBooking\" WHERE \"appointmentId\" = ?",
                a.id()))
        .containsExactly(staffId);
    assertThat(
            fx.strings(
                "SELECT \"actorId\"::text FROM \"AuditLog\" WHERE \"tableName\" = 'Appointment'"
                    + " AND \"rowId\" = ? AND action = 'INSERT'",
                String.valueOf(a.id())))
        .containsExactly(staffId);
    assertThat(a.source()).isEqualTo(BookingSource.DESK);
    assertThat(a.requestId()).isNotNull();
  }

  @Test
  void rescheduleMovesTheAppointmentAndFreesTheOldSlot() {
    AppointmentSummary a = booking.book(at(patient, chamber, FIVE));

    AppointmentSummary moved =
        booking.reschedule(a.id(), chamber, DAY, LocalTime.of(18, 0), LocalTime.of(18, 15));
    AppointmentSummary taker = booking.book(at(otherPatient, chamber, FIVE));

    assertThat(moved.serialNumber()).isEqualTo(5);
    assertThat(moved.startTime()).isEqualTo(LocalTime.of(18, 0));
    assertThat(taker.serialNumber()).isEqualTo(1);
  }

  @Test
  void rescheduleIntoATakenSlotKeepsTheOldOne() {
    AppointmentSummary mine = booking.book(at(patient, chamber, FIVE));
    booking.book(at(otherPatient, chamber, LocalTime.of(18, 0)));

    assertThatThrownBy(
            () ->
                booking.reschedule(
                    mine.id(), chamber, DAY, LocalTime.of(18, 0), LocalTime.of(18, 15)))
        .isInstanceOf(SlotTakenException.class);
    assertThat(booking.find(mine.id()))
        .get()
        .extracting(AppointmentSummary::startTime)
        .isEqualTo(FIVE);
  }

  @Test
  void rescheduleWithinItsOwnTimeIsNotAConflictWithItself() {
    AppointmentSummary a = booking.book(at(patient, chamber, FIVE));

    AppointmentSummary moved =
        booking.reschedule(a.id(), otherChamber, DAY, LocalTime.of(17, 5), LocalTime.of(17, 20));

    assertThat(moved.chamberId()).isEqualTo(otherChamber);
  }

  @Test
  void completedVisitCannotBeCancelled() {
    AppointmentSummary a = booking.book(at(patient, chamber, FIVE));
    fx.forceStatus(a.id(), "COMPLETED");

    assertThatThrownBy(() -> booking.cancel(a.id(), "mistake"))
        .isInstanceOf(InvalidStatusChangeException.class)
        .hasMessage("A completed appointment cannot become cancelled");
  }

  @Test
  void cancellingAMissingAppointmentSaysSo() {
    assertThatThrownBy(() -> booking.cancel(999_999, "x"))
        .isInstanceOf(AppointmentNotFoundException.class);
  }

  @Test
  void aMorningSessionAtTheSamePlaceIsAChamberRowNumberingItsOwnSerials() {
    int morningRow = fx.chamber(doctor, "Popular Diagnostic Centre", "Dhanmondi");
    fx.schedule(morningRow, DayOfWeek.SUNDAY, LocalTime.of(9, 0), LocalTime.of(10, 0), 20, 3);

    AppointmentSummary morning = booking.book(at(patient, morningRow, LocalTime.of(9, 20)));
    AppointmentSummary evening = booking.book(at(otherPatient, chamber, FIVE));

    assertThat(morning.serialNumber()).isEqualTo(2);
    assertThat(evening.serialNumber()).isEqualTo(1);
  }

  @Test
  void anotherClientsOddSerialDoesNotBlockAFreeSlot() {
    fx.execute(
        "INSERT INTO \"Appointment\" (\"patientId\", \"doctorId\", \"chamberId\", date, \"startTime\","
            + " \"serialNumber\", \"visitType\", \"updatedAt\") VALUES (?, ?, ?, ?, '18:00', 1, 'NEW', now())",
        otherPatient,
        doctor,
        chamber,
        DAY.atStartOfDay());

    assertThat(booking.book(at(patient, chamber, FIVE)).serialNumber()).isEqualTo(1);
  }

  @Test
  void reusingARequestIdForAnotherBookingIsRefusedNotSilentlyIgnored() {
    int otherPatient = fx.patient("Nasima Akter", "+8801911000444");
    BookingRequest first = at(patient, chamber, FIVE);
    booking.book(first);
    BookingRequest other =
        new BookingRequest(
            first.requestId(),
            otherPatient,
            null,
            doctor,
            chamber,
            DAY,
            LocalTime.of(18, 0),
            LocalTime.of(18, 15),
            VisitType.NEW,
            BookingSource.DESK,
            null,
            null,
            null);

    assertThatThrownBy(() -> booking.book(other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("already made another booking");
    assertThat(
            fx.count("SELECT count(*) FROM \"Appointment\" WHERE \"patientId\" = ?", otherPatient))
        .isZero();
  }

  @Test
  void aFamilyMemberIsBookedUnderTheAccountHolderWithTheirOwnNameAgeAndSex() {
    var ayesha = new BookingRequest.Visitor("Ayesha Begum", 9, "Female", "+8801711000001");

    AppointmentSummary a = booking.book(at(patient, chamber, FIVE).withVisitor(ayesha));

    assertThat(a.patientId()).isEqualTo(patient);
    assertThat(a.patientName()).isEqualTo("Ayesha Begum");
    assertThat(
            fx.strings(
                "SELECT concat_ws('|', \"patientName\", \"patientAge\", \"patientGender\","
                    + " \"patientPhone\") FROM \"Appointment\" WHERE id = ?",
                a.id()))
        .containsExactly("Ayesha Begum|9|Female|+8801711000001");
  }

  @Test
  void theFeeShownIsTheFeeChargedByTheDatabasesOneRule() {
    fx.execute(
        "UPDATE \"DoctorChamber\" SET \"consultationFee\" = 1200, \"reportCheckFee\" = 300"
            + " WHERE id = ?",
        chamber);

    VisitFees fees = booking.fees(chamber);
    AppointmentSummary report =
        booking.book(at(patient, chamber, FIVE).withType(VisitType.REPORT_CHECK));

    assertThat(fees).isEqualTo(new VisitFees(1200, 500, 300));
    assertThat(report.fee()).isEqualTo(fees.reportCheck());
  }

  @Test
  void aDeskBookingIsConfirmedAtOnceWithItsTimeInThePlatformsColumns() {
    AppointmentSummary a = booking.book(at(patient, chamber, FIVE));

    assertThat(
            fx.strings(
                "SELECT concat_ws('|', status, \"startTime\", \"endTime\", \"date\"::text,"
                    + " \"confirmedAt\" IS NOT NULL, \"clinicId\" IS NULL) FROM \"Appointment\""
                    + " WHERE id = ?",
                a.id()))
        .containsExactly("CONFIRMED|17:00|17:15|2026-12-06 00:00:00|t|t");
  }

  @Test
  void aDoctorWhoTakesNoNewPatientsIsBookedForFollowUpsOnly() {
    fx.execute("UPDATE \"Doctor\" SET \"acceptNewPatients\" = false WHERE id = ?", doctor);

    assertThatThrownBy(() -> booking.book(at(patient, chamber, FIVE)))
        .isInstanceOfSatisfying(
            BookingRuleException.class,
            e -> assertThat(e.rule()).isEqualTo(BookingService.NOT_TAKING_NEW));
    assertThat(booking.book(at(patient, chamber, FIVE).withType(VisitType.FOLLOW_UP)).fee())
        .isEqualTo(500);
  }
}
