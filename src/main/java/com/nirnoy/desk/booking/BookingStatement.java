package com.nirnoy.desk.booking;

import com.nirnoy.desk.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/**
 * A booking as one SQL statement, so it costs one round trip plus the commit: it names the actor
 * for the audit trail, takes the doctor-day lock, reads the doctor's fee, numbers the serial
 * ({@code nirnoy_serial_of}) and inserts, then returns the booked row with its names. The database
 * rules judge the insert exactly as they judge any other client's.
 *
 * <p>A request id already used is not an error here: the insert does nothing (checked before the
 * insert, so even a rule that would refuse the row now cannot hide the booking made earlier, and
 * again by {@code ON CONFLICT} for one committed a moment ago) and the statement returns no row, as
 * it does when the doctor is not registered; {@link BookingService} then looks the request id up.
 */
final class BookingStatement {
  private static final String COLUMNS =
      """
      id, "requestId", "patientId", "doctorId", "chamberId", date, "startTime", "endTime",
      "serialNumber", status, type, source, fee""";

  private static final String SQL =
      """
      WITH taken AS (
          SELECT %1$s
          FROM "Appointment" a
          WHERE a."doctorId" = ? AND a.date = ? AND a."startTime" < ? AND a."endTime" > ?
            AND a.status <> 'CANCELLED' AND a."requestId" IS DISTINCT FROM ?
          ORDER BY (a."chamberId" = ? AND a."startTime" = ?) DESC, a."startTime"
          LIMIT 1
      ),
      ready AS MATERIALIZED (
          SELECT %2$s, pg_advisory_xact_lock(hashtextextended(?, 0))
      ),
      made AS (
          INSERT INTO "Appointment" (id, "patientId", "doctorId", "chamberId", date, "startTime",
              "endTime", "serialNumber", status, type, source, fee, notes, "requestId",
              "bookedById", "createdAt", "updatedAt", version)
          SELECT ?, ?, d.id, ?, ?, ?, ?, nirnoy_serial_of(?, ?, ?), 'CONFIRMED', ?, ?,
                 COALESCE(?, CASE WHEN ? = 'FOLLOW_UP' THEN COALESCE(d."followUpFee", d.fee)
                                  ELSE d.fee END),
                 ?, ?, ?, ?, ?, 0
          FROM ready, "Doctor" d
          WHERE d.id = ?
            AND NOT EXISTS (SELECT 1 FROM taken)
            AND NOT EXISTS (SELECT 1 FROM "Appointment" e WHERE e."requestId" = ?)
          ON CONFLICT ("requestId") DO NOTHING
          RETURNING %1$s
      ),
      outcome AS (
          SELECT true AS booked, %1$s FROM made
          UNION ALL
          SELECT false, %1$s FROM taken
      )
      SELECT o.booked, o.id, o."requestId", o."patientId", p.name, o."doctorId", d.name,
             o."chamberId", c.name, o.date, o."startTime", o."endTime", o."serialNumber",
             o.status, o.type, o.source, o.fee
      FROM outcome o
      JOIN "User" p ON p.id = o."patientId"
      JOIN "Doctor" d ON d.id = o."doctorId"
      JOIN "DoctorChamber" c ON c.id = o."chamberId"
      """
          .formatted(COLUMNS, Database.NAME_ACTOR_SQL);

  /** What the statement did: booked the slot, or found it held (and inserted nothing). */
  record Outcome(boolean booked, AppointmentSummary appointment) {}

  private BookingStatement() {}

  /**
   * Books {@code r} in the session's transaction for {@code actorId}; empty when nothing was
   * inserted because the request id is taken or the doctor is not registered.
   */
  static Optional<Outcome> book(Session s, BookingRequest r, String actorId, Instant now) {
    return s.doReturningWork(c -> book(c, r, actorId, now));
  }

  private static Optional<Outcome> book(Connection c, BookingRequest r, String actorId, Instant now)
      throws SQLException {
    OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
    try (PreparedStatement ps = c.prepareStatement(SQL)) {
      int i = 0;
      ps.setString(++i, r.doctorId());
      ps.setObject(++i, r.date());
      ps.setObject(++i, r.endTime());
      ps.setObject(++i, r.startTime());
      ps.setString(++i, r.requestId());
      ps.setString(++i, r.chamberId());
      ps.setObject(++i, r.startTime());
      ps.setString(++i, actorId);
      ps.setString(++i, BookingService.doctorDayLockKey(r.doctorId(), r.date()));
      ps.setString(++i, UUID.randomUUID().toString());
      ps.setString(++i, r.patientId());
      ps.setString(++i, r.chamberId());
      ps.setObject(++i, r.date());
      ps.setObject(++i, r.startTime());
      ps.setObject(++i, r.endTime());
      ps.setString(++i, r.chamberId());
      ps.setObject(++i, r.date());
      ps.setObject(++i, r.startTime());
      ps.setString(++i, r.type().name());
      ps.setString(++i, r.source().name());
      if (r.fee() == null) {
        ps.setNull(++i, Types.NUMERIC);
      } else {
        ps.setBigDecimal(++i, r.fee());
      }
      ps.setString(++i, r.type().name());
      ps.setString(++i, r.notes());
      ps.setString(++i, r.requestId());
      ps.setString(++i, r.bookedById() != null ? r.bookedById() : actorId);
      ps.setObject(++i, at);
      ps.setObject(++i, at);
      ps.setString(++i, r.doctorId());
      ps.setString(++i, r.requestId());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? Optional.of(new Outcome(rs.getBoolean(1), summary(rs)))
            : Optional.empty();
      }
    }
  }

  private static AppointmentSummary summary(ResultSet rs) throws SQLException {
    return new AppointmentSummary(
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        rs.getObject(10, LocalDate.class),
        rs.getObject(11, LocalTime.class),
        rs.getObject(12, LocalTime.class),
        rs.getObject(13, Integer.class),
        AppointmentStatus.valueOf(rs.getString(14)),
        VisitType.valueOf(rs.getString(15)),
        BookingSource.valueOf(rs.getString(16)),
        rs.getBigDecimal(17));
  }
}
