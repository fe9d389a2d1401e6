package com.nirnoy.desk.testing;

import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.staff.StaffService;
import com.nirnoy.desk.staff.StaffSession;
import com.nirnoy.desk.user.Role;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Staff accounts for tests, signed in the real way (a checked password), so services that need a
 * signed-in actor can be used.
 */
public final class TestStaff {
  public static final String PASSWORD = "test-password";
  private static final AtomicInteger PHONES = new AtomicInteger();

  private TestStaff() {}

  /** A new session with a new receptionist signed in; the database records them as the actor. */
  public static StaffSession receptionist(Database db) {
    return signedIn(db, Role.RECEPTIONIST);
  }

  /** A new session with a new admin signed in; the database records them as the actor. */
  public static StaffSession admin(Database db) {
    return signedIn(db, Role.ADMIN);
  }

  public static StaffSession signedIn(Database db, Role role) {
    return signedIn(db, new Fixtures(db.dataSource()), role);
  }

  /**
   * Like {@link #signedIn(Database, Role)}, with the account made through {@code owner} (the
   * owner's connection): for a {@code db} that is a desk login, which may not make accounts.
   */
  public static StaffSession signedIn(Database db, Fixtures owner, Role role) {
    StaffSession session = new StaffSession();
    db.sessionFrom(session::token);
    String phone = addAccount(owner, role);
    new StaffService(db, Clock.systemUTC(), session).signIn(phone, PASSWORD);
    return session;
  }

  /** Adds a staff account with {@link #PASSWORD} and signs it in to {@code session}. */
  public static void signIn(Database db, StaffSession session, Role role) {
    String phone = addAccount(db, role);
    new StaffService(db, Clock.systemUTC(), session).signIn(phone, PASSWORD);
  }

  /** Adds an active staff account with {@link #PASSWORD}; returns its phone as typed. */
  public static String addAccount(Database db, Role role) {
    return addAccount(new Fixtures(db.dataSource()), role);
  }

  /** Adds an active staff account with {@link #PASSWORD} through {@code owner}. */
  public static String addAccount(Fixtures owner, Role role) {
    String phone = String.format("01555%06d", PHONES.incrementAndGet());
    owner.execute(
        """
            WITH u AS (INSERT INTO "User" (phone, role, "updatedAt")
                       VALUES (?, 'PATIENT', now()) RETURNING id)
            INSERT INTO "DeskStaff" ("userId", name, role, "passwordHash")
            SELECT id, ?, ?, crypt(?, gen_salt('bf', 4)) FROM u
            """,
        "+880" + phone.substring(1),
        "Test " + role.name().toLowerCase() + " " + phone,
        role.name(),
        PASSWORD);
    return phone;
  }
}
