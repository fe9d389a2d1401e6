package com.nirnoy.desk.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nirnoy.desk.app.DeskEntities;
import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.testing.Fixtures;
import com.nirnoy.desk.testing.MovableClock;
import com.nirnoy.desk.testing.TestDatabases;
import com.nirnoy.desk.testing.TestStaff;
import com.nirnoy.desk.user.Role;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StaffServiceTest {
  private static Database db;
  private static Fixtures fx;
  private MovableClock clock;
  private StaffSession session;
  private StaffService staff;

  @BeforeAll
  static void open() {
    db = Database.open(TestDatabases.freshDatabase(), DeskEntities.ALL);
    fx = new Fixtures(db.dataSource());
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @BeforeEach
  void desk() {
    clock = new MovableClock(Instant.parse("2026-12-06T03:00:00Z"), ZoneId.of("Asia/Dhaka"));
    session = new StaffSession();
    staff = new StaffService(db, clock, session);
  }

  @Test
  void signingInWithPhoneAsTypedMakesTheStaffMemberTheDesksActor() {
    String phone = TestStaff.addAccount(db, Role.RECEPTIONIST);

    StaffMember me =
        staff.signIn(phone.substring(0, 5) + "-" + phone.substring(5), "test-password");

    assertThat(me.role()).isEqualTo(Role.RECEPTIONIST);
    assertThat(session.current()).contains(me);
    assertThat(session.actorId()).isEqualTo(String.valueOf(me.id()));
    staff.signOut();
    assertThat(session.isSignedIn()).isFalse();
  }

  @Test
  void checkingAShippedPasswordCountsNoFailureAndSignsNobodyIn() {
    String phone = TestStaff.addAccount(db, Role.RECEPTIONIST);

    assertThat(staff.stillHasPassword(phone, "test-password")).isTrue();
    for (int i = 0; i < StaffService.MAX_FAILURES + 1; i++) {
      assertThat(staff.stillHasPassword(phone, "not-it")).isFalse();
    }

    assertThat(session.isSignedIn()).isFalse();
    assertThat(staff.signIn(phone, "test-password").role())
        .as("not locked out")
        .isEqualTo(Role.RECEPTIONIST);
  }

  @Test
  void signingInWithEmailIgnoresItsCase() {
    String phone = TestStaff.addAccount(db, Role.ADMIN);
    fx.execute(
        "UPDATE \"User\" SET email = 'nasrin@clinic.example' WHERE phone = ?",
        "+880" + phone.substring(1));

    assertThat(staff.signIn("Nasrin@Clinic.example", TestStaff.PASSWORD).role())
        .isEqualTo(Role.ADMIN);
  }

  @Test
  void aWrongPasswordOrUnknownLoginGetsTheSameAnswer() {
    String phone = TestStaff.addAccount(db, Role.RECEPTIONIST);

    assertThatThrownBy(() -> staff.signIn(phone, "not-the-password"))
        .isExactlyInstanceOf(SignInException.class)
        .hasMessage("Wrong phone/email or password.");
    assertThatThrownBy(() -> staff.signIn("01999-999999", "whatever-it-is"))
        .isExactlyInstanceOf(SignInException.class)
        .hasMessage("Wrong phone/email or password.");
    assertThat(session.isSignedIn()).isFalse();
  }

  @Test
  void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOneUntilTheWaitIsOver() {
    String phone = TestStaff.addAccount(db, Role.RECEPTIONIST);
    for (int i = 1; i < StaffService.MAX_FAILURES; i++) {
      assertThatThrownBy(() -> staff.signIn(phone, "guess-guess"))
          .isExactlyInstanceOf(SignInException.class);
    }

    Instant before = Instant.now();
    assertThatThrownBy(() -> staff.signIn(phone, "guess-guess"))
        .isInstanceOf(AccountLockedException.class)
        .hasMessageContaining("locked until")
        .satisfies(
            e ->
                assertThat(((AccountLockedException) e).until())
                    .isBetween(
                        before.plus(StaffService.LOCK_TIME),
                        Instant.now().plus(StaffService.LOCK_TIME)));
    assertThatThrownBy(() -> staff.signIn(phone, TestStaff.PASSWORD))
        .isInstanceOf(AccountLockedException.class);

    // the database's clock decides: the wait is over once lockedUntil has passed
    fx.execute(
        "UPDATE \"StaffLogin\" SET \"lockedUntil\" = now() - interval '1 second'"
            + " WHERE \"userId\" = (SELECT id FROM \"User\" WHERE phone = ?)",
        "+880" + phone.substring(1));
    assertThat(staff.signIn(phone, TestStaff.PASSWORD).role()).isEqualTo(Role.RECEPTIONIST);
  }

  @Test
  void aRightPasswordResetsTheCountOfWrongOnes() {
    String phone = TestStaff.addAccount(db, Role.RECEPTIONIST);
    for (int i = 1; i < StaffService.MAX_FAILURES; i++) {
      assertThatThrownBy(() -> staff.signIn(phone, "guess-guess"));
    }
    staff.signIn(phone, TestStaff.PASSWORD);

    assertThatThrownBy(() -> staff.signIn(phone, "guess-guess"))
        .isExactlyInstanceOf(SignInException.class);
  }

  @Test
  void aDeactivatedAccountCannotSignIn() {
    String phone = TestStaff.addAccount(db, Role.RECEPTIONIST);
    fx.execute(
        "UPDATE \"DeskStaff\" SET \"isActive\" = false WHERE \"userId\" = (SELECT id FROM \"User\" WHERE phone = ?)",
        "+880" + phone.substring(1));

    assertThatThrownBy(() -> staff.signIn(phone, TestStaff.PASSWORD))
        .isInstanceOf(SignInException.class)
        .hasMessageContaining("deactivated");
  }

  @Test
  void passwordsAreKeptAsBcryptHashesTheDatabaseMadeNeverAsTyped() {
    String phone = TestStaff.addAccount(db, Role.RECEPTIONIST);

    String hash =
        fx.queryText(
            "SELECT s.\"passwordHash\" FROM \"DeskStaff\" s JOIN \"User\" u ON u.id = s.\"userId\""
                + " WHERE u.phone = ?",
            "+880" + phone.substring(1));

    assertThat(hash).startsWith("$2a$").doesNotContain(TestStaff.PASSWORD);
  }

  @Test
  void anArgon2idPasswordFromAnOlderDeskMovesToBcryptAtItsNextSignInOnTheDesksOwnDatabase() {
    String phone = TestStaff.addAccount(db, Role.RECEPTIONIST);
    fx.execute(
        "UPDATE \"DeskStaff\" SET \"passwordHash\" = ?"
            + " WHERE \"userId\" = (SELECT id FROM \"User\" WHERE phone = ?)",
        Passwords.hash("older-desk-password"),
        "+880" + phone.substring(1));

    assertThatThrownBy(() -> staff.signIn(phone, "not-that-one"))
        .isExactlyInstanceOf(SignInException.class);
    assertThat(staff.signIn(phone, "older-desk-password").role()).isEqualTo(Role.RECEPTIONIST);
    assertThat(
            fx.queryText(
                "SELECT s.\"passwordHash\" FROM \"DeskStaff\" s JOIN \"User\" u ON u.id = s.\"userId\""
                    + " WHERE u.phone = ?",
                "+880" + phone.substring(1)))
        .startsWith("$2a$");
  }

  @Test
  void signingOutEndsTheSessionInTheDatabaseSoItsTokenNoLongerWorks() {
    String phone = TestStaff.addAccount(db, Role.RECEPTIONIST);
    staff.signIn(phone, TestStaff.PASSWORD);
    String token = session.token();
    assertThat(token).hasSize(64);

    staff.signOut();

    assertThat(session.token()).isNull();
    assertThat(
            fx.queryText(
                "SELECT \"revokedAt\" IS NOT NULL FROM \"DeskSession\""
                    + " WHERE \"tokenHash\" = sha256(convert_to(?, 'UTF8'))",
                token))
        .isEqualTo("t");
  }

  @Test
  void onAServerADeskLoginCannotMakeTheFirstAdminAndSaysWhoCan() {
    var owner = TestDatabases.freshDatabase();
    try (Database desk =
        Database.open(com.nirnoy.desk.testing.TestDeskLogins.create(owner), DeskEntities.ALL)) {
      StaffService atTheCounter = new StaffService(desk, clock, new StaffSession());

      assertThat(atTheCounter.needsFirstAdmin()).isTrue();
      assertThatThrownBy(
              () ->
                  atTheCounter.createFirstAdmin(
                      new StaffForm("Sneaky", "01811-999001", null, Role.ADMIN, "long-password")))
          .isInstanceOf(FirstAdminByItException.class)
          .hasMessageContaining("nirnoy-desk staff add-admin");
    }
    assertThat(new PlatformRowsCount(owner).staff()).isZero();
  }

  /** Staff accounts in {@code db}, counted over the owner's connection. */
  private record PlatformRowsCount(com.nirnoy.desk.config.ConnectionSettings db) {
    int staff() {
      return new com.nirnoy.desk.testing.PlatformRows(db)
          .queryInt("SELECT count(*)::int FROM \"DeskStaff\"");
    }
  }
}
