package com.nirnoy.desk.check;

import com.nirnoy.desk.booking.BookingConflicts;
import com.nirnoy.desk.booking.DoctorDoubleBookedException;
import com.nirnoy.desk.booking.SlotTakenException;
import com.nirnoy.desk.db.DatabaseErrors;
import com.nirnoy.desk.db.DatabaseRefusal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Books the same appointment twice, and the same doctor at two chambers at once, inside one
 * transaction that is always rolled back: the database must refuse both, and the refusals must read
 * as the booking service words them. The rows are plain ones as the web backend writes them (the
 * day at midnight, 'HH:mm' text, no end time, REQUESTED), so the rules are proven for every client,
 * not only the desk. Leaves no rows behind (the id sequences move on, as after any rollback).
 */
final class BookingRuleChecks {
  /** A Monday long past, so no real schedule or leave is near it. */
  private static final String DAY = "2000-01-03 00:00:00";

  private final Connection c;

  BookingRuleChecks(Connection c) {
    this.c = c;
  }

  List<CheckResult> run() throws SQLException {
    try {
      String tag = "nirnoy-check-" + UUID.randomUUID();
      int patientUser = user(tag + "-patient", "PATIENT");
      int patient =
          insert(
              "INSERT INTO \"Patient\" (\"userId\", name, \"updatedAt\")"
                  + " VALUES (?, 'Self-check patient', now()) RETURNING id",
              patientUser);
      int doctorUser = user(tag + "-doctor", "DOCTOR");
      int doctor =
          insert(
              "INSERT INTO \"Doctor\" (\"userId\", \"nameEn\", gender, \"primarySpecialty\","
                  + " \"registrationStatus\", \"consultationFeeNew\", \"updatedAt\")"
                  + " VALUES (?, 'Self-check', 'Female', 'Medicine', 'APPROVED', 0, now()) RETURNING id",
              doctorUser);
      int chamber = chamber(doctor, "Self-check chamber A", "10:00");
      int otherChamber = chamber(doctor, "Self-check chamber B", "10:05");
      book(patient, doctor, chamber, "10:00");
      return List.of(
          duplicate(() -> book(patient, doctor, chamber, "10:00")),
          overlap(() -> book(patient, doctor, otherChamber, "10:05")));
    } finally {
      c.rollback();
    }
  }

  private CheckResult duplicate(SqlWork attempt) throws SQLException {
    String item = "Creating the same appointment twice fails";
    Refusal refusal = attemptRefused(attempt);
    if (refusal != null
        && refusal.explained() instanceof SlotTakenException e
        && e.getMessage().startsWith(SlotTakenException.MESSAGE)) {
      return CheckResult.pass(
          item,
          "\""
              + SlotTakenException.MESSAGE
              + "\" ("
              + refusal.constraint()
              + "); rolled back, no trace left");
    }
    return CheckResult.fail(
        item,
        refusal == null
            ? "the database accepted a duplicate booking"
            : refusal.explained().getMessage());
  }

  private CheckResult overlap(SqlWork attempt) throws SQLException {
    String item = "Booking a doctor at two chambers at once fails";
    Refusal refusal = attemptRefused(attempt);
    if (refusal != null && refusal.explained() instanceof DoctorDoubleBookedException) {
      return CheckResult.pass(item, refusal.constraint() + "; rolled back, no trace left");
    }
    return CheckResult.fail(
        item,
        refusal == null
            ? "the database accepted an overlapping booking"
            : refusal.explained().getMessage());
  }

  /** A refusal, as the booking service words it, and the rule that made it. */
  private record Refusal(RuntimeException explained, String constraint) {}

  /** Runs {@code attempt} under a savepoint; returns how it was refused, or null. */
  private Refusal attemptRefused(SqlWork attempt) throws SQLException {
    Savepoint sp = c.setSavepoint();
    try {
      attempt.run();
      return null;
    } catch (SQLException e) {
      Optional<DatabaseRefusal> r = DatabaseErrors.refusal(e);
      if (r.isEmpty()) {
        throw e;
      }
      return new Refusal(
          BookingConflicts.explain(new IllegalStateException(e)), r.get().constraint());
    } finally {
      c.rollback(sp);
    }
  }

  private int user(String phone, String role) throws SQLException {
    return insert(
        "INSERT INTO \"User\" (phone, role, \"updatedAt\") VALUES (?, ?, now()) RETURNING id",
        phone,
        role);
  }

  /** A chamber sitting every day from {@code start} for two hours, 15-minute slots. */
  private int chamber(int doctor, String name, String start) throws SQLException {
    return insert(
        "INSERT INTO \"DoctorChamber\" (\"doctorId\", name, address, area, \"daysOfWeek\","
            + " \"startTime\", \"endTime\", \"slotDuration\", \"updatedAt\")"
            + " VALUES (?, ?, '-', '-', 'Sat,Sun,Mon,Tue,Wed,Thu,Fri', ?, '12:00', 15, now())"
            + " RETURNING id",
        doctor,
        name,
        start);
  }

  /** A booking as the web backend inserts one: REQUESTED, no end time, the day at midnight. */
  private void book(int patient, int doctor, int chamber, String start) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO \"Appointment\" (\"patientId\", \"doctorId\", \"chamberId\", \"date\","
                + " \"startTime\", status, \"visitType\", \"updatedAt\")"
                + " VALUES (?, ?, ?, CAST(? AS timestamp), ?, 'REQUESTED', 'NEW', now())")) {
      ps.setInt(1, patient);
      ps.setInt(2, doctor);
      ps.setInt(3, chamber);
      ps.setString(4, DAY);
      ps.setString(5, start);
      ps.executeUpdate();
    }
  }

  private int insert(String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  @FunctionalInterface
  private interface SqlWork {
    void run() throws SQLException;
  }
}
