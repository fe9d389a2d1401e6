package com.nirnoy.desk.staff;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Staff passwords: the rule for a new one, and the Argon2id hashes older desks wrote (OWASP's
 * minimum: 19 MiB, 2 passes, one lane, PHC string form). New hashes are bcrypt and made inside the
 * database ({@code nirnoy_staff_set_password}); Argon2id is only checked, by {@link
 * LegacyPasswords}, to move an old account to bcrypt. A password is never logged or kept.
 */
public final class Passwords {
  static final int MIN_LENGTH = 8;
  static final int MAX_LENGTH = 128;
  private static final Argon2Function ARGON2ID =
      Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID, Argon2Function.ARGON2_VERSION_13);

  private Passwords() {}

  /**
   * A new salted Argon2id hash of {@code password}, as older desks made them (tests of the move).
   */
  public static String hash(CharSequence password) {
    return Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult();
  }

  /** True when {@code password} is the one {@code hash} was made from. */
  public static boolean matches(CharSequence password, String hash) {
    if (password == null || hash == null || !hash.startsWith("$argon2")) {
      return false;
    }
    return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
  }

  /** What is wrong with a new password, or null when it will do. */
  public static String problem(CharSequence password) {
    if (password == null || password.toString().isBlank()) {
      return "Enter a password";
    }
    if (password.length() < MIN_LENGTH) {
      return "At least " + MIN_LENGTH + " characters";
    }
    if (password.length() > MAX_LENGTH) {
      return "At most " + MAX_LENGTH + " characters";
    }
    return null;
  }
}
