package com.nirnoy.desk.booking;

import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.db.NamedSql;
import com.nirnoy.desk.staff.Permission;
import com.nirnoy.desk.staff.StaffSession;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;

/**
 * Read-only lists of live (not cancelled) appointments for the screens, each one indexed query on
 * the platform's columns: a day is the clinic day ({@code nirnoy_clinic_day}), found through the
 * platform's {@code (doctorId, date)} or the desk's {@code (clinicId, date)} index.
 */
public class AppointmentQueries {
  /** Rows whose stored {@code date} may mean a day from {@code :from} to {@code :to}. */
  private static final String DAYS =
      """
      a."date" >= CAST(:from AS date) - interval '12 hours'
      AND a."date" < CAST(:to AS date) + interval '12 hours'
      """;

  private final Database db;
  private final StaffSession session;

  /**
   * For a desk: every list names patients, so it is read only while staff are signed in (refused
   * with {@link com.nirnoy.desk.staff.NotSignedInException} otherwise).
   */
  public AppointmentQueries(Database db, StaffSession session) {
    this.db = db;
    this.session = session;
  }

  /** For tools that read without a desk (tests, the benchmark): no sign-in is asked for. */
  public AppointmentQueries(Database db) {
    this(db, null);
  }

  private static final NamedSql DAY =
      liveQuery(DAYS + " ORDER BY c.name, d.\"nameEn\", a.\"startTime\"");

  private static final NamedSql FOR_DOCTOR =
      liveQuery("a.\"doctorId\" = :id AND " + DAYS + " ORDER BY a.\"deskSlot\"");

  private static final NamedSql CLINIC_DAY =
      liveQuery(
          """
          a."chamberId" IN (
            SELECT o.id FROM "DoctorChamber" here JOIN "DoctorChamber" o
              ON o.id = here.id OR o."clinicId" = here."clinicId"
            WHERE here.id = :id)
          AND\s"""
              + DAYS
              + " ORDER BY d.\"nameEn\", a.\"serialNumber\" NULLS LAST, a.\"startTime\"");

  /** Every live appointment of a day across all chambers, by chamber then doctor and time. */
  public List<AppointmentSummary> day(LocalDate date) {
    return live(DAY, date, date, null);
  }

  /** A doctor's live appointments from {@code from} to {@code to} inclusive, in time order. */
  public List<AppointmentSummary> forDoctor(int doctorId, LocalDate from, LocalDate to) {
    return live(FOR_DOCTOR, from, to, doctorId);
  }

  /**
   * A clinic's day list: every doctor sitting at the clinic of this chamber on {@code date} (only
   * this chamber when it belongs to no clinic), by doctor then serial.
   */
  public List<AppointmentSummary> chamberDay(int chamberId, LocalDate date) {
    return live(CLINIC_DAY, date, date, chamberId);
  }

  /** One appointment, with names, cancelled or not. */
  static Optional<AppointmentSummary> byId(Session s, int id) {
    return first(s, "a.id = ?", id);
  }

  /** The appointment a desk request made, if it was committed. */
  static Optional<AppointmentSummary> byRequestId(Session s, String requestId) {
    return first(s, "db.\"requestId\" = ?", requestId);
  }

  private static Optional<AppointmentSummary> first(Session s, String where, Object value) {
    return s.doReturningWork(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT "
                      + AppointmentSummary.COLUMNS
                      + " "
                      + AppointmentSummary.FROM
                      + "WHERE "
                      + where)) {
            ps.setObject(1, value);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(AppointmentSummary.from(rs, 1)) : Optional.empty();
            }
          }
        });
  }

  /**
   * Selects the summaries' columns straight into records: no entities are loaded or tracked (a
   * chamber's day at a busy centre is ~80 appointments).
   */
  private static NamedSql liveQuery(String condition) {
    return new NamedSql(
        "SELECT "
            + AppointmentSummary.COLUMNS
            + " "
            + AppointmentSummary.FROM
            + "WHERE a.status <> 'CANCELLED' AND "
            + condition);
  }

  private List<AppointmentSummary> live(NamedSql named, LocalDate from, LocalDate to, Integer id) {
    if (session != null) {
      session.require(Permission.FRONT_DESK);
    }
    Map<String, Object> values = new HashMap<>();
    values.put("from", from);
    values.put("to", to);
    if (id != null) {
      values.put("id", id);
    }
    return db.read(
        s ->
            s.doReturningWork(
                c -> {
                  List<AppointmentSummary> rows = new ArrayList<>();
                  try (PreparedStatement ps = named.prepare(c, values);
                      ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                      rows.add(AppointmentSummary.from(rs, 1));
                    }
                  }
                  return rows;
                }));
  }
}
