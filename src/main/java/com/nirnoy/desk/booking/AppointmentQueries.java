package com.nirnoy.desk.booking;

import com.nirnoy.desk.db.Database;
import java.time.LocalDate;
import java.util.List;

/** Read-only lists of appointments for the screens, each one indexed query. */
public class AppointmentQueries {
  private final Database db;

  public AppointmentQueries(Database db) {
    this.db = db;
  }

  /** Every live appointment of a day across all chambers, by chamber then serial/time. */
  public List<AppointmentSummary> day(LocalDate date) {
    return db.inTransaction(
        s ->
            s
                .createSelectionQuery(
                    """
                    select a from Appointment a join fetch a.patient join fetch a.doctor join fetch a.chamber
                    where a.date = :date and a.status <> :cancelled
                    order by a.chamber.name, a.doctor.name, a.startTime
                    """,
                    Appointment.class)
                .setParameter("date", date)
                .setParameter("cancelled", AppointmentStatus.CANCELLED)
                .getResultList()
                .stream()
                .map(AppointmentSummary::of)
                .toList());
  }
}
