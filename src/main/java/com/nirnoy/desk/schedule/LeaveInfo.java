package com.nirnoy.desk.schedule;

import java.time.LocalDate;
import java.time.LocalTime;

/** A doctor's leave: whole days, or part of each day when both times are set. */
public record LeaveInfo(
    LocalDate startDate, LocalDate endDate, LocalTime startTime, LocalTime endTime, String reason) {

  /** True when this leave covers {@code date} between {@code start} and {@code end}. */
  public boolean covers(LocalDate date, LocalTime start, LocalTime end) {
    if (date.isBefore(startDate) || date.isAfter(endDate)) {
      return false;
    }
    return startTime == null || (start.isBefore(endTime) && end.isAfter(startTime));
  }
}
