package com.nirnoy.desk.db;

/**
 * The database refused this desk's session token: it expired, was revoked (signed out, password
 * reset) or its account was deactivated. The desk must sign in again; nothing was changed.
 */
public class SessionEndedException extends RuntimeException {
  /** The rule {@code nirnoy_use_session} names when it refuses a token. */
  static final String RULE = "DeskSession_valid";

  public SessionEndedException(Throwable cause) {
    super("Your desk session has ended: sign in again", cause);
  }

  /** True when {@code error} is the database refusing the presented session token. */
  static boolean isEnded(Throwable error) {
    return DatabaseErrors.sqlState(error).filter("28000"::equals).isPresent()
        && DatabaseErrors.constraint(error).filter(RULE::equals).isPresent();
  }
}
