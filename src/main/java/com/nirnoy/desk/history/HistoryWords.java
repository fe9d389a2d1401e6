package com.nirnoy.desk.history;

import com.nirnoy.desk.history.HistoryEntry.FieldChange;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
  /** Ids, bookkeeping instants and columns no one at the desk reads. */
  private static final Set<String> HIDDEN =
      Set.of(
          "id",
          "createdAt",
          "updatedAt",
          "doctorId",
          "chamberId",
          "patientId",
          "clinicId",
          "appointmentId",
          "requestId",
          "userId",
          "markedById",
          "clearedById",
          "bookedById",
          "bookedAt",
          "confirmedAt",
          "checkedInAt",
          "startedAt",
          "completedAt",
          "cancelledAt",
          "markedAt",
          "clearedAt",
          "approvedAt",
          "suspendedAt",
          "lastActiveAt",
          "deskSlot");

  private static final Set<String> DATES = Set.of("date", "startDate", "endDate", "dateOfBirth");
  private static final Set<String> TIMES = Set.of("startTime", "endTime");
  private static final Set<String> WORDS =
      Set.of(
          "status",
          "registrationStatus",
          "visitType",
          "type",
          "source",
          "role",
          "gender",
          "patientGender");
  private static final Set<String> YES_NO =
      Set.of("isActive", "acceptNewPatients", "isPaid", "bmdcVerified");
  private static final Set<String> AMOUNTS =
      Set.of(
          "fee",
          "consultationFeeNew",
          "consultationFeeFollowUp",
          "consultationFeeReport",
          "consultationFee",
          "followUpFee",
          "reportCheckFee");
  private static final Set<String> COUNTS =
      Set.of("serialNumber", "slotDuration", "maxPatients", "experienceYears", "patientAge");

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
        return day.format(clinicDay(stored));
      }
      if (TIMES.contains(field)) {
        return time.format(LocalTime.parse(stored));
      }
      if (WORDS.contains(field)) {
        String kind = "patientGender".equals(field) ? "gender" : field;
        return word("value." + kind + "." + stored, stored);
      }
      if (YES_NO.contains(field)) {
        return word("value.boolean." + stored, stored);
      }
      if ("daysOfWeek".equals(field)) {
        return days(stored);
      }
      if ("averageRating".equals(field)) {
        NumberFormat n = NumberFormat.getNumberInstance(locale);
        n.setMinimumFractionDigits(1);
        n.setMaximumFractionDigits(1);
        return n.format(new BigDecimal(stored));
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

  /**
   * A stored day: a date ({@code DoctorLeave}), or the platform's day at midnight ({@code
   * Appointment.date}, TIMESTAMP): the nearest midnight is the clinic day meant, as the database's
   * {@code nirnoy_clinic_day} reads it.
   */
  private static LocalDate clinicDay(String stored) {
    if (stored.length() <= 10) {
      return LocalDate.parse(stored);
    }
    return LocalDateTime.parse(stored).plusHours(12).toLocalDate();
  }

  /** A chamber's weekdays ({@code Sat,Mon,Wed}) in the language's short day names. */
  private String days(String stored) {
    Set<DayOfWeek> days = com.nirnoy.desk.chamber.WeeklyDays.parse(stored);
    if (days.isEmpty()) {
      return stored;
    }
    return com.nirnoy.desk.chamber.WeeklyDays.WEEK.stream()
        .filter(days::contains)
        .map(d -> d.getDisplayName(TextStyle.SHORT, locale))
        .collect(Collectors.joining(", "));
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
