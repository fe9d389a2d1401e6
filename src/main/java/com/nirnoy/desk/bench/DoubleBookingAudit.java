package com.nirnoy.desk.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Looks for double bookings in the data itself, without trusting the rules that should prevent
 * them: two live appointments of one doctor whose held times overlap (at one chamber or two; the
 * held time is {@code deskSlot}, what the database keeps for every client's row, the web's without
 * an end time included), and one serial given twice in a chamber's day. Both must be zero.
 */
public final class DoubleBookingAudit {
  static final String OVERLAPS =
      """
      SELECT count(*) FROM "Appointment" a
      JOIN "Appointment" b ON b."doctorId" = a."doctorId"
           AND nirnoy_clinic_day(b."date") = nirnoy_clinic_day(a."date") AND b.id > a.id
           AND b."deskSlot" && a."deskSlot"
      WHERE a.status <> 'CANCELLED' AND b.status <> 'CANCELLED'
      """;

  static final String SERIALS_TWICE =
      """
      SELECT count(*) FROM (
        SELECT 1 FROM "Appointment" WHERE status <> 'CANCELLED' AND "serialNumber" IS NOT NULL
        GROUP BY "chamberId", nirnoy_clinic_day("date"), "serialNumber" HAVING count(*) > 1) twice
      """;

  /** What the audit found. */
  public record Findings(long overlappingPairs, long serialsGivenTwice) {
    public boolean clean() {
      return overlappingPairs == 0 && serialsGivenTwice == 0;
    }

    public String describe() {
      return clean()
          ? "0 double bookings (no overlapping pair, no serial given twice)"
          : overlappingPairs
              + " overlapping pair(s) of appointments, "
              + serialsGivenTwice
              + " serial(s) given twice";
    }
  }

  private DoubleBookingAudit() {}

  public static Findings run(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection()) {
      Findings f = new Findings(count(c, OVERLAPS), count(c, SERIALS_TWICE));
      if (!c.getAutoCommit()) {
        c.rollback();
      }
      return f;
    }
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
