package com.nirnoy.desk.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nirnoy.desk.app.DeskEntities;
import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.rules.RuleViolationException;
import com.nirnoy.desk.testing.TestDatabases;
import com.nirnoy.desk.testing.TestStaff;
import com.nirnoy.desk.user.Role;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StaffAccountsTest {
  private static Database db;
  private static StaffSession adminDesk;
  private static StaffAccounts accounts;
  private static com.nirnoy.desk.testing.Fixtures owner;

  @BeforeAll
  static void open() {
    // as a desk login: only an admin's session may manage staff, and the database says so too
    var settings = TestDatabases.freshDatabase();
    db = Database.open(com.nirnoy.desk.testing.TestDeskLogins.create(settings), DeskEntities.ALL);
    owner =
        new com.nirnoy.desk.testing.Fixtures(
            com.nirnoy.desk.db.DataSources.pool(settings.withPoolSize(2), "staff-owner"));
    adminDesk = TestStaff.signedIn(db, owner, Role.ADMIN);
    accounts = new StaffAccounts(db, Clock.systemUTC(), adminDesk);
  }

  @AfterAll
  static void close() {
    db.close();
  }

  private static StaffService otherDesk() {
    return new StaffService(db, Clock.systemUTC(), new StaffSession());
  }

  @Test
  void anAdminAddsAReceptionistWhoCanThenSignIn() {
    StaffMember added =
        accounts.add(
            new StaffForm(
                "Shirin Sultana", "01811-100001", null, Role.RECEPTIONIST, "desk-pass-1"));

    assertThat(accounts.list()).contains(added);
    assertThat(otherDesk().signIn("01811100001", "desk-pass-1").id()).isEqualTo(added.id());
  }

  @Test
  void onePhoneHasOneStaffAccount() {
    accounts.add(
        new StaffForm("Rafiq Islam", "01811-100002", null, Role.RECEPTIONIST, "pass-pass"));

    assertThatThrownBy(
            () ->
                accounts.add(
                    new StaffForm("Rafiq Two", "01811100002", null, Role.ADMIN, "pass-pass")))
        .isInstanceOfSatisfying(
            RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo("DeskStaff_pkey"))
        .hasMessage("Not saved: this phone's account already has a staff account.");
  }

  @Test
  void aPatientsPlatformAccountBecomesTheStaffAccountOfThatPhone() {
    var fx = owner;
    fx.patient("Rafiq Islam", "+8801811100006");

    StaffMember m =
        accounts.add(
            new StaffForm(
                "Rafiq Islam",
                "01811-100006",
                "rafiq@clinic.example",
                Role.RECEPTIONIST,
                "pass-pass"));

    assertThat(fx.count("SELECT count(*) FROM \"User\" WHERE phone = '+8801811100006'")).isOne();
    assertThat(
            fx.strings(
                "SELECT concat_ws('|', u.role, u.email) FROM \"User\" u WHERE u.id = ?", m.id()))
        .containsExactly("PATIENT|rafiq@clinic.example");
    assertThat(otherDesk().signIn("rafiq@clinic.example", "pass-pass").id()).isEqualTo(m.id());
  }

  @Test
  void aStaffAccountOnANewPhoneMakesAnOrdinaryPlatformAccountNeverAPlatformAdmin() {
    StaffMember m =
        accounts.add(new StaffForm("Nasima Akter", "01811-100007", null, Role.ADMIN, "pass-pass"));

    assertThat(owner.strings("SELECT role FROM \"User\" WHERE id = ?", m.id()))
        .containsExactly("PATIENT");
  }

  @Test
  void resettingAPasswordLiftsALockOut() {
    StaffMember m =
        accounts.add(
            new StaffForm("Locked Out", "01811-100003", null, Role.RECEPTIONIST, "old-password"));
    StaffService desk = otherDesk();
    for (int i = 0; i < StaffService.MAX_FAILURES; i++) {
      assertThatThrownBy(() -> desk.signIn("01811100003", "wrong-password"));
    }
    assertThatThrownBy(() -> desk.signIn("01811100003", "old-password"))
        .isInstanceOf(AccountLockedException.class);

    accounts.resetPassword(m.id(), "new-password");

    assertThat(desk.signIn("01811100003", "new-password").id()).isEqualTo(m.id());
  }

  @Test
  void aDeactivatedAccountStaysListedButCannotSignInUntilReactivated() {
    StaffMember m =
        accounts.add(
            new StaffForm("Leaving Soon", "01811-100004", null, Role.RECEPTIONIST, "pw-pw-pw-pw"));

    accounts.deactivate(m.id());
    assertThatThrownBy(() -> otherDesk().signIn("01811100004", "pw-pw-pw-pw"))
        .hasMessageContaining("deactivated");
    assertThat(accounts.list()).extracting(StaffMember::id).contains(m.id());

    accounts.reactivate(m.id());
    assertThat(otherDesk().signIn("01811100004", "pw-pw-pw-pw").active()).isTrue();
  }

  @Test
  void anAdminCannotDeactivateThemselves() {
    int me = Integer.parseInt(adminDesk.actorId());

    assertThatThrownBy(() -> accounts.deactivate(me))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("your own account");
  }

  @Test
  void aReceptionistCannotManageStaff() {
    StaffAccounts asReceptionist =
        new StaffAccounts(db, Clock.systemUTC(), TestStaff.signedIn(db, owner, Role.RECEPTIONIST));
    db.sessionFrom(adminDesk::token); // this desk's database session stays the admin's

    assertThatThrownBy(asReceptionist::list)
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessage("Only an admin can manage staff accounts. Ask an admin to sign in.");
    assertThatThrownBy(
            () ->
                asReceptionist.add(
                    new StaffForm("Sneaky", "01811-100005", null, Role.ADMIN, "pass-pass")))
        .isInstanceOf(PermissionDeniedException.class);
  }
}
