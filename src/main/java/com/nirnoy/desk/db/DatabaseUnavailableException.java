package com.nirnoy.desk.db;

/** The database cannot be reached or started; the message says what to do. */
public class DatabaseUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DatabaseUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
