package com.nirnoy.desk.schedule;

import com.nirnoy.desk.chamber.SerialNumbering;
import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * A chamber's weekly session on one weekday as the schedule needs it (clinic local times): one
 * platform chamber row sits on each of its days (docs/decisions/0023).
 */
public record SessionInfo(
    int chamberId,
    String chamberName,
    DayOfWeek day,
    LocalTime start,
    LocalTime end,
    int slotMinutes,
    int maxSerials) {

  public SerialNumbering.Grid grid() {
    return new SerialNumbering.Grid(start, end, slotMinutes, maxSerials);
  }
}
