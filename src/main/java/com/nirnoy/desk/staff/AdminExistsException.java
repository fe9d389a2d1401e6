package com.nirnoy.desk.staff;

/** The first admin was wanted, but another desk made one a moment ago: sign in instead. */
public class AdminExistsException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  public AdminExistsException() {
    super("An admin account already exists: ask an admin to sign in and add you.");
  }
}
