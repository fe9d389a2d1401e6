package com.nirnoy.desk.schedule;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** A weekly session as the schedule needs it (clinic local times). */
public record SessionInfo(
    String id,
    String chamberId,
    String chamberName,
    DayOfWeek day,
    LocalTime start,
    LocalTime end,
    int slotMinutes,
    int maxSerials) {

  /** How many serials fit: the cap, or fewer when the session is too short for it. */
  public int serialCount() {
    long minutes = java.time.Duration.between(start, end).toMinutes();
    return (int) Math.min(maxSerials, minutes / slotMinutes);
  }

  public LocalTime startOf(int serial) {
    return start.plusMinutes((long) (serial - 1) * slotMinutes);
  }
}
