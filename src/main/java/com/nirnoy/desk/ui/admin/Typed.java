package com.nirnoy.desk.ui.admin;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * Reading what was typed into a field: whole Taka amounts, times, whole numbers; null when
 * unreadable.
 */
final class Typed {
  private Typed() {}

  /** Whole taka ("1,200", "৳১২০০", "800.00"); null when blank, unreadable or with paisa. */
  static Integer taka(String typed) {
    try {
      return blank(typed)
          ? null
          : new BigDecimal(ascii(typed).replace("৳", "").replace(",", "").strip()).intValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  /** "17:00", "5:30" or "1730". */
  static LocalTime time(String typed) {
    if (blank(typed)) {
      return null;
    }
    String t = ascii(typed).replace('.', ':');
    if (t.matches("\\d{3,4}")) {
      t = t.substring(0, t.length() - 2) + ":" + t.substring(t.length() - 2);
    }
    if (t.matches("\\d:\\d{2}")) {
      t = "0" + t;
    }
    try {
      return LocalTime.parse(t);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static int whole(String typed) {
    try {
      return blank(typed) ? -1 : Integer.parseInt(ascii(typed));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Digits typed in Bangla (১৭:০০) read as ASCII, trimmed. */
  private static String ascii(String typed) {
    return com.nirnoy.desk.ui.Texts.asciiDigits(typed).strip();
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  static String text(Object value) {
    return value == null ? "" : value.toString();
  }
}
