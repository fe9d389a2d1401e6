package com.nirnoy.desk.chamber;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/**
 * A chamber's weekly session on one weekday, as lists show it (a chamber row sits on each of its
 * days) and as an overlap refusal names the session in the way.
 *
 * @param maxPatients null: as many as the hours hold
 */
public record SessionDetails(
    int chamberId,
    String chamberName,
    int doctorId,
    DayOfWeek day,
    LocalTime start,
    LocalTime end,
    int slotMinutes,
    Integer maxPatients,
    boolean active) {

  /** The chamber's session on each of its days, in Bangladesh's week order. */
  static List<SessionDetails> of(DoctorChamber c) {
    return WeeklyDays.WEEK.stream()
        .filter(WeeklyDays.parse(c.getDaysOfWeek())::contains)
        .map(d -> on(c, d))
        .toList();
  }

  static SessionDetails on(DoctorChamber c, DayOfWeek day) {
    return new SessionDetails(
        c.getId(),
        c.getName(),
        c.getDoctor().getId(),
        day,
        c.getStartTime(),
        c.getEndTime(),
        c.getSlotDuration(),
        c.getMaxPatients(),
        c.isActive());
  }
}
