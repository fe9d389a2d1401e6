package com.nirnoy.desk.schedule;

import com.nirnoy.desk.chamber.SerialNumbering;
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

  public SerialNumbering.Grid grid() {
    return new SerialNumbering.Grid(start, end, slotMinutes, maxSerials);
  }
}
