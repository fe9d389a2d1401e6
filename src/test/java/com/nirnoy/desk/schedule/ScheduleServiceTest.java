package com.nirnoy.desk.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.nirnoy.desk.app.DeskEntities;
import com.nirnoy.desk.booking.AppointmentQueries;
import com.nirnoy.desk.booking.AppointmentSummary;
import com.nirnoy.desk.booking.BookingRequest;
import com.nirnoy.desk.booking.BookingService;
import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.testing.Fixtures;
import com.nirnoy.desk.testing.TestDatabases;
import com.nirnoy.desk.testing.TestStaff;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScheduleServiceTest {
  /** Sunday 6 December 2026, 17:05 in Dhaka. */
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-06T11:05:00Z"), ZoneId.of("Asia/Dhaka"));

  private static final LocalDate SUNDAY = LocalDate.of(2026, 12, 6);
  private static Database db;
  private static Fixtures fx;
  private static BookingService booking;
  private static ScheduleService schedules;
  private static AppointmentQueries queries;
  private int doctor;
  private int popular;
  private int labaid;
  private int patient;

  @BeforeAll
  static void open() {
    db = Database.open(TestDatabases.freshDatabase(), DeskEntities.ALL);
    fx = new Fixtures(db.dataSource());
    booking = new BookingService(db, CLOCK, TestStaff.receptionist(db));
    queries = new AppointmentQueries(db);
    schedules = new ScheduleService(db, queries, CLOCK);
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @BeforeEach
  void clinic() {
    doctor = fx.doctor("Farhana Rahman", "Gynaecology", 1000);
    popular = fx.chamber(doctor, "Popular Diagnostic Centre", "Dhanmondi");
    labaid = fx.chamber(doctor, "Labaid Hospital", "Gulshan");
    patient = fx.patient("Rahima Begum", "+8801711000001");
    fx.schedule(popular, DayOfWeek.SUNDAY, LocalTime.of(17, 0), LocalTime.of(18, 0), 15, 4);
    fx.schedule(labaid, DayOfWeek.TUESDAY, LocalTime.of(19, 0), LocalTime.of(21, 0), 20, 6);
  }

  @Test
  void weekViewCoversSevenDaysAcrossChambers() {
    List<DaySchedule> week = schedules.week(doctor, SUNDAY);

    assertThat(week).hasSize(7);
    assertThat(week.get(0).sessions())
        .extracting(s -> s.session().chamberName())
        .containsExactly("Popular Diagnostic Centre");
    assertThat(week.get(2).sessions())
        .extracting(s -> s.session().chamberName())
        .containsExactly("Labaid Hospital");
    assertThat(week.get(1).sessions()).isEmpty();
  }

  @Test
  void walkInGetsTheNextFreeSerialToday() {
    booking.book(
        BookingRequest.of(
            patient, doctor, popular, SUNDAY, LocalTime.of(17, 15), LocalTime.of(17, 30)));

    assertThat(schedules.walkIn(doctor, popular)).get().extracting(Slot::serial).isEqualTo(3);
  }

  @Test
  void leaveBlocksTheDay() {
    fx.execute(
        "INSERT INTO \"DoctorLeave\" (\"doctorId\", \"startDate\", \"endDate\", reason) VALUES (?, ?, ?, 'Conference')",
        doctor,
        SUNDAY.plusDays(7),
        SUNDAY.plusDays(9));

    assertThat(schedules.day(doctor, SUNDAY.plusDays(7)).allSlots())
        .extracting(Slot::state)
        .containsOnly(SlotState.LEAVE);
  }

  @Test
  void nextFreeSlotsSkipWhatIsTakenPastOrOnLeave() {
    booking.book(
        BookingRequest.of(
            patient, doctor, popular, SUNDAY, LocalTime.of(17, 15), LocalTime.of(17, 30)));

    List<Slot> free = schedules.nextFree(doctor, null, 4, 14);

    assertThat(free)
        .extracting(Slot::date, Slot::start)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(SUNDAY, LocalTime.of(17, 30)),
            org.assertj.core.groups.Tuple.tuple(SUNDAY, LocalTime.of(17, 45)),
            org.assertj.core.groups.Tuple.tuple(SUNDAY.plusDays(2), LocalTime.of(19, 0)),
            org.assertj.core.groups.Tuple.tuple(SUNDAY.plusDays(2), LocalTime.of(19, 20)));
  }

  @Test
  void chamberDayListShowsEveryDoctorAtThatClinicInSerialOrder() {
    int clinic = fx.clinic("Popular Diagnostic Centre", "Dhanmondi");
    fx.execute("UPDATE \"DoctorChamber\" SET \"clinicId\" = ? WHERE id = ?", clinic, popular);
    int other = fx.doctor("Abul Kalam", "Medicine", 800);
    int otherAtPopular =
        fx.chamber(
            other,
            clinic,
            "Popular Diagnostic Centre",
            "Dhanmondi",
            "Sun",
            LocalTime.of(10, 0),
            LocalTime.of(12, 0),
            15,
            null);
    booking.book(
        BookingRequest.of(
            patient,
            doctor,
            popular,
            SUNDAY.plusDays(14),
            LocalTime.of(17, 30),
            LocalTime.of(17, 45)));
    booking.book(
        BookingRequest.of(
            patient,
            other,
            otherAtPopular,
            SUNDAY.plusDays(14),
            LocalTime.of(10, 0),
            LocalTime.of(10, 15)));
    booking.book(
        BookingRequest.of(
            patient,
            doctor,
            labaid,
            SUNDAY.plusDays(14),
            LocalTime.of(20, 0),
            LocalTime.of(20, 15)));

    List<AppointmentSummary> list = queries.chamberDay(popular, SUNDAY.plusDays(14));

    assertThat(list)
        .extracting(AppointmentSummary::doctorName)
        .containsExactly("Dr. Abul Kalam", "Dr. Farhana Rahman");
  }

  @Test
  void aWebBookingWrittenAtMidnightDhakaTimeIsShownOnItsClinicDay() {
    // a web server on Dhaka time stores the day's midnight through Prisma's UTC: 18:00 the day
    // before
    fx.execute(
        "INSERT INTO \"Appointment\" (\"patientId\", \"doctorId\", \"chamberId\", date, \"startTime\","
            + " \"visitType\", \"updatedAt\") VALUES (?, ?, ?, ?, '17:15', 'NEW', now())",
        patient,
        doctor,
        popular,
        SUNDAY.minusDays(1).atTime(18, 0));

    DaySchedule day = schedules.day(doctor, SUNDAY);

    assertThat(day.allSlots())
        .filteredOn(s -> s.state() == SlotState.BOOKED)
        .extracting(Slot::start, Slot::serial, Slot::end)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(LocalTime.of(17, 15), 2, LocalTime.of(17, 30)));
    assertThat(schedules.day(doctor, SUNDAY.minusDays(1)).allSlots())
        .noneMatch(s -> s.state() == SlotState.BOOKED);
  }
}
