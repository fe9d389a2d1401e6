package com.nirnoy.desk.staff;

/** The password was right, but an admin deactivated the account. */
public class AccountDeactivatedException extends SignInException {
  private static final long serialVersionUID = 1L;

  public AccountDeactivatedException() {
    super("This account is deactivated. Ask an admin.");
  }
}
