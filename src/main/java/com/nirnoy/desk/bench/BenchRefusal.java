package com.nirnoy.desk.bench;

/**
 * The bench will not run as asked (the database it was given is not empty, an earlier load did not
 * finish, too many appointments for the grid); the message says what to do instead.
 */
public final class BenchRefusal extends RuntimeException {
  private static final long serialVersionUID = 1L;

  BenchRefusal(String message) {
    super(message);
  }
}
