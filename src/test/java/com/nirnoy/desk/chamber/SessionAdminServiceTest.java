package com.nirnoy.desk.chamber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nirnoy.desk.app.DeskEntities;
import com.nirnoy.desk.booking.AppointmentSummary;
import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.schedule.ScheduleService;
import com.nirnoy.desk.schedule.Slot;
import com.nirnoy.desk.stranded.AffectedAppointment;
import com.nirnoy.desk.stranded.Outcome;
import com.nirnoy.desk.testing.AdminClinic;
import com.nirnoy.desk.testing.TestDatabases;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SessionAdminServiceTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-06T03:00:00Z"), ZoneId.of("Asia/Dhaka"));
  private static final LocalDate NEXT_SUNDAY = LocalDate.of(2026, 12, 13);
  private static final LocalTime FIVE = LocalTime.of(17, 0);
  private static Database db;
  private static AdminClinic clinic;
  private String doctor;
  private String popular;
  private String labaid;

  @BeforeAll
  static void open() {
    db = Database.open(TestDatabases.freshDatabase(), DeskEntities.ALL);
    clinic = new AdminClinic(db, CLOCK);
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @BeforeEach
  void doctorAtTwoChambers() {
    doctor = clinic.fx.doctor("Farhana Rahman", "Gynaecology", 1000);
    popular =
        clinic
            .chambers
            .create(
                doctor,
                new ChamberForm(
                    "Popular Diagnostic Centre",
                    "House 16, Road 2",
                    "Dhanmondi",
                    "Dhaka",
                    "01711-000111",
                    true))
            .id();
    labaid =
        clinic
            .chambers
            .create(
                doctor,
                new ChamberForm("Labaid Hospital", "Road 4", "Dhanmondi", "Dhaka", null, true))
            .id();
  }

  private static SessionForm sunday(LocalTime start, LocalTime end) {
    return new SessionForm(DayOfWeek.SUNDAY, start, end, 15, 8, true);
  }

  @Test
  void anAddedSessionMakesItsSlotsBookableAtTheFrontDesk() {
    clinic.sessions.add(popular, sunday(FIVE, LocalTime.of(19, 0)));

    ScheduleService schedules =
        new ScheduleService(db, new com.nirnoy.desk.booking.AppointmentQueries(db), CLOCK);
    Slot first = schedules.day(doctor, NEXT_SUNDAY).firstFree(popular).orElseThrow();

    assertThat(first.start()).isEqualTo(FIVE);
    assertThat(first.serial()).isEqualTo(1);
    assertThat(clinic.sessions.sessionsOf(doctor)).hasSize(1);
  }

  @Test
  void aDoctorsSessionsOverlappingAtTwoChambersAreRefusedNamingTheOneInTheWay() {
    clinic.sessions.add(popular, sunday(FIVE, LocalTime.of(19, 0)));

    assertThatThrownBy(
            () -> clinic.sessions.add(labaid, sunday(LocalTime.of(18, 30), LocalTime.of(20, 0))))
        .isInstanceOfSatisfying(
            SessionOverlapException.class,
            e ->
                assertThat(e.clash())
                    .get()
                    .extracting(SessionDetails::chamberName)
                    .isEqualTo("Popular Diagnostic Centre"))
        .hasMessage(
            "Not saved: the doctor already sits at Popular Diagnostic Centre on Sunday 17:00-19:00,"
                + " which overlaps. A doctor cannot be at two chambers at once.");
  }

  @Test
  void backToBackSessionsAtTwoChambersAreFine() {
    clinic.sessions.add(popular, sunday(FIVE, LocalTime.of(19, 0)));

    assertThat(
            clinic
                .sessions
                .add(labaid, sunday(LocalTime.of(19, 0), LocalTime.of(21, 0)))
                .chamberName())
        .isEqualTo("Labaid Hospital");
  }

  @Test
  void movingASessionOntoAnotherIsRefusedToo() {
    clinic.sessions.add(popular, sunday(FIVE, LocalTime.of(19, 0)));
    SessionDetails evening =
        clinic.sessions.add(labaid, sunday(LocalTime.of(19, 0), LocalTime.of(21, 0)));

    assertThatThrownBy(
            () ->
                clinic.sessions.update(
                    evening.id(), sunday(LocalTime.of(18, 0), LocalTime.of(21, 0))))
        .isInstanceOf(SessionOverlapException.class);
  }

  @Test
  void shorteningASessionPreviewsThePatientsItStrandsThenMarksThem() {
    SessionDetails s = clinic.sessions.add(popular, sunday(FIVE, LocalTime.of(19, 0)));
    AppointmentSummary early =
        clinic.book(doctor, popular, NEXT_SUNDAY, FIVE, "Rahima Begum", "+8801711000001");
    AppointmentSummary late =
        clinic.book(
            doctor, popular, NEXT_SUNDAY, LocalTime.of(18, 30), "Abdul Karim", "+8801811000002");
    SessionForm shorter = sunday(FIVE, LocalTime.of(18, 0));

    assertThat(clinic.sessions.previewUpdate(s.id(), shorter))
        .extracting(AffectedAppointment::appointmentId)
        .containsExactly(late.id());
    assertThat(clinic.sessions.sessionsOf(doctor).get(0).end()).isEqualTo(LocalTime.of(19, 0));

    Outcome<SessionDetails> saved = clinic.sessions.update(s.id(), shorter);

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
  void loweringASessionsDailyCapStrandsTheSerialsBeyondIt() {
    SessionDetails s = clinic.sessions.add(popular, sunday(FIVE, LocalTime.of(19, 0)));
    AppointmentSummary second =
        clinic.book(
            doctor, popular, NEXT_SUNDAY, LocalTime.of(17, 15), "Rahima Begum", "+8801711000003");
    AppointmentSummary fourth =
        clinic.book(
            doctor, popular, NEXT_SUNDAY, LocalTime.of(17, 45), "Abdul Karim", "+8801811000004");
    SessionForm twoSerials =
        new SessionForm(DayOfWeek.SUNDAY, FIVE, LocalTime.of(19, 0), 15, 2, true);

    Outcome<SessionDetails> saved = clinic.sessions.update(s.id(), twoSerials);

    assertThat(saved.stranded())
        .extracting(AffectedAppointment::appointmentId)
        .containsExactly(fourth.id())
        .doesNotContain(second.id());
  }

  @Test
  void closingAChamberStrandsItsFutureAppointments() {
    clinic.sessions.add(popular, sunday(FIVE, LocalTime.of(19, 0)));
    AppointmentSummary a =
        clinic.book(doctor, popular, NEXT_SUNDAY, FIVE, "Rahima Begum", "+8801711000001");
    ChamberForm closed =
        clinic.chambers.chambersOf(doctor).stream()
            .filter(c -> c.id().equals(popular))
            .findFirst()
            .orElseThrow()
            .toForm();
    ChamberForm shut =
        new ChamberForm(
            closed.name(), closed.address(), closed.area(), closed.city(), closed.phone(), false);

    assertThat(clinic.chambers.update(popular, shut).stranded())
        .extracting(AffectedAppointment::appointmentId)
        .containsExactly(a.id());
  }
}
