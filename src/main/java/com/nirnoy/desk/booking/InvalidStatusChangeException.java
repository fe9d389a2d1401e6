package com.nirnoy.desk.booking;

/** A change the appointment's status does not allow (e.g. cancelling a completed visit). */
public class InvalidStatusChangeException extends BookingException {
  private static final long serialVersionUID = 1L;

  private final AppointmentStatus from;
  private final AppointmentStatus to;

  public InvalidStatusChangeException(AppointmentStatus from, AppointmentStatus to) {
    super(
        from == to
            ? "A " + from.name().toLowerCase().replace('_', ' ') + " appointment cannot be changed"
            : "A "
                + from.name().toLowerCase().replace('_', ' ')
                + " appointment cannot become "
                + to.name().toLowerCase().replace('_', ' '));
    this.from = from;
    this.to = to;
  }

  public AppointmentStatus from() {
    return from;
  }

  public AppointmentStatus to() {
    return to;
  }
}
