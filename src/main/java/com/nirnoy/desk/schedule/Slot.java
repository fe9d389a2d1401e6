package com.nirnoy.desk.schedule;

import com.nirnoy.desk.booking.AppointmentSummary;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One serial of a session on a date: its estimated time and state.
 *
 * @param serial the serial number, or 0 for an appointment off the session grid (booked online at
 *     an odd time, or outside any session)
 * @param appointment the appointment holding it, when {@link SlotState#BOOKED}
 */
public record Slot(
    int doctorId,
    int chamberId,
    String chamberName,
    LocalDate date,
    LocalTime start,
    LocalTime end,
    int serial,
    SlotState state,
    AppointmentSummary appointment) {

  public boolean isFree() {
    return state == SlotState.FREE;
  }

  boolean overlaps(LocalTime otherStart, LocalTime otherEnd) {
    return start.isBefore(otherEnd) && end.isAfter(otherStart);
  }
}
