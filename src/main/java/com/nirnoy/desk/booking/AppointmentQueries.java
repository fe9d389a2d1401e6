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
                    AppointmentSummary.WITH_NAMES
                        + """
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

  /** A doctor's live appointments from {@code from} to {@code to} inclusive, in time order. */
  public List<AppointmentSummary> forDoctor(String doctorId, LocalDate from, LocalDate to) {
    return db.inTransaction(
        s ->
            s
                .createSelectionQuery(
                    AppointmentSummary.WITH_NAMES
                        + """
                    where a.doctor.id = :doctorId and a.date between :from and :to and a.status <> :cancelled
                    order by a.date, a.startTime
                    """,
                    Appointment.class)
                .setParameter("doctorId", doctorId)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("cancelled", AppointmentStatus.CANCELLED)
                .getResultList()
                .stream()
                .map(AppointmentSummary::of)
                .toList());
  }

  /**
   * A chamber's day list: every doctor sitting at the same place (same chamber name and address) on
   * {@code date}, by doctor then serial.
   */
  public List<AppointmentSummary> chamberDay(String chamberId, LocalDate date) {
    return db.inTransaction(
        s ->
            s
                .createSelectionQuery(
                    AppointmentSummary.WITH_NAMES
                        + "c "
                        + """
                      where a.date = :date and a.status <> :cancelled and exists (
                      select 1 from DoctorChamber here
                      where here.id = :chamberId and here.name = c.name and here.address = c.address)
                    order by a.doctor.name, a.serialNumber nulls last, a.startTime
                    """,
                    Appointment.class)
                .setParameter("chamberId", chamberId)
                .setParameter("date", date)
                .setParameter("cancelled", AppointmentStatus.CANCELLED)
                .getResultList()
                .stream()
                .map(AppointmentSummary::of)
                .toList());
  }
}
