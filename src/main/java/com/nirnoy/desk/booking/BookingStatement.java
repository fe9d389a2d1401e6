package com.nirnoy.desk.booking;

import com.nirnoy.desk.db.NamedSql;
import com.nirnoy.desk.db.NamedSql.Typed;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;

/**
 * A booking as one SQL statement, sent with the statement that presents the desk's session (one
 * round trip for both, plus the commit): it takes the doctor-day lock, looks for a committed holder
 * of the time, and inserts the platform's {@code "Appointment"} (fee by {@code nirnoy_visit_fee};
 * clinic, serial and held time filled by the database) with the desk's {@code "DeskBooking"} beside
 * it, then returns the booked row or the holder. The database rules judge the insert exactly as
 * they judge the web's.
 *
 * <p>A request id already used is not an error here: nothing is inserted and no row comes back (as
 * when the chamber is not the doctor's, or a doctor who takes no new patients is asked for a new
 * patient's visit); {@link BookingService} then looks the request id up and says which it was.
 */
final class BookingStatement {
  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

  private static final NamedSql SQL =
      new NamedSql(
          """
          SELECT nirnoy_use_session(:session);
          WITH ready AS MATERIALIZED (
              SELECT pg_advisory_xact_lock(hashtextextended(:lock, 0)) AS locked
          ),
          taken AS (
              SELECT a.* FROM "Appointment" a
              WHERE a."doctorId" = :doctor
                AND a."date" >= :day - interval '12 hours' AND a."date" < :day + interval '12 hours'
                AND a."deskSlot" && tsrange(:day + :start, :day + :end)
                AND a.status <> 'CANCELLED'
                AND NOT EXISTS (SELECT 1 FROM "DeskBooking" x
                                WHERE x."appointmentId" = a.id AND x."requestId" = :request)
              ORDER BY (a."chamberId" = :chamber AND a."startTime"::time = :start) DESC, a."deskSlot"
              LIMIT 1
          ),
          made AS (
              INSERT INTO "Appointment" ("patientId", "doctorId", "chamberId", "clinicId", "date",
                  "startTime", "endTime", status, "visitType", "consultationType", "patientName",
                  "patientAge", "patientGender", "patientPhone", notes, fee, "bookedAt",
                  "confirmedAt", "createdAt", "updatedAt")
              SELECT :patient, c."doctorId", c.id, c."clinicId", :day, :startText, :endText,
                     'CONFIRMED', :visitType, 'CHAMBER', :visitorName, :visitorAge, :visitorGender,
                     :visitorPhone, :notes, COALESCE(:fee, nirnoy_visit_fee(c.id, :visitType)),
                     :now, :now, :now, :now
              FROM ready, "DoctorChamber" c
              WHERE c.id = :chamber AND c."doctorId" = :doctor
                AND (:visitType <> 'NEW' OR EXISTS (
                    SELECT 1 FROM "Doctor" nd WHERE nd.id = c."doctorId" AND nd."acceptNewPatients"))
                AND NOT EXISTS (SELECT 1 FROM taken)
                AND NOT EXISTS (SELECT 1 FROM "DeskBooking" e WHERE e."requestId" = :request)
              RETURNING *
          ),
          desk AS (
              INSERT INTO "DeskBooking" ("appointmentId", "requestId", source, "bookedById")
              SELECT id, :request, :source, :bookedBy FROM made
          ),
          outcome AS (
              SELECT true AS booked, m.* FROM made m
              UNION ALL
              SELECT false, t.* FROM taken t
          )
          SELECT a.booked, %s
          FROM outcome a
          JOIN "Patient" p ON p.id = a."patientId"
          JOIN "Doctor" d ON d.id = a."doctorId"
          JOIN "DoctorChamber" c ON c.id = a."chamberId"
          LEFT JOIN "DeskBooking" db ON db."appointmentId" = a.id
          """
              .formatted(AppointmentSummary.COLUMNS));

  /** What the statement did: booked the slot, or found it held (and inserted nothing). */
  record Outcome(boolean booked, AppointmentSummary appointment) {}

  private BookingStatement() {}

  /**
   * Books {@code r} in the session's transaction for the staff member {@code actorId}, presenting
   * the desk's session {@code token}; empty when nothing was inserted because the request id is
   * taken or the chamber is not the doctor's.
   */
  static Optional<Outcome> book(
      Session s, BookingRequest r, String actorId, String token, Instant now) {
    return s.doReturningWork(c -> book(c, r, actorId, token, now));
  }

  private static Optional<Outcome> book(
      Connection c, BookingRequest r, String actorId, String token, Instant now)
      throws SQLException {
    try (PreparedStatement ps = SQL.prepare(c, values(r, actorId, token, now))) {
      ps.execute(); // the session's staff member; the booking's rows follow
      if (!ps.getMoreResults()) {
        throw new SQLException("The booking statement returned no rows");
      }
      return read(ps.getResultSet(), r);
    }
  }

  private static Optional<Outcome> read(ResultSet rs, BookingRequest r) throws SQLException {
    try (rs) {
      if (!rs.next()) {
        return Optional.empty();
      }
      boolean booked = rs.getBoolean(1);
      AppointmentSummary a = AppointmentSummary.from(rs, 2);
      // the DeskBooking row made by this statement is not yet visible to its own join
      return Optional.of(new Outcome(booked, booked ? madeBy(a, r) : a));
    }
  }

  private static AppointmentSummary madeBy(AppointmentSummary a, BookingRequest r) {
    return new AppointmentSummary(
        a.id(),
        r.requestId(),
        a.patientId(),
        a.patientName(),
        a.doctorId(),
        a.doctorName(),
        a.doctorNameBn(),
        a.chamberId(),
        a.chamberName(),
        a.clinicId(),
        a.date(),
        a.startTime(),
        a.endTime(),
        a.serialNumber(),
        a.status(),
        a.type(),
        r.source(),
        a.fee());
  }

  private static Map<String, Object> values(
      BookingRequest r, String actorId, String token, Instant now) {
    BookingRequest.Visitor v = r.visitor();
    Map<String, Object> m = new HashMap<>();
    m.put("session", new Typed(token, Types.VARCHAR));
    m.put("lock", BookingService.doctorDayLockKey(r.doctorId(), r.date()));
    m.put("doctor", r.doctorId());
    m.put("chamber", r.chamberId());
    m.put("patient", r.patientId());
    m.put("day", r.date());
    m.put("start", r.startTime());
    m.put("end", r.endTime());
    m.put("startText", r.startTime().format(HH_MM));
    m.put("endText", r.endTime().format(HH_MM));
    m.put("visitType", r.type().name());
    m.put("visitorName", new Typed(v == null ? null : v.name(), Types.VARCHAR));
    m.put("visitorAge", new Typed(v == null ? null : v.age(), Types.INTEGER));
    m.put("visitorGender", new Typed(v == null ? null : v.gender(), Types.VARCHAR));
    m.put("visitorPhone", new Typed(v == null ? null : v.phone(), Types.VARCHAR));
    m.put("notes", new Typed(r.notes(), Types.VARCHAR));
    m.put("fee", new Typed(r.fee(), Types.INTEGER));
    m.put("now", LocalDateTime.ofInstant(now, ZoneOffset.UTC));
    m.put("request", r.requestId());
    m.put("source", r.source().name());
    Integer bookedBy = r.bookedById() != null ? r.bookedById() : parse(actorId);
    m.put("bookedBy", new Typed(bookedBy, Types.INTEGER));
    return m;
  }

  private static Integer parse(String actorId) {
    return actorId == null ? null : Integer.valueOf(actorId);
  }
}
