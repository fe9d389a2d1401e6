package com.nirnoy.desk.ui;

import com.nirnoy.desk.booking.AppointmentSummary;

/** One line of a chamber's day list, as shown. */
public record AppointmentRow(
    AppointmentSummary appointment,
    String chamber,
    String doctor,
    String serial,
    String time,
    String patient,
    String status) {

  public static AppointmentRow of(AppointmentSummary a, Texts t) {
    return new AppointmentRow(
        a,
        a.chamberName(),
        t.doctorOf(a),
        a.serialNumber() == null ? "" : t.number(a.serialNumber()),
        t.timeRange(a.startTime(), a.endTime()),
        a.patientName(),
        t.status(a.status()));
  }
}
