package com.nirnoy.desk.booking;

/** Another desk changed the appointment after this one read it. */
public class AppointmentChangedException extends BookingException {
  private static final long serialVersionUID = 1L;

  public AppointmentChangedException(Throwable cause) {
    super(
        "This appointment was just changed at another desk; the schedule has the latest, try again",
        cause);
  }
}
