package com.nirnoy.desk.chamber;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The platform's {@code DoctorChamber.daysOfWeek}: English day names joined by commas, week from
 * Saturday as Bangladesh counts it ({@code Sat,Mon,Wed}). Reads any case and full names, as other
 * clients may write them (the database's {@code nirnoy_sits_on} reads them the same way).
 */
public final class WeeklyDays {
  /** Bangladesh's week: Saturday first, Friday (the weekend) last. */
  public static final List<DayOfWeek> WEEK =
      List.of(
          DayOfWeek.SATURDAY,
          DayOfWeek.SUNDAY,
          DayOfWeek.MONDAY,
          DayOfWeek.TUESDAY,
          DayOfWeek.WEDNESDAY,
          DayOfWeek.THURSDAY,
          DayOfWeek.FRIDAY);

  private WeeklyDays() {}

  /** The days the text names; words that name no day are ignored. */
  public static Set<DayOfWeek> parse(String text) {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    if (text == null) {
      return days;
    }
    for (String word : text.split(",")) {
      String w = word.strip().toUpperCase(Locale.ROOT);
      if (w.length() < 3) {
        continue;
      }
      for (DayOfWeek d : DayOfWeek.values()) {
        if (d.name().startsWith(w.substring(0, 3))) {
          days.add(d);
        }
      }
    }
    return days;
  }

  /** The stored form of {@code days}, in Bangladesh's week order: {@code Sat,Mon,Wed}. */
  public static String format(Set<DayOfWeek> days) {
    return WEEK.stream()
        .filter(days::contains)
        .map(d -> d.name().charAt(0) + d.name().substring(1, 3).toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(","));
  }
}
