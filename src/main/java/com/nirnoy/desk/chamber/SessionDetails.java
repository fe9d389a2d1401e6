package com.nirnoy.desk.chamber;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** A weekly session as the admin's list shows it; {@link #toForm()} edits a copy. */
public record SessionDetails(
    String id,
    String chamberId,
    String chamberName,
    String doctorId,
    DayOfWeek day,
    LocalTime start,
    LocalTime end,
    int slotMinutes,
    int maxSerials,
    boolean active) {

  static SessionDetails of(ChamberSession s, String chamberName) {
    return new SessionDetails(
        s.getId(),
        s.getChamberId(),
        chamberName,
        s.getDoctorId(),
        s.getDayOfWeek(),
        s.getStartTime(),
        s.getEndTime(),
        s.getSlotMinutes(),
        s.getMaxSerials(),
        s.isActive());
  }

  public SessionForm toForm() {
    return new SessionForm(day, start, end, slotMinutes, maxSerials, active);
  }
}
