package com.nirnoy.desk.bench;

import com.nirnoy.desk.booking.BookingConflicts;
import com.nirnoy.desk.db.DatabaseErrors;
import com.nirnoy.desk.db.DatabaseRefusal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The same booking as the web backend makes it: one plain INSERT of the platform's columns over
 * plain JDBC, committed on its own (the cheapest a client can book): the day at midnight, the start
 * as 'HH:mm' text, no end time, REQUESTED, no look-ups, no lock, no desk row. The database fills
 * the held time, the clinic and the serial ({@code Appointment_desk_fill}), and the same rules
 * judge it as judge the desk. A deadlock (40P01) is retried like the app retries it.
 */
final class BareBooking {
  private static final String INSERT =
      """
      INSERT INTO "Appointment" ("patientId", "doctorId", "chamberId", "date", "startTime", status,
          "visitType", fee, "updatedAt")
      VALUES (?, ?, ?, ?, ?, 'REQUESTED', 'NEW', ?, now())
      """;
  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
  private static final int ATTEMPTS = 5;

  private final DataSource pool;

  BareBooking(DataSource pool) {
    this.pool = pool;
  }

  /** Books {@code s}; returns the outcome's kind for {@link Outcomes}. */
  String book(BenchSlot s) {
    for (int attempt = 1; ; attempt++) {
      try (Connection c = pool.getConnection()) {
        try {
          insert(c, s);
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

  private static void insert(Connection c, BenchSlot s) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(INSERT)) {
      ps.setInt(1, s.patientId());
      ps.setInt(2, s.doctorId());
      ps.setInt(3, s.chamberId());
      ps.setObject(4, s.date().atStartOfDay());
      ps.setString(5, s.start().format(HH_MM));
      ps.setObject(6, s.fee(), java.sql.Types.INTEGER);
      ps.executeUpdate();
    }
  }

  /** The rule that refused it, as the app names the same refusal. */
  static String kind(SQLException e) {
    Optional<DatabaseRefusal> r = DatabaseErrors.refusal(e);
    if (r.isPresent()
        && (r.get().is(BookingConflicts.SLOT_RULE)
            || r.get().is(BookingConflicts.SLOT_RULE_CLIENT_NAME))) {
      return "SlotTaken (" + r.get().constraint() + ")";
    }
    if (r.isPresent() && r.get().is(BookingConflicts.OVERLAP_RULE)) {
      return "DoctorDoubleBooked (" + BookingConflicts.OVERLAP_RULE + ")";
    }
    return Outcomes.ERROR_PREFIX + "SQLSTATE " + DatabaseErrors.sqlState(e).orElse("?");
  }
}
