package com.nirnoy.desk.staff;

import com.nirnoy.desk.config.ClinicTime;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Too many wrong passwords in a row: the account waits until {@link #until()}. */
public class AccountLockedException extends SignInException {
  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final Instant until;

  public AccountLockedException(Instant until) {
    super(
        "Too many wrong passwords: this account is locked until "
            + TIME.format(until.atZone(ClinicTime.ZONE))
            + ". An admin can reset the password to unlock it now.");
    this.until = until;
  }

  public Instant until() {
    return until;
  }
}
