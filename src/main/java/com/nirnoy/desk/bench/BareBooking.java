package com.nirnoy.desk.bench;

import com.nirnoy.desk.db.DatabaseErrors;
import com.nirnoy.desk.db.DatabaseRefusal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Time;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The same booking as one bare INSERT over plain JDBC, committed on its own (the cheapest a client
 * can book): no look-ups, no names, no lock, the serial computed by the client. The same
 * constraints judge it. A deadlock (40P01) is retried like the app retries it.
 */
final class BareBooking {
  private static final String INSERT =
      """
      INSERT INTO "Appointment" ("patientId", "doctorId", "chamberId", date, "startTime", "endTime",
          "serialNumber", status, type, source, fee, "requestId", "bookedById")
      VALUES (?, ?, ?, ?, ?, ?, ?, 'CONFIRMED', 'NEW', 'DESK', ?, ?, ?)
      """;
  private static final int ATTEMPTS = 5;

  private final DataSource pool;
  private final String staffId;

  BareBooking(DataSource pool, String staffId) {
    this.pool = pool;
    this.staffId = staffId;
  }

  /** Books {@code s}; returns the outcome's kind for {@link Outcomes}. */
  String book(BenchSlot s) {
    String requestId = UUID.randomUUID().toString();
    for (int attempt = 1; ; attempt++) {
      try (Connection c = pool.getConnection()) {
        try {
          insert(c, s, requestId);
          c.commit();
          return Outcomes.BOOKED;
        } catch (SQLException e) {
          c.rollback();
          throw e;
        }
      } catch (SQLException e) {
        if (attempt < ATTEMPTS && DatabaseErrors.isRetryable(e)) {
          continue;
        }
        return kind(e);
      }
    }
  }

  private void insert(Connection c, BenchSlot s, String requestId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(INSERT)) {
      ps.setString(1, s.patientId());
      ps.setString(2, s.doctorId());
      ps.setString(3, s.chamberId());
      ps.setDate(4, Date.valueOf(s.date()));
      ps.setTime(5, Time.valueOf(s.start()));
      ps.setTime(6, Time.valueOf(s.end()));
      ps.setObject(7, s.serial());
      ps.setBigDecimal(8, s.fee());
      ps.setString(9, requestId);
      ps.setString(10, staffId);
      ps.executeUpdate();
    }
  }

  /** The constraint that refused it, as the app names the same refusal. */
  static String kind(SQLException e) {
    Optional<DatabaseRefusal> r = DatabaseErrors.refusal(e);
    if (r.isPresent() && r.get().is("unique_appointment_slot")) {
      return "SlotTaken (unique_appointment_slot)";
    }
    if (r.isPresent() && r.get().is("Appointment_no_doctor_overlap")) {
      return "DoctorDoubleBooked (Appointment_no_doctor_overlap)";
    }
    return Outcomes.ERROR_PREFIX + "SQLSTATE " + DatabaseErrors.sqlState(e).orElse("?");
  }
}
