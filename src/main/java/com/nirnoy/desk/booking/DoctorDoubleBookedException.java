package com.nirnoy.desk.booking;

/**
 * The doctor already has an appointment at an overlapping time, at this chamber with another start
 * time or at another chamber: the {@code Appointment_no_doctor_overlap} rule.
 */
public class DoctorDoubleBookedException extends BookingConflictException {
  private static final long serialVersionUID = 1L;

  public DoctorDoubleBookedException(AppointmentSummary holder, Throwable cause) {
    super(describe(holder), holder, cause);
  }

  private static String describe(AppointmentSummary h) {
    if (h == null) {
      return "The doctor is already booked at an overlapping time";
    }
    return h.doctorName()
        + " is already booked "
        + Formats.time(h.startTime())
        + "-"
        + Formats.time(h.endTime())
        + " at "
        + h.chamberName()
        + " on "
        + Formats.day(h.date())
        + " (patient "
        + h.patientName()
        + ")";
  }
}
