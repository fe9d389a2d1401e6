package com.nirnoy.desk.patient;

/** A new patient's details cannot be saved; the message says which field and why. */
public class InvalidPatientException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidPatientException(String message) {
    super(message);
  }
}
