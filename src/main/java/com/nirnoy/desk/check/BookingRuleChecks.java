package com.nirnoy.desk.check;

import com.nirnoy.desk.booking.BookingConflicts;
import com.nirnoy.desk.booking.DoctorDoubleBookedException;
import com.nirnoy.desk.booking.SlotTakenException;
import com.nirnoy.desk.db.DatabaseErrors;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Books the same appointment twice, and the same doctor at two chambers at once, inside one
 * transaction that is always rolled back: the database must refuse both, and the refusals must read
 * as the booking service words them. Leaves no trace.
 */
final class BookingRuleChecks {
  private static final LocalDate DAY = LocalDate.of(2000, 1, 3);
  private final Connection c;

  BookingRuleChecks(Connection c) {
    this.c = c;
  }

  List<CheckResult> run() throws SQLException {
    try {
      String patient =
          insert(
              "INSERT INTO \"User\" (name, phone) VALUES ('Self-check patient', '+8801700000000') RETURNING id");
      String doctor =
          insert(
              "INSERT INTO \"Doctor\" (name, specialty, fee) VALUES ('Self-check', 'Medicine', 0) RETURNING id");
      String chamber = chamber(doctor, "Self-check chamber A");
      String otherChamber = chamber(doctor, "Self-check chamber B");
      book(patient, doctor, chamber, LocalTime.of(10, 0));
      return List.of(
          duplicate(() -> book(patient, doctor, chamber, LocalTime.of(10, 0))),
          overlap(() -> book(patient, doctor, otherChamber, LocalTime.of(10, 5))));
    } finally {
      c.rollback();
    }
  }

  private CheckResult duplicate(SqlWork attempt) throws SQLException {
    String item = "Creating the same appointment twice fails";
    RuntimeException refusal = attemptRefused(attempt);
    if (refusal instanceof SlotTakenException e
        && e.getMessage().startsWith(SlotTakenException.MESSAGE)) {
      return CheckResult.pass(
          item,
          "\""
              + SlotTakenException.MESSAGE
              + "\" ("
              + SchemaContract.SLOT_RULE
              + "); rolled back, no trace left");
    }
    return CheckResult.fail(
        item, refusal == null ? "the database accepted a duplicate booking" : refusal.getMessage());
  }

  private CheckResult overlap(SqlWork attempt) throws SQLException {
    String item = "Booking a doctor at two chambers at once fails";
    RuntimeException refusal = attemptRefused(attempt);
    if (refusal instanceof DoctorDoubleBookedException) {
      return CheckResult.pass(item, SchemaContract.OVERLAP_RULE + "; rolled back, no trace left");
    }
    return CheckResult.fail(
        item,
        refusal == null ? "the database accepted an overlapping booking" : refusal.getMessage());
  }

  /** Runs {@code attempt} under a savepoint; returns the domain exception it became, or null. */
  private RuntimeException attemptRefused(SqlWork attempt) throws SQLException {
    Savepoint sp = c.setSavepoint();
    try {
      attempt.run();
      return null;
    } catch (SQLException e) {
      if (DatabaseErrors.refusal(e).isEmpty()) {
        throw e;
      }
      return BookingConflicts.explain(new IllegalStateException(e));
    } finally {
      c.rollback(sp);
    }
  }

  private String chamber(String doctor, String name) throws SQLException {
    return insert(
        "INSERT INTO \"DoctorChamber\" (\"doctorId\", name, address, area) VALUES (?, ?, '-', '-') RETURNING id",
        doctor,
        name);
  }

  private void book(String patient, String doctor, String chamber, LocalTime start)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO \"Appointment\" (\"patientId\", \"doctorId\", \"chamberId\", date, \"startTime\", \"endTime\")"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, patient);
      ps.setString(2, doctor);
      ps.setString(3, chamber);
      ps.setObject(4, DAY);
      ps.setObject(5, start);
      ps.setObject(6, start.plusMinutes(15));
      ps.executeUpdate();
    }
  }

  private String insert(String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  @FunctionalInterface
  private interface SqlWork {
    void run() throws SQLException;
  }
}
