package com.nirnoy.desk.booking;

public class AppointmentNotFoundException extends BookingException {
  private static final long serialVersionUID = 1L;

  public AppointmentNotFoundException(int appointmentId) {
    super("Appointment " + appointmentId + " no longer exists; refresh the schedule");
  }
}
