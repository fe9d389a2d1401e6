package com.nirnoy.desk.chamber;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A chamber's weekly session as the admin's form holds it (the chamber row's schedule, decision
 * 0023): the weekdays it sits ("several days at once" = several days here), e.g. 17:00-21:00,
 * 15-minute serials, at most 16 a day. A second session on one day is another chamber row at the
 * same place.
 *
 * @param maxPatients null: as many as the hours hold
 */
public record SessionForm(
    Set<DayOfWeek> days, LocalTime start, LocalTime end, int slotMinutes, Integer maxPatients) {
  static final int MIN_SLOT = 1;
  static final int MAX_SLOT = 240;
  static final int MAX_SERIALS = 500;

  public SessionForm {
    days =
        days == null || days.isEmpty()
            ? Set.of()
            : java.util.Collections.unmodifiableSet(EnumSet.copyOf(days));
  }

  /** The same hours on {@code days}. */
  public static SessionForm on(
      Set<DayOfWeek> days, LocalTime start, LocalTime end, int slotMinutes, Integer maxPatients) {
    return new SessionForm(days, start, end, slotMinutes, maxPatients);
  }

  /** The same session on other weekdays. */
  public SessionForm withDays(Set<DayOfWeek> other) {
    return new SessionForm(other, start, end, slotMinutes, maxPatients);
  }

  /** Field to message; empty when the form can be saved. */
  public Map<String, String> problems() {
    Map<String, String> p = new LinkedHashMap<>();
    if (days.isEmpty()) {
      p.put("days", "Choose at least one day");
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
    if (maxPatients != null && (maxPatients < 1 || maxPatients > MAX_SERIALS)) {
      p.put("maxPatients", "Serials per day are 1 to " + MAX_SERIALS);
    }
    return p;
  }

  /** How many slots fit between start and end. */
  public long slots() {
    return Duration.between(start, end).toMinutes() / slotMinutes;
  }

  /** Whether this session and another share a weekday and overlapping hours. */
  public boolean overlaps(Set<DayOfWeek> otherDays, LocalTime otherStart, LocalTime otherEnd) {
    return otherDays.stream().anyMatch(days::contains)
        && start.isBefore(otherEnd)
        && otherStart.isBefore(end);
  }

  /** The stored form of the days: {@code Sat,Mon,Wed}. */
  public String daysOfWeek() {
    return WeeklyDays.format(days);
  }
}
