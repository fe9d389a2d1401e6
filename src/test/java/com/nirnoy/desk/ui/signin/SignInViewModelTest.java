package com.nirnoy.desk.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import com.nirnoy.desk.app.DeskEntities;
import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.staff.StaffMember;
import com.nirnoy.desk.staff.StaffService;
import com.nirnoy.desk.staff.StaffSession;
import com.nirnoy.desk.testing.TestDatabases;
import com.nirnoy.desk.testing.TestStaff;
import com.nirnoy.desk.ui.TaskRunner;
import com.nirnoy.desk.user.Role;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Signing in and the first admin, on a real (new) database, without a window. */
class SignInViewModelTest {
  private Database db;
  private StaffService staff;

  @BeforeEach
  void newDatabase() {
    db = Database.open(TestDatabases.freshDatabase(), DeskEntities.ALL);
    staff = new StaffService(db, Clock.systemUTC(), new StaffSession());
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void signInIsEnabledOnlyWithBothFieldsAndAWrongPasswordIsSaidAndCleared() {
    String phone = TestStaff.addAccount(db, Role.RECEPTIONIST);
    SignInViewModel vm =
        new SignInViewModel(
            TaskRunner.SAME_THREAD,
            staff,
            new javafx.beans.property.SimpleObjectProperty<>(com.nirnoy.desk.ui.Texts.ENGLISH));

    vm.loginProperty().set(phone);
    assertThat(vm.validBinding().get()).isFalse();
    vm.passwordProperty().set("not-it-at-all");
    assertThat(vm.validBinding().get()).isTrue();
    vm.signIn();

    assertThat(vm.errorProperty().get()).isEqualTo("Wrong phone/email or password.");
    assertThat(vm.passwordProperty().get()).isEmpty();
    assertThat(vm.signedInProperty().get()).isNull();

    vm.passwordProperty().set(TestStaff.PASSWORD);
    vm.signIn();
    assertThat(vm.signedInProperty().get().role()).isEqualTo(Role.RECEPTIONIST);
    assertThat(staff.session().isSignedIn()).isTrue();
    vm.signOut();
    assertThat(staff.session().isSignedIn()).isFalse();
  }

  @Test
  void aNewDatabaseAsksForItsFirstAdminAndTheFormChecksAsTyped() {
    SignInViewModel signIn =
        new SignInViewModel(
            TaskRunner.SAME_THREAD,
            staff,
            new javafx.beans.property.SimpleObjectProperty<>(com.nirnoy.desk.ui.Texts.ENGLISH));
    signIn.start();
    assertThat(signIn.needsFirstAdminProperty().get()).isTrue();

    FirstAdminViewModel vm = new FirstAdminViewModel(TaskRunner.SAME_THREAD, staff);
    vm.nameProperty().set("Nasrin Akter");
    vm.phoneProperty().set("0171");
    assertThat(vm.form().error("phone").get()).contains("01711-000001");
    vm.phoneProperty().set("01711-000009");
    vm.passwordProperty().set("first-admin-pw");
    vm.repeatProperty().set("first-admin-p");
    assertThat(vm.form().error("repeat").get()).isEqualTo("The two passwords differ");
    assertThat(vm.form().validProperty().get()).isFalse();
    vm.repeatProperty().set("first-admin-pw");
    assertThat(vm.form().validProperty().get()).isTrue();

    List<StaffMember> created = new ArrayList<>();
    vm.create(
        created::add,
        () -> {
          throw new AssertionError("no admin yet");
        });

    assertThat(created).singleElement().extracting(StaffMember::role).isEqualTo(Role.ADMIN);
    assertThat(staff.session().current()).contains(created.get(0));
    signIn.start();
    assertThat(signIn.needsFirstAdminProperty().get()).isFalse();

    FirstAdminViewModel late = new FirstAdminViewModel(TaskRunner.SAME_THREAD, staff);
    late.nameProperty().set("Late Desk");
    late.phoneProperty().set("01711-000010");
    late.passwordProperty().set("another-admin-pw");
    late.repeatProperty().set("another-admin-pw");
    List<String> toldToSignIn = new ArrayList<>();
    late.create(created::add, () -> toldToSignIn.add("sign in"));
    assertThat(toldToSignIn).as("another desk made the first admin: sign in").hasSize(1);
    assertThat(created).hasSize(1);
  }
}
