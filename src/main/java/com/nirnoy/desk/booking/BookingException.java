package com.nirnoy.desk.booking;

/** A booking could not be made or changed; the message is written for a receptionist. */
public abstract class BookingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected BookingException(String message) {
    super(message);
  }

  protected BookingException(String message, Throwable cause) {
    super(message, cause);
  }
}
