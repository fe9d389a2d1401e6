package com.nirnoy.desk.booking;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How dates and times read in service messages (screens format for the chosen language). */
final class Formats {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

  private Formats() {}

  static String day(LocalDate date) {
    return DAY.format(date);
  }

  static String time(LocalTime time) {
    return TIME.format(time);
  }
}
