package com.nirnoy.desk.history;

import com.nirnoy.desk.history.HistoryEntry.FieldChange;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns audit rows into lines a receptionist reads: "Cancelled: patient is ill". */
final class HistoryWords {
  private static final Map<String, String> SUBJECTS =
      Map.of(
          "Appointment", "Appointment",
          "Doctor", "Doctor",
          "DoctorChamber", "Chamber",
          "ChamberSession", "Weekly session",
          "DoctorLeave", "Leave",
          "StrandedAppointment", "Call mark",
          "User", "Staff account");

  /** Ids and bookkeeping: recorded, but not worth a line. */
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

  private static final Map<String, String> LABELS =
      Map.ofEntries(
          Map.entry("fee", "Fee"),
          Map.entry("followUpFee", "Follow-up fee"),
          Map.entry("status", "Status"),
          Map.entry("date", "Date"),
          Map.entry("startTime", "Start"),
          Map.entry("endTime", "End"),
          Map.entry("serialNumber", "Serial"),
          Map.entry("cancelReason", "Reason"),
          Map.entry("dayOfWeek", "Day"),
          Map.entry("slotMinutes", "Slot minutes"),
          Map.entry("maxSerials", "Serials per day"),
          Map.entry("isActive", "Active"),
          Map.entry("startDate", "From"),
          Map.entry("endDate", "To"),
          Map.entry("passwordHash", "Password"),
          Map.entry("bmdcNumber", "BMDC number"),
          Map.entry("name", "Name"),
          Map.entry("phone", "Phone"),
          Map.entry("role", "Role"),
          Map.entry("clearNote", "Note"),
          Map.entry("reason", "Reason"));

  private HistoryWords() {}

  static String subject(String table) {
    return SUBJECTS.getOrDefault(table, table);
  }

  /** The changes worth showing, with readable field names. */
  static List<FieldChange> readable(List<FieldChange> changes) {
    return changes.stream()
        .filter(c -> !HIDDEN.contains(c.field()))
        .map(
            c ->
                new FieldChange(
                    LABELS.getOrDefault(c.field(), c.field()), c.oldValue(), c.newValue()))
        .toList();
  }

  static String describe(String table, String action, List<FieldChange> changes) {
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

  private static String lead(String table, String action, List<FieldChange> changes) {
    String subject = subject(table);
    return switch (action) {
      case "INSERT" ->
          switch (table) {
            case "Appointment" ->
                "Booked for " + value(changes, "date") + " " + value(changes, "startTime");
            case "StrandedAppointment" -> "Marked to call: " + value(changes, "reason");
            default -> subject + " added";
          };
      case "DELETE" -> subject + " removed";
      default -> updateLead(table, subject, changes);
    };
  }

  private static String updateLead(String table, String subject, List<FieldChange> changes) {
    Optional<FieldChange> status = find(changes, "status");
    if ("Appointment".equals(table)
        && status.map(c -> "CANCELLED".equals(c.newValue())).orElse(false)) {
      return "Cancelled";
    }
    if ("Appointment".equals(table)
        && (find(changes, "date").isPresent() || find(changes, "startTime").isPresent())) {
      return "Rescheduled";
    }
    if ("StrandedAppointment".equals(table) && find(changes, "clearedAt").isPresent()) {
      return "Call mark cleared";
    }
    if (find(changes, "passwordHash").isPresent()) {
      return "Password changed";
    }
    return subject + " changed";
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
