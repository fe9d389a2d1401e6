package com.nirnoy.desk.ui;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Everything the screens say, in one language: the message bundle plus dates, times, numbers and
 * fees written the way that language writes them (Bangla uses its own digits and ৳).
 */
public final class Texts implements com.nirnoy.desk.print.SlipWords {
  public static final Texts ENGLISH = of(Languages.ENGLISH);

  private final Locale locale;
  private final ResourceBundle bundle;
  private final DateTimeFormatter time;
  private final DateTimeFormatter day;
  private final DateTimeFormatter longDay;
  private final NumberFormat number;

  private Texts(Locale locale) {
    this.locale = locale;
    this.bundle = Languages.messages(locale);
    this.time = DateTimeFormatter.ofPattern("HH:mm", locale).localizedBy(locale);
    this.day = DateTimeFormatter.ofPattern("EEE d MMM", locale).localizedBy(locale);
    this.longDay = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale).localizedBy(locale);
    this.number = NumberFormat.getIntegerInstance(locale);
    number.setGroupingUsed(false);
  }

  public static Texts of(Locale locale) {
    return new Texts(locale);
  }

  public Locale locale() {
    return locale;
  }

  @Override
  public boolean isBangla() {
    return "bn".equals(locale.getLanguage());
  }

  /** The bundle's text for {@code key}, with {@code args} filled in (numbers in local digits). */
  @Override
  public String get(String key, Object... args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key; // a missing text shows its key, so the gap is visible and reported by tests
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }

  @Override
  public String number(long n) {
    return number.format(n);
  }

  /** A fee in whole Taka: "৳৮০০" in Bangla, "Tk 800" in English (not every font has ৳). */
  @Override
  public String fee(Integer taka) {
    if (taka == null) {
      return "";
    }
    String n = number(taka);
    return isBangla() ? "৳" + n : "Tk " + n;
  }

  /** A rating such as 4.5, in local digits. */
  public String rating(double r) {
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    f.setMinimumFractionDigits(1);
    f.setMaximumFractionDigits(1);
    return f.format(r);
  }

  @Override
  public String time(LocalTime t) {
    return time.format(t);
  }

  public String timeRange(LocalTime start, LocalTime end) {
    return time(start) + "-" + time(end);
  }

  /** A short day: "Mon 30 Nov". */
  public String day(LocalDate d) {
    return day.format(d);
  }

  /** A full day: "Monday 30 November 2026". */
  @Override
  public String longDay(LocalDate d) {
    return longDay.format(d);
  }

  /** A bare name with the doctor title in the screen's language: "Dr Name", "ডা. নাম". */
  @Override
  public String doctor(String name) {
    return get("doctor.title", name);
  }

  /**
   * A directory doctor as the screen names them: the Bangla name (with the Bangla title) in Bangla
   * when the doctor has one, else the platform's title and English name.
   */
  public String doctor(com.nirnoy.desk.doctor.DoctorListing d) {
    String bangla = d.nameBn();
    return isBangla() && bangla != null && !bangla.isBlank()
        ? doctor(bangla.strip())
        : d.displayName(false);
  }

  @Override
  public String visit(com.nirnoy.desk.booking.VisitType type) {
    return get("visit." + type.name());
  }

  @Override
  public String status(com.nirnoy.desk.booking.AppointmentStatus status) {
    return state(status.name());
  }

  /** A slot or appointment state ("FREE", "CONFIRMED", ...) in words. */
  public String state(String key) {
    return get("state." + key);
  }

  /** An offered slot: day, time, chamber and serial. */
  public String slot(com.nirnoy.desk.schedule.Slot s) {
    return get("slot.offer", day(s.date()), time(s.start()), s.chamberName(), number(s.serial()));
  }

  /**
   * How date pickers show and read a date: day/month/year as Bangladesh writes it, in the
   * language's digits; either script's digits are read.
   */
  public javafx.util.StringConverter<LocalDate> dateConverter() {
    DateTimeFormatter shown = DateTimeFormatter.ofPattern("d/M/yyyy", locale).localizedBy(locale);
    DateTimeFormatter read = DateTimeFormatter.ofPattern("d/M/yyyy");
    return new javafx.util.StringConverter<>() {
      @Override
      public String toString(LocalDate d) {
        return d == null ? "" : shown.format(d);
      }

      @Override
      public LocalDate fromString(String s) {
        try {
          return s == null || s.isBlank() ? null : LocalDate.parse(asciiDigits(s).strip(), read);
        } catch (java.time.format.DateTimeParseException e) {
          return null; // the picker keeps its last good date
        }
      }
    };
  }

  /** Reads digits typed in either script (১২৩ or 123) as ASCII digits, for parsing. */
  public static String asciiDigits(String typed) {
    if (typed == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(typed.length());
    typed
        .codePoints()
        .forEach(
            c -> {
              int d = Character.digit(c, 10);
              if (d >= 0) {
                out.append((char) ('0' + d));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }
}
