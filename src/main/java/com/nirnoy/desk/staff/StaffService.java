package com.nirnoy.desk.staff;

import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.rules.DatabaseRules;
import com.nirnoy.desk.rules.InvalidFormException;
import com.nirnoy.desk.user.PhoneNumbers;
import com.nirnoy.desk.user.PlatformAccounts;
import com.nirnoy.desk.user.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Staff sign-in (phone or email and a password), lock-out after repeated failures, sign-out, and
 * the first admin of a new database. Passwords are checked against Argon2id hashes ({@link
 * Passwords}) outside any transaction and are never logged.
 */
public class StaffService {
  /** Wrong passwords in a row that lock an account. */
  public static final int MAX_FAILURES = 5;

  /** How long a locked account waits. */
  public static final Duration LOCK_TIME = Duration.ofMinutes(15);

  private static final Logger log = LoggerFactory.getLogger(StaffService.class);

  /** Checked when the login is unknown, so a wrong login takes as long as a wrong password. */
  private static final String DECOY = Passwords.hash("decoy-password-never-used");

  private final Database db;
  private final Clock clock;
  private final StaffSession session;
  private final StaffLogins logins;

  public StaffService(Database db, Clock clock, StaffSession session) {
    this.db = db;
    this.clock = clock;
    this.session = session;
    this.logins = new StaffLogins(db);
  }

  public StaffSession session() {
    return session;
  }

  /**
   * Signs in with a phone (as typed: "01711-000001") or an email, and the password. On success the
   * staff member is this desk's {@link StaffSession} actor.
   *
   * @throws AccountLockedException after {@link #MAX_FAILURES} wrong passwords in a row, for {@link
   *     #LOCK_TIME}
   * @throws SignInException for a wrong login or password, or a deactivated account
   */
  public StaffMember signIn(String login, String password) {
    Optional<StaffLogins.Candidate> found = db.inTransaction(s -> find(s, login));
    if (found.isEmpty()) {
      Passwords.matches(password == null ? "" : password, DECOY);
      throw new SignInException(SignInException.WRONG);
    }
    StaffLogins.Candidate c = found.get();
    Instant now = clock.instant();
    if (c.lockedUntil() != null && c.lockedUntil().isAfter(now)) {
      throw new AccountLockedException(c.lockedUntil());
    }
    if (!Passwords.matches(password, c.passwordHash())) {
      Instant lockedUntil = logins.failed(c.member().id(), now, MAX_FAILURES, LOCK_TIME);
      log.info("Sign-in refused for staff {}: wrong password", c.member().id());
      if (lockedUntil != null) {
        throw new AccountLockedException(lockedUntil);
      }
      throw new SignInException(SignInException.WRONG);
    }
    if (!c.member().active()) {
      throw new AccountDeactivatedException();
    }
    logins.succeeded(c.member().id(), now);
    log.info("Staff {} ({}) signed in", c.member().id(), c.member().role());
    session.signedIn(c.member());
    return c.member();
  }

  /**
   * True when {@code login} is an active staff account whose password is {@code password}; counts
   * no failure and signs nobody in. Only for passwords the app itself ships (the demo accounts'),
   * to know whether they are still worth showing.
   */
  public boolean stillHasPassword(String login, String password) {
    return db.inTransaction(s -> find(s, login))
        .filter(c -> c.member().active() && Passwords.matches(password, c.passwordHash()))
        .isPresent();
  }

  public void signOut() {
    session.current().ifPresent(m -> log.info("Staff {} signed out", m.id()));
    session.signOut();
  }

  /** True while the database has no active admin who can sign in: the first run asks for one. */
  public boolean needsFirstAdmin() {
    return db.inTransaction(StaffService::noAdmin);
  }

  /**
   * Creates the first admin of a new database and signs them in. Refused once an admin exists (two
   * desks racing here make exactly one).
   *
   * @throws InvalidFormException naming the fields to fix
   * @throws AdminExistsException when an admin already exists
   */
  public StaffMember createFirstAdmin(StaffForm form) {
    StaffMember created = addAdmin(form.asAdmin(), true);
    session.signedIn(created);
    return created;
  }

  /**
   * Adds an admin without anyone signed in: for the {@code nirnoy-desk staff add-admin} command,
   * which only someone holding the database's own credentials can run (a lost admin password).
   */
  public StaffMember addAdminFromCommandLine(StaffForm form) {
    return addAdmin(form.asAdmin(), false);
  }

  private StaffMember addAdmin(StaffForm form, boolean onlyIfNone) {
    InvalidFormException.refuseIfAny(form.problems());
    String hash = Passwords.hash(form.password());
    try {
      return db.inTransaction(
          s -> {
            s.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('nirnoy.first-admin'))")
                .getSingleResult();
            if (onlyIfNone && !noAdmin(s)) {
              throw new AdminExistsException();
            }
            DeskStaff u = StaffAccounts.create(s, form, Role.ADMIN, hash, clock.instant());
            s.flush();
            return u.member();
          });
    } catch (RuntimeException e) {
      throw DatabaseRules.explain(e);
    }
  }

  private static boolean noAdmin(Session s) {
    return StaffAccounts.activeAdmins(s) == 0;
  }

  private Optional<StaffLogins.Candidate> find(Session s, String login) {
    if (login == null || login.isBlank()) {
      return Optional.empty();
    }
    String typed = login.strip();
    String email = typed.contains("@") ? typed.toLowerCase(Locale.ROOT) : null;
    String phone = email == null ? PhoneNumbers.canonical(typed).orElse(null) : null;
    if (email == null && phone == null) {
      return Optional.empty();
    }
    return PlatformAccounts.find(s, phone, email)
        .map(u -> s.find(DeskStaff.class, u.getId()))
        .map(
            st ->
                new StaffLogins.Candidate(
                    st.member(), st.passwordHash(), logins.lockedUntil(s, st.member().id())));
  }
}
