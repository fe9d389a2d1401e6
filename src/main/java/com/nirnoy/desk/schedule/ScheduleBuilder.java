package com.nirnoy.desk.schedule;

import com.nirnoy.desk.booking.AppointmentStatus;
import com.nirnoy.desk.booking.AppointmentSummary;
import com.nirnoy.desk.chamber.SerialNumbering;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds a doctor's day from weekly sessions, leave and appointments: pure logic, no database. A
 * slot is BOOKED when a live appointment holds its chamber and start; otherwise LEAVE, PAST or
 * OVERLAP (an off-grid appointment covers it) before FREE.
 */
public final class ScheduleBuilder {
  private ScheduleBuilder() {}

  /**
   * @param appointments the doctor's appointments on {@code date} (cancelled ones are ignored)
   * @param now the clinic's current local date-time: slots starting before it are past
   */
  public static DaySchedule day(
      int doctorId,
      LocalDate date,
      List<SessionInfo> sessions,
      List<LeaveInfo> leaves,
      List<AppointmentSummary> appointments,
      LocalDateTime now) {
    List<AppointmentSummary> live =
        appointments.stream()
            .filter(a -> a.date().equals(date) && a.status() != AppointmentStatus.CANCELLED)
            .toList();
    Set<AppointmentSummary> placed = new HashSet<>();
    List<SessionDay> days = new ArrayList<>();
    List<SessionInfo> today =
        sessions.stream()
            .filter(s -> s.day() == date.getDayOfWeek())
            .sorted(Comparator.comparing(SessionInfo::start))
            .toList();
    for (SessionInfo s : today) {
      List<SerialNumbering.Grid> atChamber =
          today.stream()
              .filter(o -> o.chamberId() == s.chamberId())
              .map(SessionInfo::grid)
              .toList();
      int first = SerialNumbering.firstSerial(atChamber, s.grid());
      List<Slot> slots = new ArrayList<>();
      for (int position = 1; position <= s.grid().serialCount(); position++) {
        int serial = first + position - 1;
        LocalTime start = s.grid().startOf(position);
        LocalTime end = start.plusMinutes(s.slotMinutes());
        AppointmentSummary holder = holderOf(live, s.chamberId(), start);
        if (holder != null) {
          placed.add(holder);
        }
        slots.add(
            new Slot(
                doctorId,
                s.chamberId(),
                s.chamberName(),
                date,
                start,
                end,
                serial,
                stateOf(holder, date, start, end, leaves, now),
                holder));
      }
      days.add(new SessionDay(s, date, slots));
    }
    List<Slot> offGrid =
        live.stream()
            .filter(a -> !placed.contains(a))
            .map(
                a ->
                    new Slot(
                        doctorId,
                        a.chamberId(),
                        a.chamberName(),
                        date,
                        a.startTime(),
                        a.endTime(),
                        0,
                        SlotState.BOOKED,
                        a))
            .toList();
    return new DaySchedule(doctorId, date, markOverlaps(days, offGrid), offGrid);
  }

  private static AppointmentSummary holderOf(
      List<AppointmentSummary> live, int chamberId, LocalTime start) {
    return live.stream()
        .filter(a -> a.chamberId() == chamberId && a.startTime().equals(start))
        .findFirst()
        .orElse(null);
  }

  private static SlotState stateOf(
      AppointmentSummary holder,
      LocalDate date,
      LocalTime start,
      LocalTime end,
      List<LeaveInfo> leaves,
      LocalDateTime now) {
    if (holder != null) {
      return SlotState.BOOKED;
    }
    if (leaves.stream().anyMatch(l -> l.covers(date, start, end))) {
      return SlotState.LEAVE;
    }
    return date.atTime(start).isBefore(now) ? SlotState.PAST : SlotState.FREE;
  }

  /** A free grid slot that an off-grid appointment (or another chamber's booking) overlaps. */
  private static List<SessionDay> markOverlaps(List<SessionDay> days, List<Slot> offGrid) {
    List<Slot> held = new ArrayList<>(offGrid);
    days.forEach(
        d -> d.slots().stream().filter(s -> s.state() == SlotState.BOOKED).forEach(held::add));
    return days.stream()
        .map(
            d ->
                new SessionDay(
                    d.session(),
                    d.date(),
                    d.slots().stream()
                        .map(
                            s ->
                                s.isFree()
                                        && held.stream()
                                            .anyMatch(h -> h.overlaps(s.start(), s.end()))
                                    ? new Slot(
                                        s.doctorId(),
                                        s.chamberId(),
                                        s.chamberName(),
                                        s.date(),
                                        s.start(),
                                        s.end(),
                                        s.serial(),
                                        SlotState.OVERLAP,
                                        null)
                                    : s)
                        .toList()))
        .toList();
  }
}
