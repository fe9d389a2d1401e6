package com.nirnoy.desk.chamber;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A weekly session as the admin's form holds it: e.g. Sunday 17:00-21:00, 15-minute serials, at
 * most 16 a day.
 */
public record SessionForm(
    DayOfWeek day,
    LocalTime start,
    LocalTime end,
    int slotMinutes,
    int maxSerials,
    boolean active) {
  static final int MIN_SLOT = 1;
  static final int MAX_SLOT = 240;
  static final int MAX_SERIALS = 500;

  /** The same session on another day of the week. */
  public SessionForm on(DayOfWeek other) {
    return new SessionForm(other, start, end, slotMinutes, maxSerials, active);
  }

  /** Field to message; empty when the form can be saved. */
  public Map<String, String> problems() {
    Map<String, String> p = new LinkedHashMap<>();
    if (day == null) {
      p.put("day", "Choose the day of the week");
    }
    if (start == null) {
      p.put("start", "Enter the start time, e.g. 17:00");
    }
    if (end == null || start != null && !end.isAfter(start)) {
      p.put("end", "Enter an end time after the start, e.g. 21:00");
    }
    if (slotMinutes < MIN_SLOT || slotMinutes > MAX_SLOT) {
      p.put("slotMinutes", "A slot is " + MIN_SLOT + " to " + MAX_SLOT + " minutes");
    } else if (start != null && end != null && end.isAfter(start) && slots() < 1) {
      p.put("slotMinutes", "The session is shorter than one slot");
    }
    if (maxSerials < 1 || maxSerials > MAX_SERIALS) {
      p.put("maxSerials", "Serials per day are 1 to " + MAX_SERIALS);
    }
    return p;
  }

  /** How many slots fit between start and end. */
  public long slots() {
    return Duration.between(start, end).toMinutes() / slotMinutes;
  }
}
