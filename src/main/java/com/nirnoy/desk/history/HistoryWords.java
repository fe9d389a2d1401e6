package com.nirnoy.desk.history;

import com.nirnoy.desk.history.HistoryEntry.FieldChange;
import java.text.MessageFormat;
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

  private final ResourceBundle words;
  private final Locale locale;

  private HistoryWords(Locale locale) {
    this.locale = locale;
    this.words = ResourceBundle.getBundle("com.nirnoy.desk.history.words", locale);
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
            c -> new FieldChange(word("field." + c.field(), c.field()), c.oldValue(), c.newValue()))
        .toList();
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
                said("lead.booked", value(changes, "date"), value(changes, "startTime"));
            case "StrandedAppointment" -> said("lead.marked", value(changes, "reason"));
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

  private static String value(List<FieldChange> changes, String field) {
    return find(changes, field).map(c -> show(c.newValue())).orElse("");
  }

  private static String show(String v) {
    return v == null ? "—" : v;
  }
}
