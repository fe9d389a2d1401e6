package com.nirnoy.desk.cli;

/** A command could not do its work; the message is the one line the user sees. */
final class CommandFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CommandFailure(String message) {
    super(message);
  }
}
