package com.nirnoy.desk.ui;

import com.nirnoy.desk.booking.AppointmentSummary;
import java.time.format.DateTimeFormatter;

/** One line of the day list, as shown. */
public record AppointmentRow(
    String chamber, String doctor, String serial, String time, String patient, String status) {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  static AppointmentRow of(AppointmentSummary a) {
    return new AppointmentRow(
        a.chamberName(),
        "Dr " + a.doctorName(),
        a.serialNumber() == null ? "" : String.valueOf(a.serialNumber()),
        TIME.format(a.startTime()) + "-" + TIME.format(a.endTime()),
        a.patientName(),
        a.status().name().replace('_', ' '));
  }
}
