package com.nirnoy.desk.staff;

import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.db.DatabaseErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Argon2id hashes that an older desk wrote, which the database cannot check. Where the desk owns
 * the database (the built-in one) it may read the old hash, check the password here and, when it is
 * right, have the database store it as bcrypt; a desk login cannot read hashes, so on a server such
 * an account is reset instead (docs/security.md).
 */
final class LegacyPasswords {
  private static final Logger log = LoggerFactory.getLogger(LegacyPasswords.class);

  /** What became of the attempt. */
  enum Upgrade {
    /** The password was right and is now stored as bcrypt: sign in again. */
    DONE,
    /** The password was not the one the old hash was made from. */
    WRONG,
    /** This desk cannot read hashes (a desk login): the account needs a reset. */
    NOT_ALLOWED
  }

  private LegacyPasswords() {}

  static Upgrade upgrade(Database db, int userId, String password) {
    try {
      return db.withoutSession(
          s -> {
            String hash =
                s.createNativeQuery(
                        "SELECT \"passwordHash\" FROM \"DeskStaff\" WHERE \"userId\" = :id",
                        String.class)
                    .setParameter("id", userId)
                    .getSingleResult();
            if (!Passwords.matches(password, hash)) {
              return Upgrade.WRONG;
            }
            s.createNativeQuery("SELECT nirnoy_staff_set_password(:id, :pw)", Object.class)
                .setParameter("id", userId)
                .setParameter("pw", password)
                .getResultList();
            log.info("Staff {}: password from an older desk stored as bcrypt", userId);
            return Upgrade.DONE;
          });
    } catch (RuntimeException e) {
      // a desk login may not read hashes: the account needs a reset
      log.info(
          "Staff {} needs a password reset (old hash; {})",
          userId,
          DatabaseErrors.sqlState(e).orElse("no SQLSTATE"));
      return Upgrade.NOT_ALLOWED;
    }
  }
}
