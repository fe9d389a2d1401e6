package com.nirnoy.desk.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.nirnoy.desk.booking.AppointmentStatus;
import com.nirnoy.desk.booking.AppointmentSummary;
import com.nirnoy.desk.booking.BookingSource;
import com.nirnoy.desk.booking.VisitType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Schedule building without a database: sessions, serials, leave, past slots, off-grid bookings.
 */
class ScheduleBuilderTest {
  private static final LocalDate SUNDAY = LocalDate.of(2026, 12, 6);
  private static final LocalDateTime MORNING = SUNDAY.atTime(9, 0);
  private static final SessionInfo POPULAR =
      new SessionInfo(
          1,
          "Popular Diagnostic Centre",
          DayOfWeek.SUNDAY,
          LocalTime.of(17, 0),
          LocalTime.of(18, 0),
          15,
          4);
  private static final SessionInfo LABAID =
      new SessionInfo(
          2, "Labaid Hospital", DayOfWeek.SUNDAY, LocalTime.of(19, 0), LocalTime.of(20, 0), 20, 10);

  private static AppointmentSummary booked(
      int chamberId, String start, int minutes, AppointmentStatus status) {
    LocalTime t = LocalTime.parse(start);
    return new AppointmentSummary(
        chamberId * 10_000 + t.toSecondOfDay() / 60,
        null,
        1,
        "Rahima Begum",
        1,
        "Dr. Farhana Rahman",
        null,
        chamberId,
        "x",
        null,
        SUNDAY,
        t,
        t.plusMinutes(minutes),
        null,
        status,
        VisitType.NEW,
        BookingSource.DESK,
        10);
  }

  private static DaySchedule build(
      List<LeaveInfo> leaves, List<AppointmentSummary> appointments, LocalDateTime now) {
    return ScheduleBuilder.day(1, SUNDAY, List.of(LABAID, POPULAR), leaves, appointments, now);
  }

  @Test
  void sessionsBecomeSerialsWithTheirEstimatedTimesInTimeOrder() {
    DaySchedule day = build(List.of(), List.of(), MORNING);

    assertThat(day.sessions())
        .extracting(s -> s.session().chamberName())
        .containsExactly("Popular Diagnostic Centre", "Labaid Hospital");
    assertThat(day.sessions().get(0).slots()).extracting(Slot::serial).containsExactly(1, 2, 3, 4);
    assertThat(day.sessions().get(0).slots())
        .extracting(Slot::start)
        .containsExactly(
            LocalTime.of(17, 0), LocalTime.of(17, 15), LocalTime.of(17, 30), LocalTime.of(17, 45));
    assertThat(day.sessions().get(1).slots())
        .as("a 60-minute session of 20-minute slots holds 3, not the cap of 10")
        .hasSize(3);
  }

  @Test
  void aSessionOnAnotherWeekdayDoesNotAppear() {
    DaySchedule monday =
        ScheduleBuilder.day(1, SUNDAY.plusDays(1), List.of(POPULAR), List.of(), List.of(), MORNING);

    assertThat(monday.sessions()).isEmpty();
  }

  @Test
  void bookedSlotsShowTheirPatientAndCancelledOnesAreFreeAgain() {
    DaySchedule day =
        build(
            List.of(),
            List.of(
                booked(1, "17:15", 15, AppointmentStatus.CHECKED_IN),
                booked(1, "17:30", 15, AppointmentStatus.CANCELLED)),
            MORNING);
    List<Slot> slots = day.sessions().get(0).slots();

    assertThat(slots.get(1).state()).isEqualTo(SlotState.BOOKED);
    assertThat(slots.get(1).appointment().patientName()).isEqualTo("Rahima Begum");
    assertThat(slots.get(1).appointment().status()).isEqualTo(AppointmentStatus.CHECKED_IN);
    assertThat(slots.get(2).state()).isEqualTo(SlotState.FREE);
    assertThat(day.sessions().get(0).serialsLeft()).isEqualTo(3);
  }

  @Test
  void slotsThatHaveStartedArePast() {
    DaySchedule day = build(List.of(), List.of(), SUNDAY.atTime(17, 20));

    assertThat(day.sessions().get(0).slots())
        .extracting(Slot::state)
        .containsExactly(SlotState.PAST, SlotState.PAST, SlotState.FREE, SlotState.FREE);
  }

  @Test
  void wholeDayLeaveBlocksEverySlot() {
    DaySchedule day =
        build(
            List.of(new LeaveInfo(SUNDAY.minusDays(2), SUNDAY, null, null, "Conference")),
            List.of(),
            MORNING);

    assertThat(day.allSlots()).extracting(Slot::state).containsOnly(SlotState.LEAVE);
  }

  @Test
  void partDayLeaveBlocksOnlyTheSlotsItOverlaps() {
    DaySchedule day =
        build(
            List.of(
                new LeaveInfo(
                    SUNDAY, SUNDAY, LocalTime.of(17, 20), LocalTime.of(19, 0), "Surgery")),
            List.of(),
            MORNING);

    assertThat(day.sessions().get(0).slots())
        .extracting(Slot::state)
        .containsExactly(SlotState.FREE, SlotState.LEAVE, SlotState.LEAVE, SlotState.LEAVE);
    assertThat(day.sessions().get(1).slots()).extracting(Slot::state).containsOnly(SlotState.FREE);
  }

  @Test
  void offGridBookingIsShownAndBlocksTheSlotsItOverlaps() {
    DaySchedule day =
        build(List.of(), List.of(booked(9, "17:10", 15, AppointmentStatus.CONFIRMED)), MORNING);

    assertThat(day.offGrid()).hasSize(1);
    assertThat(day.sessions().get(0).slots())
        .extracting(Slot::state)
        .containsExactly(SlotState.OVERLAP, SlotState.OVERLAP, SlotState.FREE, SlotState.FREE);
    assertThat(day.allSlots()).hasSize(8);
  }

  @Test
  void walkInGetsTheFirstFreeSerialAtThatChamber() {
    DaySchedule day =
        build(
            List.of(),
            List.of(booked(1, "17:15", 15, AppointmentStatus.CONFIRMED)),
            SUNDAY.atTime(17, 10));

    assertThat(day.firstFree(1)).get().extracting(Slot::serial).isEqualTo(3);
    assertThat(day.firstFree(2)).get().extracting(Slot::serial).isEqualTo(1);
    assertThat(day.firstFree(99)).isEmpty();
  }
}
