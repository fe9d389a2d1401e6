package com.nirnoy.desk.booking;

/**
 * The slot (this doctor, this chamber, this date and start time, or this serial) is already booked:
 * the {@code unique_appointment_slot} rule.
 */
public class SlotTakenException extends BookingConflictException {
  private static final long serialVersionUID = 1L;

  /** The seed's message, kept word for word: the web platform shows the same. */
  public static final String MESSAGE = "Time slot already booked";

  public SlotTakenException(AppointmentSummary holder, Throwable cause) {
    super(describe(holder), holder, cause);
  }

  private static String describe(AppointmentSummary h) {
    if (h == null) {
      return MESSAGE;
    }
    return MESSAGE
        + ": "
        + Formats.day(h.date())
        + " "
        + Formats.time(h.startTime())
        + " at "
        + h.chamberName()
        + " is held by "
        + h.patientName()
        + (h.serialNumber() == null ? "" : " (serial " + h.serialNumber() + ")");
  }
}
