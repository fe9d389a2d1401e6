package com.nirnoy.desk.chamber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nirnoy.desk.booking.AppointmentQueries;
import com.nirnoy.desk.booking.AppointmentSummary;
import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.schedule.ScheduleService;
import com.nirnoy.desk.schedule.Slot;
import com.nirnoy.desk.stranded.AffectedAppointment;
import com.nirnoy.desk.stranded.Outcome;
import com.nirnoy.desk.testing.AdminClinic;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A chamber row is one weekly session (decision 0023): the admin edits its days, hours, serials and
 * fees; the service keeps a doctor's sessions apart and strands what no longer fits.
 */
class ChamberAdminServiceTest {
  /** Sunday 6 December 2026, 09:00 in Dhaka. */
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-06T03:00:00Z"), ZoneId.of("Asia/Dhaka"));

  private static final LocalDate NEXT_SUNDAY = LocalDate.of(2026, 12, 13);
  private static final LocalDate NEXT_MONDAY = LocalDate.of(2026, 12, 14);
  private static final LocalTime FIVE = LocalTime.of(17, 0);
  private static final LocalTime SEVEN = LocalTime.of(19, 0);
  private static final Set<DayOfWeek> SUNDAY = Set.of(DayOfWeek.SUNDAY);
  private static Database db;
  private static AdminClinic clinic;
  private int doctor;

  @BeforeAll
  static void open() {
    // as a desk login: the database's policies judge every admin step
    clinic = AdminClinic.onDeskLogin(CLOCK);
    db = clinic.db;
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @BeforeEach
  void aDoctor() {
    doctor = clinic.fx.doctor("Farhana Rahman", "Gynaecology", 1000);
  }

  private static ChamberForm at(
      String name, Set<DayOfWeek> days, LocalTime start, LocalTime end, Integer max) {
    return new ChamberForm(
        name,
        "House 16, Road 2",
        "Dhanmondi",
        "Dhaka",
        "01711-000111",
        null,
        new SessionForm(days, start, end, 15, max),
        ChamberFees.NONE,
        true);
  }

  private ChamberDetails popular(Set<DayOfWeek> days, LocalTime start, LocalTime end) {
    return clinic.chambers.create(doctor, at("Popular Diagnostic Centre", days, start, end, 8));
  }

  private ChamberDetails labaid(Set<DayOfWeek> days, LocalTime start, LocalTime end) {
    return clinic.chambers.create(doctor, at("Labaid Hospital", days, start, end, 8));
  }

  @Test
  void anAddedChamberMakesItsSessionsSlotsBookableAtTheFrontDesk() {
    ChamberDetails c = popular(SUNDAY, FIVE, SEVEN);

    ScheduleService schedules = new ScheduleService(db, new AppointmentQueries(db), CLOCK);
    Slot first = schedules.day(doctor, NEXT_SUNDAY).firstFree(c.id()).orElseThrow();

    assertThat(first.start()).isEqualTo(FIVE);
    assertThat(first.serial()).isEqualTo(1);
    assertThat(clinic.chambers.sessionsOf(doctor))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.day()).isEqualTo(DayOfWeek.SUNDAY);
              assertThat(s.maxPatients()).isEqualTo(8);
            });
    assertThat(schedules.day(doctor, NEXT_MONDAY).firstFree(c.id())).isEmpty();
  }

  @Test
  void severalDaysAtOnceAreOneChamberSittingOnEachOfThem() {
    ChamberDetails c =
        popular(Set.of(DayOfWeek.SATURDAY, DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), FIVE, SEVEN);

    assertThat(c.daysOfWeek()).isEqualTo("Sat,Mon,Wed");
    assertThat(
            clinic.fx.strings("SELECT \"daysOfWeek\" FROM \"DoctorChamber\" WHERE id = ?", c.id()))
        .containsExactly("Sat,Mon,Wed");
    assertThat(clinic.chambers.sessionsOf(doctor))
        .extracting(SessionDetails::day)
        .containsExactly(DayOfWeek.SATURDAY, DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY);
  }

  @Test
  void aSecondSessionOnADayIsAnotherChamberAtTheSamePlace() {
    ChamberDetails morning = popular(SUNDAY, LocalTime.of(9, 0), LocalTime.of(11, 0));
    ChamberDetails evening = popular(SUNDAY, FIVE, SEVEN);

    ScheduleService schedules = new ScheduleService(db, new AppointmentQueries(db), CLOCK);
    assertThat(schedules.day(doctor, NEXT_SUNDAY).firstFree(morning.id()).orElseThrow().start())
        .isEqualTo(LocalTime.of(9, 0));
    assertThat(schedules.day(doctor, NEXT_SUNDAY).firstFree(evening.id()).orElseThrow().start())
        .isEqualTo(FIVE);
    assertThat(clinic.chambers.chambersOf(doctor)).hasSize(2);
  }

  @Test
  void aDoctorsSessionsOverlappingAtTwoChambersAreRefusedNamingTheOneInTheWay() {
    popular(SUNDAY, FIVE, SEVEN);

    assertThatThrownBy(() -> labaid(SUNDAY, LocalTime.of(18, 30), LocalTime.of(20, 0)))
        .isInstanceOfSatisfying(
            SessionOverlapException.class,
            e -> {
              assertThat(e.rule()).isEqualTo(SessionOverlapException.RULE);
              assertThat(e.clash())
                  .get()
                  .extracting(SessionDetails::chamberName)
                  .isEqualTo("Popular Diagnostic Centre");
            })
        .hasMessage(
            "Not saved: the doctor already sits at Popular Diagnostic Centre on Sunday 17:00-19:00,"
                + " which overlaps. A doctor cannot be at two chambers at once.");
    assertThat(clinic.chambers.chambersOf(doctor)).hasSize(1);
  }

  @Test
  void anOverlapOnOneOfSeveralDaysIsRefusedNamingThatDay() {
    popular(Set.of(DayOfWeek.TUESDAY), FIVE, SEVEN);

    assertThatThrownBy(
            () ->
                labaid(
                    Set.of(DayOfWeek.SUNDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
                    LocalTime.of(18, 0),
                    LocalTime.of(18, 30)))
        .isInstanceOfSatisfying(
            SessionOverlapException.class,
            e -> assertThat(e.clash().orElseThrow().day()).isEqualTo(DayOfWeek.TUESDAY));
    assertThat(clinic.chambers.chambersOf(doctor)).hasSize(1);
  }

  @Test
  void theSameHoursOnOtherDaysAreFine() {
    popular(SUNDAY, FIVE, SEVEN);

    ChamberDetails monday = labaid(Set.of(DayOfWeek.MONDAY), FIVE, SEVEN);

    assertThat(monday.name()).isEqualTo("Labaid Hospital");
    assertThat(clinic.chambers.sessionsOf(doctor))
        .extracting(SessionDetails::day)
        .containsExactly(DayOfWeek.SUNDAY, DayOfWeek.MONDAY);
  }

  @Test
  void backToBackSessionsAtTwoChambersAreFine() {
    popular(SUNDAY, FIVE, SEVEN);

    assertThat(labaid(SUNDAY, SEVEN, LocalTime.of(21, 0)).name()).isEqualTo("Labaid Hospital");
  }

  @Test
  void aClosedChamberDoesNotBlockTheHoursAndAnotherDoctorNeverDoes() {
    ChamberDetails closed = popular(SUNDAY, FIVE, SEVEN);
    clinic.chambers.update(closed.id(), closed.toForm().withActive(false));
    int other = clinic.fx.doctor("Abdul Karim", "Medicine", 700);
    clinic.chambers.create(other, at("Ibn Sina", SUNDAY, FIVE, SEVEN, null));

    assertThat(labaid(SUNDAY, FIVE, SEVEN).active()).isTrue();
  }

  @Test
  void movingASessionOntoAnotherIsRefusedToo() {
    popular(SUNDAY, FIVE, SEVEN);
    ChamberDetails evening = labaid(SUNDAY, SEVEN, LocalTime.of(21, 0));
    ChamberForm earlier =
        evening
            .toForm()
            .withSchedule(new SessionForm(SUNDAY, LocalTime.of(18, 0), LocalTime.of(21, 0), 15, 8));

    assertThatThrownBy(() -> clinic.chambers.previewUpdate(evening.id(), earlier))
        .isInstanceOf(SessionOverlapException.class);
    assertThatThrownBy(() -> clinic.chambers.update(evening.id(), earlier))
        .isInstanceOf(SessionOverlapException.class);
    assertThat(clinic.chambers.chambersOf(doctor))
        .filteredOn(c -> c.id() == evening.id())
        .singleElement()
        .extracting(ChamberDetails::start)
        .isEqualTo(SEVEN);
  }

  @Test
  void aSessionCommittedByAnotherAdminWhileThisOneWaitsForTheDoctorIsSeen() throws Exception {
    try (Connection other = clinic.fx.dataSource().getConnection()) {
      other.setAutoCommit(false);
      try (PreparedStatement lock =
              other.prepareStatement("SELECT id FROM \"Doctor\" WHERE id = ? FOR UPDATE");
          PreparedStatement insert =
              other.prepareStatement(
                  "INSERT INTO \"DoctorChamber\" (\"doctorId\", name, address, area, \"daysOfWeek\","
                      + " \"startTime\", \"endTime\", \"updatedAt\")"
                      + " VALUES (?, 'Square Hospital', 'Panthapath', 'Dhanmondi', 'Sun', '17:00',"
                      + " '19:00', now())")) {
        lock.setInt(1, doctor);
        lock.executeQuery().close();
        insert.setInt(1, doctor);
        insert.executeUpdate();
        CompletableFuture<ChamberDetails> mine =
            CompletableFuture.supplyAsync(() -> labaid(SUNDAY, LocalTime.of(18, 0), SEVEN));
        waitUntilALockIsAwaited();
        assertThat(mine).isNotDone();
        other.commit();

        assertThat(catchCause(mine))
            .isInstanceOfSatisfying(
                SessionOverlapException.class,
                e ->
                    assertThat(e.clash().orElseThrow().chamberName()).isEqualTo("Square Hospital"));
      }
    }
  }

  private static Throwable catchCause(CompletableFuture<?> f) throws Exception {
    try {
      f.get(30, TimeUnit.SECONDS);
      return null;
    } catch (java.util.concurrent.ExecutionException e) {
      return e.getCause();
    }
  }

  private static void waitUntilALockIsAwaited() throws InterruptedException {
    for (int i = 0; i < 300; i++) {
      if (clinic.fx.count(
              "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                  + " AND wait_event_type = 'Lock'")
          > 0) {
        return;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the admin's save never waited for the doctor's row");
  }

  @Test
  void shorteningTheHoursPreviewsThePatientsItStrandsThenMarksThem() {
    ChamberDetails c = popular(SUNDAY, FIVE, SEVEN);
    AppointmentSummary early =
        clinic.book(doctor, c.id(), NEXT_SUNDAY, FIVE, "Rahima Begum", "+8801711000001");
    AppointmentSummary late =
        clinic.book(
            doctor, c.id(), NEXT_SUNDAY, LocalTime.of(18, 30), "Abdul Karim", "+8801811000002");
    ChamberForm shorter =
        c.toForm().withSchedule(new SessionForm(SUNDAY, FIVE, LocalTime.of(18, 0), 15, 8));

    assertThat(clinic.chambers.previewUpdate(c.id(), shorter))
        .extracting(AffectedAppointment::appointmentId)
        .containsExactly(late.id());
    assertThat(clinic.chambers.sessionsOf(doctor).get(0).end()).isEqualTo(SEVEN);

    Outcome<ChamberDetails> saved = clinic.chambers.update(c.id(), shorter);

    assertThat(saved.saved().end()).isEqualTo(LocalTime.of(18, 0));
    assertThat(saved.stranded())
        .extracting(AffectedAppointment::appointmentId)
        .containsExactly(late.id());
    assertThat(clinic.stranded.toCall())
        .extracting(AffectedAppointment::appointmentId)
        .contains(late.id())
        .doesNotContain(early.id());
  }

  @Test
  void loweringTheDailyCapStrandsTheSerialsBeyondIt() {
    ChamberDetails c = popular(SUNDAY, FIVE, SEVEN);
    AppointmentSummary second =
        clinic.book(
            doctor, c.id(), NEXT_SUNDAY, LocalTime.of(17, 15), "Rahima Begum", "+8801711000003");
    AppointmentSummary fourth =
        clinic.book(
            doctor, c.id(), NEXT_SUNDAY, LocalTime.of(17, 45), "Abdul Karim", "+8801811000004");
    ChamberForm twoSerials = c.toForm().withSchedule(new SessionForm(SUNDAY, FIVE, SEVEN, 15, 2));

    Outcome<ChamberDetails> saved = clinic.chambers.update(c.id(), twoSerials);

    assertThat(saved.stranded())
        .extracting(AffectedAppointment::appointmentId)
        .containsExactly(fourth.id())
        .doesNotContain(second.id());
  }

  @Test
  void droppingAWeekdayStrandsTheAppointmentsOnThatDayOnly() {
    ChamberDetails c = popular(Set.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY), FIVE, SEVEN);
    AppointmentSummary sunday =
        clinic.book(doctor, c.id(), NEXT_SUNDAY, FIVE, "Rahima Begum", "+8801711000005");
    AppointmentSummary monday =
        clinic.book(doctor, c.id(), NEXT_MONDAY, FIVE, "Abdul Karim", "+8801811000006");
    ChamberForm mondaysOnly =
        c.toForm().withSchedule(c.schedule().withDays(Set.of(DayOfWeek.MONDAY)));

    Outcome<ChamberDetails> saved = clinic.chambers.update(c.id(), mondaysOnly);

    assertThat(saved.saved().daysOfWeek()).isEqualTo("Mon");
    assertThat(saved.stranded())
        .extracting(AffectedAppointment::appointmentId)
        .containsExactly(sunday.id())
        .doesNotContain(monday.id());
    assertThat(saved.stranded().get(0).date()).isEqualTo(NEXT_SUNDAY);
  }

  @Test
  void closingAChamberStrandsItsFutureAppointments() {
    ChamberDetails c = popular(SUNDAY, FIVE, SEVEN);
    AppointmentSummary a =
        clinic.book(doctor, c.id(), NEXT_SUNDAY, FIVE, "Rahima Begum", "+8801711000001");

    Outcome<ChamberDetails> saved = clinic.chambers.update(c.id(), c.toForm().withActive(false));

    assertThat(saved.stranded())
        .extracting(AffectedAppointment::appointmentId)
        .containsExactly(a.id());
    assertThat(clinic.stranded.toCall())
        .filteredOn(x -> x.appointmentId() == a.id())
        .singleElement()
        .extracting(AffectedAppointment::reason)
        .isEqualTo("The chamber is closed for this doctor");
  }

  @Test
  void feeOverridesAndTheClinicAreSavedAndWinOverTheDoctorsFees() {
    int square = clinic.fx.clinic("Square Hospital", "Panthapath");
    ChamberForm inSquare =
        new ChamberForm(
            "Square Hospital",
            "18/F Bir Uttam Qazi Nuruzzaman Sarak",
            "Panthapath",
            "Dhaka",
            null,
            square,
            new SessionForm(SUNDAY, FIVE, SEVEN, 20, null),
            new ChamberFees(1500, 900, null),
            true);

    ChamberDetails c = clinic.chambers.create(doctor, inSquare);

    assertThat(c.clinicId()).isEqualTo(square);
    assertThat(c.clinicName()).isEqualTo("Square Hospital");
    assertThat(c.fees()).isEqualTo(new ChamberFees(1500, 900, null));
    assertThat(clinic.chambers.chambersOf(doctor).get(0).fees())
        .isEqualTo(new ChamberFees(1500, 900, null));
    assertThat(visitFee(c.id(), "NEW")).isEqualTo(1500);
    assertThat(visitFee(c.id(), "FOLLOW_UP")).isEqualTo(900);
    assertThat(visitFee(c.id(), "REPORT_CHECK")).as("30% of the chamber's fee").isEqualTo(450);

    ChamberDetails cleared =
        clinic.chambers.update(c.id(), c.toForm().withFees(ChamberFees.NONE)).saved();

    assertThat(cleared.fees()).isEqualTo(ChamberFees.NONE);
    assertThat(visitFee(c.id(), "NEW")).as("the doctor's fee again").isEqualTo(1000);
    assertThat(clinic.chambers.clinics()).extracting(ClinicChoice::id).contains(square);
  }

  private static long visitFee(int chamberId, String type) {
    return clinic.fx.count("SELECT nirnoy_visit_fee(?, ?)", chamberId, type);
  }

  @Test
  void aFormWithoutDaysOrWithBadHoursIsRefusedBeforeAnythingIsSaved() {
    assertThatThrownBy(
            () -> clinic.chambers.create(doctor, at("Popular", Set.of(), SEVEN, FIVE, 0)))
        .isInstanceOfSatisfying(
            com.nirnoy.desk.rules.InvalidFormException.class,
            e -> assertThat(e.problems()).containsKeys("days", "end", "maxPatients"));
    assertThat(clinic.chambers.chambersOf(doctor)).isEmpty();
  }
}
