package com.nirnoy.desk.staff;

import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.rules.DatabaseRules;
import com.nirnoy.desk.rules.InvalidFormException;
import com.nirnoy.desk.user.PlatformAccounts;
import com.nirnoy.desk.user.Role;
import java.time.Clock;
import java.time.Duration;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Staff sign-in (phone or email and a password), sign-out, and the first admin of a new database.
 * The database is the judge ({@code nirnoy_sign_in}, docs/security.md): it checks the bcrypt hash
 * (which never leaves it), counts wrong passwords atomically (five in a row, from any number of
 * desks at once, lock the account for fifteen minutes), and opens a session whose opaque token
 * every later transaction presents. Passwords are never logged.
 */
public class StaffService {
  /** Wrong passwords in a row that lock an account (the database's rule, repeated for words). */
  public static final int MAX_FAILURES = 5;

  /** How long a locked account waits (the database's rule). */
  public static final Duration LOCK_TIME = Duration.ofMinutes(15);

  private static final Logger log = LoggerFactory.getLogger(StaffService.class);

  private final Database db;
  private final Clock clock;
  private final StaffSession session;

  public StaffService(Database db, Clock clock, StaffSession session) {
    this.db = db;
    this.clock = clock;
    this.session = session;
  }

  public StaffSession session() {
    return session;
  }

  /**
   * Signs in with a phone (as typed: "01711-000001") or an email, and the password. On success the
   * staff member and their session token are this desk's {@link StaffSession}.
   *
   * @throws AccountLockedException after {@link #MAX_FAILURES} wrong passwords in a row, for {@link
   *     #LOCK_TIME}
   * @throws PasswordResetNeededException for a password an older desk set, on a server
   * @throws SignInException for a wrong login or password, or a deactivated account
   */
  public StaffMember signIn(String login, String password) {
    Login l = Login.of(login);
    SignInRow row = db.withoutSession(s -> SignInRow.call(s, l, password));
    if (row.outcome().equals("RESET_NEEDED")) {
      switch (LegacyPasswords.upgrade(db, row.userId(), password)) {
        case DONE -> row = db.withoutSession(s -> SignInRow.call(s, l, password));
        case WRONG -> throw new SignInException(SignInException.WRONG);
        case NOT_ALLOWED -> throw new PasswordResetNeededException();
      }
    }
    switch (row.outcome()) {
      case "OK" -> {
        StaffMember m = row.member();
        log.info("Staff {} ({}) signed in", m.id(), m.role());
        session.signedIn(m, row.token());
        return m;
      }
      case "LOCKED" -> {
        log.info("Sign-in refused for staff {}: locked", row.userId());
        throw new AccountLockedException(row.lockedUntil());
      }
      case "DEACTIVATED" -> throw new AccountDeactivatedException();
      case "RESET_NEEDED" -> throw new PasswordResetNeededException();
      default -> {
        if (row.userId() != null) {
          log.info("Sign-in refused for staff {}: wrong password", row.userId());
        }
        throw new SignInException(SignInException.WRONG);
      }
    }
  }

  /**
   * True when {@code login} is an active staff account whose password is {@code password}; counts
   * no failure and signs nobody in. Only for passwords the app itself ships (the demo accounts'),
   * to know whether they are still worth showing; the database answers only a desk that owns it
   * (the built-in database), never a desk login.
   */
  public boolean stillHasPassword(String login, String password) {
    Login l = Login.of(login);
    if (l.phones().isEmpty()) {
      return false;
    }
    return db.withoutSession(
        s ->
            Boolean.TRUE.equals(
                s.createNativeQuery(
                        "SELECT nirnoy_password_still(string_to_array(:phones, ','), :pw)",
                        Boolean.class)
                    .setParameter("phones", String.join(",", l.phones()))
                    .setParameter("pw", password)
                    .getSingleResult()));
  }

  /** Ends the database session (its token stops working at once) and this desk's. */
  public void signOut() {
    revoke(signOutHere());
  }

  /**
   * Ends this desk's session at once, without touching the database (safe on the UI thread); the
   * caller then revokes the returned token ({@link #revoke}) in the background.
   *
   * @return the token to revoke, or null when nobody was signed in
   */
  public String signOutHere() {
    String token = session.token();
    session.current().ifPresent(m -> log.info("Staff {} signed out", m.id()));
    session.signOut();
    return token;
  }

  /** Makes {@code token} stop working in the database; a failure is logged (it also expires). */
  public void revoke(String token) {
    if (token == null) {
      return;
    }
    try {
      db.withoutSession(
          s ->
              s.createNativeQuery("SELECT nirnoy_sign_out(:t)", Object.class)
                  .setParameter("t", token)
                  .getResultList());
    } catch (RuntimeException e) {
      log.warn("Could not revoke the session in the database: {}", e.getClass().getSimpleName());
    }
  }

  /** True while the database has no active admin: the first run asks for one. */
  public boolean needsFirstAdmin() {
    return !db.withoutSession(
        s -> s.createNativeQuery("SELECT nirnoy_has_admin()", Boolean.class).getSingleResult());
  }

  /**
   * Creates the first admin of a new database and signs them in. Refused once an admin exists (two
   * desks racing here make exactly one); on a server a desk login cannot (the IT person runs {@code
   * nirnoy-desk staff add-admin}).
   *
   * @throws InvalidFormException naming the fields to fix
   * @throws AdminExistsException when an admin already exists
   */
  public StaffMember createFirstAdmin(StaffForm form) {
    StaffForm admin = form.asAdmin();
    addAdmin(admin, true);
    String login = admin.phone() == null || admin.phone().isBlank() ? admin.email() : admin.phone();
    return signIn(login, admin.password());
  }

  /**
   * Adds an admin without anyone signed in: for the {@code nirnoy-desk staff add-admin} command,
   * which runs over the owner's connection (a desk login is refused by the database).
   */
  public StaffMember addAdminFromCommandLine(StaffForm form) {
    return addAdmin(form.asAdmin(), false);
  }

  /**
   * Sets a new password for the staff account of {@code phone}, lifts any lock-out and ends its
   * sessions: for the {@code nirnoy-desk staff reset-password} command (the owner's connection).
   *
   * @return the account's name
   * @throws InvalidFormException when the phone is no staff account's or the password will not do
   */
  public String resetPasswordFromCommandLine(String phone, String password) {
    String problem = Passwords.problem(password);
    if (problem != null) {
      throw new InvalidFormException(java.util.Map.of("password", problem));
    }
    Login l = Login.of(phone);
    return db.withoutSession(
        s -> {
          DeskStaff st =
              PlatformAccounts.find(s, l.phones().isEmpty() ? null : l.phones().get(0), null)
                  .map(u -> s.find(DeskStaff.class, u.getId()))
                  .orElseThrow(
                      () ->
                          new InvalidFormException(
                              java.util.Map.of(
                                  "phone", "No staff account signs in with " + phone)));
          s.createNativeQuery("SELECT nirnoy_staff_set_password(:id, :pw)", Object.class)
              .setParameter("id", st.member().id())
              .setParameter("pw", password)
              .getResultList();
          return st.member().name();
        });
  }

  private StaffMember addAdmin(StaffForm form, boolean onlyIfNone) {
    InvalidFormException.refuseIfAny(form.problems());
    try {
      return db.withoutSession(
          s -> {
            s.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('nirnoy.first-admin'))")
                .getSingleResult();
            if (onlyIfNone && !needsNoAdmin(s)) {
              throw new AdminExistsException();
            }
            DeskStaff u = StaffAccounts.create(s, form, Role.ADMIN, clock.instant());
            return u.member();
          });
    } catch (RuntimeException e) {
      if (com.nirnoy.desk.db.DatabaseErrors.sqlState(e).filter("42501"::equals).isPresent()) {
        // a desk login on a server: only the owner's connection makes the first admin
        throw new FirstAdminByItException();
      }
      throw DatabaseRules.explain(e);
    }
  }

  private static boolean needsNoAdmin(Session s) {
    return !s.createNativeQuery("SELECT nirnoy_has_admin()", Boolean.class).getSingleResult();
  }
}
