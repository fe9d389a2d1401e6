package com.nirnoy.desk.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.nirnoy.desk.app.DeskEntities;
import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.staff.StaffAccounts;
import com.nirnoy.desk.staff.StaffMember;
import com.nirnoy.desk.staff.StaffService;
import com.nirnoy.desk.staff.StaffSession;
import com.nirnoy.desk.testing.TestDatabases;
import com.nirnoy.desk.testing.TestStaff;
import com.nirnoy.desk.ui.TaskRunner;
import com.nirnoy.desk.user.Role;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StaffAccountsViewModelTest {
  private static Database db;
  private static StaffAccountsViewModel vm;

  @BeforeAll
  static void open() {
    db = Database.open(TestDatabases.freshDatabase(), DeskEntities.ALL);
    vm =
        new StaffAccountsViewModel(
            TaskRunner.SAME_THREAD, new StaffAccounts(db, Clock.systemUTC(), TestStaff.admin(db)));
    vm.load();
  }

  @AfterAll
  static void close() {
    db.close();
  }

  private static StaffService desk() {
    return new StaffService(db, Clock.systemUTC(), new StaffSession());
  }

  @Test
  void anAddedReceptionistSignsInAndAResetPasswordReplacesTheOldOne() {
    vm.nameProperty().set("Shirin Sultana");
    vm.phoneProperty().set("01811-400001");
    vm.passwordProperty().set("short");
    assertThat(vm.form().error("password").get()).isEqualTo("At least 8 characters");
    vm.passwordProperty().set("first-password");
    vm.add();

    StaffMember added =
        vm.accounts().stream()
            .filter(m -> m.name().equals("Shirin Sultana"))
            .findFirst()
            .orElseThrow();
    assertThat(added.role()).isEqualTo(Role.RECEPTIONIST);
    assertThat(vm.nameProperty().get()).isEmpty();
    assertThat(desk().signIn("01811400001", "first-password").id()).isEqualTo(added.id());

    vm.selectedProperty().set(added);
    vm.newPasswordProperty().set("second-password");
    vm.resetPassword();

    assertThat(vm.form().messageProperty().get()).isEqualTo("Password reset for Shirin Sultana.");
    assertThat(desk().signIn("01811400001", "second-password").id()).isEqualTo(added.id());
  }

  @Test
  void aDeactivatedAccountIsShownInactive() {
    vm.nameProperty().set("Rafiq Islam");
    vm.phoneProperty().set("01811-400002");
    vm.passwordProperty().set("rafiq-password");
    vm.add();
    vm.selectedProperty()
        .set(
            vm.accounts().stream()
                .filter(m -> m.name().equals("Rafiq Islam"))
                .findFirst()
                .orElseThrow());

    vm.deactivate();

    assertThat(vm.accounts())
        .filteredOn(m -> m.name().equals("Rafiq Islam"))
        .extracting(StaffMember::active)
        .containsExactly(false);
  }
}
