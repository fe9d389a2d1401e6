package com.nirnoy.desk.chamber;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Leave as the admin's form holds it: whole days from {@code startDate} to {@code endDate}, or part
 * of each of those days when both times are set.
 */
public record LeaveForm(
    LocalDate startDate, LocalDate endDate, LocalTime startTime, LocalTime endTime, String reason) {

  /** Field to message; empty when the form can be saved. */
  public Map<String, String> problems(LocalDate today) {
    Map<String, String> p = new LinkedHashMap<>();
    if (startDate == null) {
      p.put("startDate", "Choose the first day of leave");
    } else if (startDate.isBefore(today)) {
      p.put("startDate", "Leave starts today or later");
    }
    if (endDate == null || startDate != null && endDate.isBefore(startDate)) {
      p.put("endDate", "Choose the last day (the same as the first for one day)");
    }
    if ((startTime == null) != (endTime == null)) {
      p.put(
          startTime == null ? "startTime" : "endTime",
          "Give both times, or neither for whole days");
    } else if (startTime != null && !endTime.isAfter(startTime)) {
      p.put("endTime", "The end time must be after the start time");
    }
    if (reason != null && reason.length() > 200) {
      p.put("reason", "At most 200 letters");
    }
    return p;
  }

  public boolean wholeDays() {
    return startTime == null;
  }

  static String clean(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
