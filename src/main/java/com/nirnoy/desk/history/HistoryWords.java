package com.nirnoy.desk.history;

import com.nirnoy.desk.history.HistoryEntry.FieldChange;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns audit rows into lines a receptionist reads ("Cancelled: Reason: patient is ill"), in the
 * desk's language: the words are in {@code history/words.properties} and its Bangla sibling.
 */
final class HistoryWords {
  private static final Set<String> HIDDEN =
      Set.of(
          "id",
          "createdAt",
          "doctorId",
          "chamberId",
          "patientId",
          "appointmentId",
          "requestId",
          "userId",
          "markedById",
          "clearedById",
          "bookedById",
          "cancelledAt",
          "markedAt",
          "clearedAt");

  private static final Set<String> DATES = Set.of("date", "startDate", "endDate", "dateOfBirth");
  private static final Set<String> TIMES = Set.of("startTime", "endTime");
  private static final Set<String> WORDS = Set.of("status", "type", "source", "role", "gender");
  private static final Set<String> AMOUNTS = Set.of("fee", "followUpFee");
  private static final Set<String> COUNTS = Set.of("serialNumber", "slotMinutes", "maxSerials");

  private final ResourceBundle words;
  private final Locale locale;
  private final DateTimeFormatter day;
  private final DateTimeFormatter time;

  private HistoryWords(Locale locale) {
    this.locale = locale;
    this.words = ResourceBundle.getBundle("com.nirnoy.desk.history.words", locale);
    this.day = DateTimeFormatter.ofPattern("EEE d MMM yyyy", locale).localizedBy(locale);
    this.time = DateTimeFormatter.ofPattern("HH:mm", locale).localizedBy(locale);
  }

  static HistoryWords in(Locale locale) {
    return new HistoryWords(locale);
  }

  private String word(String key, String fallback) {
    try {
      return words.getString(key);
    } catch (MissingResourceException e) {
      return fallback;
    }
  }

  private String said(String key, Object... args) {
    return new MessageFormat(word(key, key), locale).format(args);
  }

  String subject(String table) {
    return word("table." + table, table);
  }

  /** Who did it: a staff member with their role, or a write from outside the desk. */
  String actor(String name, String role) {
    if (name == null) {
      return word("actor.outside", "Not from the desk");
    }
    return role == null ? name : said("actor.staff", name, word("role." + role, role));
  }

  /** The changes worth showing, with readable field names. */
  List<FieldChange> readable(List<FieldChange> changes) {
    return changes.stream()
        .filter(c -> !HIDDEN.contains(c.field()))
        .map(
            c ->
                new FieldChange(
                    word("field." + c.field(), c.field()),
                    value(c.field(), c.oldValue()),
                    value(c.field(), c.newValue())))
        .toList();
  }

  /**
   * A stored value as the desk writes it: dates and times in the language's format and digits,
   * statuses and kinds in words, fees and counts in local digits. Anything else (names, reasons
   * typed at a desk) is shown as stored.
   */
  String value(String field, String stored) {
    if (stored == null) {
      return null;
    }
    try {
      if (DATES.contains(field)) {
        return day.format(LocalDate.parse(stored));
      }
      if (TIMES.contains(field)) {
        return time.format(LocalTime.parse(stored));
      }
      if (WORDS.contains(field)) {
        return word("value." + field + "." + stored, stored);
      }
      if ("isActive".equals(field)) {
        return word("value.boolean." + stored, stored);
      }
      if ("dayOfWeek".equals(field)) {
        return DayOfWeek.of(Integer.parseInt(stored)).getDisplayName(TextStyle.FULL, locale);
      }
      if (AMOUNTS.contains(field) || COUNTS.contains(field)) {
        NumberFormat n = NumberFormat.getNumberInstance(locale);
        n.setGroupingUsed(AMOUNTS.contains(field));
        n.setMaximumFractionDigits(2);
        return n.format(new BigDecimal(stored));
      }
    } catch (DateTimeException | NumberFormatException e) {
      return stored; // another client stored something unusual: show it as it is
    }
    return stored;
  }

  String describe(String table, String action, List<FieldChange> changes) {
    String lead = lead(table, action, changes);
    if (!"UPDATE".equals(action)) {
      return lead;
    }
    String details =
        readable(changes).stream()
            .map(c -> c.field() + ": " + show(c.oldValue()) + " → " + show(c.newValue()))
            .collect(Collectors.joining("; "));
    return lead + (details.isEmpty() ? "" : ": " + details);
  }

  private String lead(String table, String action, List<FieldChange> changes) {
    String subject = subject(table);
    return switch (action) {
      case "INSERT" ->
          switch (table) {
            case "Appointment" ->
                said("lead.booked", newValue(changes, "date"), newValue(changes, "startTime"));
            case "StrandedAppointment" -> said("lead.marked", newValue(changes, "reason"));
            default -> said("lead.added", subject);
          };
      case "DELETE" -> said("lead.removed", subject);
      default -> updateLead(table, subject, changes);
    };
  }

  private String updateLead(String table, String subject, List<FieldChange> changes) {
    Optional<FieldChange> status = find(changes, "status");
    if ("Appointment".equals(table)
        && status.map(c -> "CANCELLED".equals(c.newValue())).orElse(false)) {
      return said("lead.cancelled");
    }
    if ("Appointment".equals(table)
        && (find(changes, "date").isPresent() || find(changes, "startTime").isPresent())) {
      return said("lead.rescheduled");
    }
    if ("StrandedAppointment".equals(table) && find(changes, "clearedAt").isPresent()) {
      return said("lead.mark.cleared");
    }
    if (find(changes, "passwordHash").isPresent()) {
      return said("lead.password");
    }
    return said("lead.changed", subject);
  }

  private static Optional<FieldChange> find(List<FieldChange> changes, String field) {
    return changes.stream().filter(c -> c.field().equals(field)).findFirst();
  }

  private String newValue(List<FieldChange> changes, String field) {
    return find(changes, field).map(c -> show(value(field, c.newValue()))).orElse("");
  }

  private static String show(String v) {
    return v == null ? "—" : v;
  }
}
