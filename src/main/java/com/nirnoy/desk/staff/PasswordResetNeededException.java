package com.nirnoy.desk.staff;

/**
 * The account's password was set by an older Nirnoy Desk in a form the database cannot check
 * (Argon2id): an admin resets it at a desk, or the clinic's IT person runs {@code nirnoy-desk staff
 * reset-password} (docs/security.md). On the built-in database the desk upgrades it itself.
 */
public class PasswordResetNeededException extends SignInException {
  private static final long serialVersionUID = 1L;

  public PasswordResetNeededException() {
    super(
        "This account's password was set by an older Nirnoy Desk and must be reset: ask an admin.");
  }
}
