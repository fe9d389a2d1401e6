package com.nirnoy.desk.booking;

import java.util.Optional;

/** The time is already held by another appointment. */
public abstract class BookingConflictException extends BookingException {
  private static final long serialVersionUID = 1L;

  private final transient AppointmentSummary holder;

  protected BookingConflictException(String message, AppointmentSummary holder, Throwable cause) {
    super(message, cause);
    this.holder = holder;
  }

  /**
   * The appointment that holds the time, when it could still be found (it may have been cancelled a
   * moment after it won).
   */
  public Optional<AppointmentSummary> holder() {
    return Optional.ofNullable(holder);
  }
}
