package com.nirnoy.desk.staff;

import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.rules.DatabaseRules;
import com.nirnoy.desk.rules.InvalidFormException;
import com.nirnoy.desk.user.PlatformAccounts;
import com.nirnoy.desk.user.Role;
import com.nirnoy.desk.user.User;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.Session;

/**
 * An admin's work on staff accounts: list, add receptionists and admins, reset a password (which
 * also lifts a lock-out), deactivate and reactivate. Accounts are never deleted: the history names
 * them. The database allows all of this to an admin's session only (docs/security.md).
 */
public class StaffAccounts {
  private final Database db;
  private final Clock clock;
  private final StaffSession session;

  public StaffAccounts(Database db, Clock clock, StaffSession session) {
    this.db = db;
    this.clock = clock;
    this.session = session;
  }

  /** Every staff account, active first, by name. */
  public List<StaffMember> list() {
    session.require(Permission.MANAGE_STAFF);
    return db.read(
        s ->
            s
                .createSelectionQuery(
                    "from DeskStaff st join fetch st.user order by st.isActive desc, st.name",
                    DeskStaff.class)
                .getResultList()
                .stream()
                .map(DeskStaff::member)
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
    return write(s -> create(s, form, form.role(), clock.instant()));
  }

  /**
   * Sets a new password, lifts any lock-out and ends the account's other sessions (the database
   * does all three, and only for an admin's session).
   */
  public StaffMember resetPassword(int staffId, String newPassword) {
    session.require(Permission.MANAGE_STAFF);
    String problem = Passwords.problem(newPassword);
    if (problem != null) {
      throw new InvalidFormException(Map.of("password", problem));
    }
    return write(
        s -> {
          DeskStaff u = load(s, staffId);
          setPassword(s, staffId, newPassword);
          return u;
        });
  }

  /**
   * Deactivates an account: it can no longer sign in; its history stays.
   *
   * @throws IllegalArgumentException for one's own account or the last active admin
   */
  public StaffMember deactivate(int staffId) {
    StaffMember me = session.require(Permission.MANAGE_STAFF);
    if (me.id() == staffId) {
      throw new IllegalArgumentException(
          "You cannot deactivate your own account; another admin can.");
    }
    return write(
        s -> {
          s.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('nirnoy.first-admin'))")
              .getSingleResult();
          DeskStaff u = load(s, staffId);
          if (u.role() == Role.ADMIN && activeAdmins(s) <= 1) {
            throw new IllegalArgumentException(
                "This is the last active admin; add another admin first.");
          }
          u.setActive(false, clock.instant());
          return u;
        });
  }

  /** Lets a deactivated account sign in again. */
  public StaffMember reactivate(int staffId) {
    session.require(Permission.MANAGE_STAFF);
    return write(
        s -> {
          DeskStaff u = load(s, staffId);
          u.setActive(true, clock.instant());
          return u;
        });
  }

  private StaffMember write(Function<Session, DeskStaff> work) {
    try {
      return db.inTransaction(
          s -> {
            DeskStaff u = work.apply(s);
            s.flush();
            return u.member();
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
            "select count(*) from DeskStaff where role = :admin and isActive", Long.class)
        .setParameter("admin", Role.ADMIN)
        .getSingleResult();
  }

  private static DeskStaff load(Session s, int staffId) {
    DeskStaff u = s.find(DeskStaff.class, staffId);
    if (u == null) {
      throw new IllegalArgumentException("No staff account " + staffId);
    }
    return u;
  }

  /**
   * A new staff account on the platform account of the form's phone (or email): an existing account
   * is reused (one account per phone on the platform), a new one is made as an ordinary account.
   * Refused by {@code DeskStaff_pkey} when that account already has a staff account.
   */
  static DeskStaff create(Session s, StaffForm form, Role role, Instant now) {
    User user = PlatformAccounts.find(s, form.canonicalPhone(), form.cleanEmail()).orElse(null);
    if (user == null) {
      if (form.canonicalPhone() == null) {
        throw new InvalidFormException(
            java.util.Map.of(
                "phone", "Enter the phone number: a new account on the platform needs one"));
      }
      user = new User(form.canonicalPhone(), User.PATIENT, now);
      s.persist(user);
    }
    if (form.cleanEmail() != null && user.getEmail() == null) {
      user.setEmail(form.cleanEmail(), now);
    }
    DeskStaff staff = new DeskStaff(user, form.cleanName(), role, now);
    s.persist(staff);
    s.flush();
    setPassword(s, staff.member().id(), form.password());
    return staff;
  }

  /** The database hashes the password (bcrypt) and keeps it where no desk login can read it. */
  private static void setPassword(Session s, int staffId, String password) {
    s.createNativeQuery("SELECT nirnoy_staff_set_password(:id, :pw)", Object.class)
        .setParameter("id", staffId)
        .setParameter("pw", password)
        .getResultList();
  }
}
