package com.nirnoy.desk.booking;

import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.staff.Permission;
import com.nirnoy.desk.staff.StaffSession;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Read-only lists of live (not cancelled) appointments for the screens, each one indexed query. */
public class AppointmentQueries {
  private static final String SUMMARIES =
      """
      select new com.nirnoy.desk.booking.AppointmentSummary(
        a.id, a.requestId, p.id, p.name, d.id, d.name, c.id, c.name,
        a.date, a.startTime, a.endTime, a.serialNumber, a.status, a.type, a.source, a.fee)
      from Appointment a join a.patient p join a.doctor d join a.chamber c
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

  /** Every live appointment of a day across all chambers, by chamber then doctor and time. */
  public List<AppointmentSummary> day(LocalDate date) {
    return live("a.date = :date order by c.name, d.name, a.startTime", Map.of("date", date));
  }

  /** A doctor's live appointments from {@code from} to {@code to} inclusive, in time order. */
  public List<AppointmentSummary> forDoctor(String doctorId, LocalDate from, LocalDate to) {
    return live(
        "a.doctor.id = :doctorId and a.date between :from and :to order by a.date, a.startTime",
        Map.of("doctorId", doctorId, "from", from, "to", to));
  }

  /**
   * A chamber's day list: every doctor sitting at the same place (same chamber name and address) on
   * {@code date}, by doctor then serial.
   */
  public List<AppointmentSummary> chamberDay(String chamberId, LocalDate date) {
    return live(
        """
        a.date = :date and exists (
          select 1 from DoctorChamber here
          where here.id = :chamberId and here.name = c.name and here.address = c.address)
        order by d.name, a.serialNumber nulls last, a.startTime
        """,
        Map.of("chamberId", chamberId, "date", date));
  }

  /**
   * Selects the summaries' columns straight into records: no entities are loaded or tracked, which
   * was most of a long list's time (a chamber's day at a busy centre is ~80 appointments, each with
   * its patient, doctor and chamber).
   */
  private List<AppointmentSummary> live(String condition, Map<String, Object> params) {
    if (session != null) {
      session.require(Permission.FRONT_DESK);
    }
    return db.read(
        s -> {
          var query =
              s.createSelectionQuery(
                      SUMMARIES + "where a.status <> :cancelled and " + condition,
                      AppointmentSummary.class)
                  .setParameter("cancelled", AppointmentStatus.CANCELLED);
          params.forEach(query::setParameter);
          return query.getResultList();
        });
  }
}
