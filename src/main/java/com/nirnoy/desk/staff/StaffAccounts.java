package com.nirnoy.desk.staff;

import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.rules.DatabaseRules;
import com.nirnoy.desk.rules.InvalidFormException;
import com.nirnoy.desk.user.Role;
import com.nirnoy.desk.user.User;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.Session;

/**
 * An admin's work on staff accounts: list, add receptionists and admins, reset a password (which
 * also lifts a lock-out), deactivate and reactivate. Accounts are never deleted: the history names
 * them.
 */
public class StaffAccounts {
  private final Database db;
  private final Clock clock;
  private final StaffSession session;
  private final StaffLogins logins;

  public StaffAccounts(Database db, Clock clock, StaffSession session) {
    this.db = db;
    this.clock = clock;
    this.session = session;
    this.logins = new StaffLogins(db);
  }

  /** Every staff account, active first, by name. */
  public List<StaffMember> list() {
    session.require(Permission.MANAGE_STAFF);
    return db.inTransaction(
        s ->
            s
                .createSelectionQuery(
                    "from User where role in (:roles) order by isActive desc, name", User.class)
                .setParameter("roles", List.of(Role.RECEPTIONIST, Role.ADMIN))
                .getResultList()
                .stream()
                .map(StaffMember::of)
                .toList());
  }

  /**
   * Adds a receptionist or an admin with a first password.
   *
   * @throws InvalidFormException naming the fields to fix
   * @throws com.nirnoy.desk.rules.RuleViolationException when the phone or email is taken
   */
  public StaffMember add(StaffForm form) {
    session.require(Permission.MANAGE_STAFF);
    InvalidFormException.refuseIfAny(form.problems());
    String hash = Passwords.hash(form.password());
    return write(
        s -> {
          User u =
              User.staff(
                  form.cleanName(),
                  form.canonicalPhone(),
                  form.cleanEmail(),
                  form.role(),
                  hash,
                  clock.instant());
          s.persist(u);
          return u;
        });
  }

  /** Sets a new password and lifts any lock-out. */
  public StaffMember resetPassword(String staffId, String newPassword) {
    session.require(Permission.MANAGE_STAFF);
    String problem = Passwords.problem(newPassword);
    if (problem != null) {
      throw new InvalidFormException(Map.of("password", problem));
    }
    String hash = Passwords.hash(newPassword);
    return write(
        s -> {
          User u = load(s, staffId);
          u.setPasswordHash(hash, clock.instant());
          logins.cleared(s, staffId);
          return u;
        });
  }

  /**
   * Deactivates an account: it can no longer sign in; its history stays.
   *
   * @throws IllegalArgumentException for one's own account or the last active admin
   */
  public StaffMember deactivate(String staffId) {
    StaffMember me = session.require(Permission.MANAGE_STAFF);
    if (me.id().equals(staffId)) {
      throw new IllegalArgumentException(
          "You cannot deactivate your own account; another admin can.");
    }
    return write(
        s -> {
          s.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('nirnoy.first-admin'))")
              .getSingleResult();
          User u = load(s, staffId);
          if (u.getRole() == Role.ADMIN && activeAdmins(s) <= 1) {
            throw new IllegalArgumentException(
                "This is the last active admin; add another admin first.");
          }
          u.setActive(false, clock.instant());
          return u;
        });
  }

  /** Lets a deactivated account sign in again. */
  public StaffMember reactivate(String staffId) {
    session.require(Permission.MANAGE_STAFF);
    return write(
        s -> {
          User u = load(s, staffId);
          u.setActive(true, clock.instant());
          return u;
        });
  }

  private StaffMember write(Function<Session, User> work) {
    try {
      return db.inTransaction(
          s -> {
            User u = work.apply(s);
            s.flush();
            return StaffMember.of(u);
          });
    } catch (RuntimeException e) {
      throw DatabaseRules.explain(e);
    }
  }

  /**
   * Admins who can sign in at a desk: the one rule for "no admin yet" on a first run and for "the
   * last admin cannot be deactivated".
   */
  static long activeAdmins(Session s) {
    return s.createSelectionQuery(
            "select count(*) from User where role = :admin and isActive and passwordHash is not null",
            Long.class)
        .setParameter("admin", Role.ADMIN)
        .getSingleResult();
  }

  private static User load(Session s, String staffId) {
    User u = s.find(User.class, staffId);
    if (u == null || (u.getRole() != Role.RECEPTIONIST && u.getRole() != Role.ADMIN)) {
      throw new IllegalArgumentException("No staff account " + staffId);
    }
    return u;
  }
}
