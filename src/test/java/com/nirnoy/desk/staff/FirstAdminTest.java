package com.nirnoy.desk.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nirnoy.desk.app.DeskEntities;
import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.rules.InvalidFormException;
import com.nirnoy.desk.testing.TestDatabases;
import com.nirnoy.desk.user.Role;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Each test gets a new, empty database: the first run of a clinic. */
class FirstAdminTest {

  @Test
  void aNewDatabaseAsksForTheFirstAdminWhoIsThenSignedIn() {
    try (Database db = Database.open(TestDatabases.freshDatabase(), DeskEntities.ALL)) {
      StaffService staff = new StaffService(db, Clock.systemUTC(), new StaffSession());
      assertThat(staff.needsFirstAdmin()).isTrue();

      StaffMember admin =
          staff.createFirstAdmin(
              new StaffForm("Nasrin Akter", "01711-000009", null, null, "first-admin-pw"));

      assertThat(admin.role()).isEqualTo(Role.ADMIN);
      assertThat(staff.session().current()).contains(admin);
      assertThat(staff.needsFirstAdmin()).isFalse();
      assertThatThrownBy(
              () ->
                  staff.createFirstAdmin(
                      new StaffForm("Someone Else", "01711-000010", null, null, "second-admin")))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("already exists");
    }
  }

  @Test
  void aFirstAdminFormWithProblemsSavesNothing() {
    try (Database db = Database.open(TestDatabases.freshDatabase(), DeskEntities.ALL)) {
      StaffService staff = new StaffService(db, Clock.systemUTC(), new StaffSession());

      assertThatThrownBy(
              () -> staff.createFirstAdmin(new StaffForm(" ", "0171", null, null, "short")))
          .isInstanceOfSatisfying(
              InvalidFormException.class,
              e -> assertThat(e.problems()).containsOnlyKeys("name", "phone", "password"));
      assertThat(staff.needsFirstAdmin()).isTrue();
    }
  }

  @Test
  void twoDesksCreatingTheFirstAdminAtOnceMakeExactlyOne() throws Exception {
    try (Database db = Database.open(TestDatabases.freshDatabase(), DeskEntities.ALL)) {
      ExecutorService pool = Executors.newFixedThreadPool(4);
      List<Future<StaffMember>> tries = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        String phone = "01711-00002" + i;
        tries.add(
            pool.submit(
                () ->
                    new StaffService(db, Clock.systemUTC(), new StaffSession())
                        .createFirstAdmin(
                            new StaffForm("Admin " + phone, phone, null, null, "first-admin-pw"))));
      }
      int made = 0;
      for (Future<StaffMember> f : tries) {
        try {
          f.get();
          made++;
        } catch (java.util.concurrent.ExecutionException e) {
          assertThat(e.getCause()).isInstanceOf(IllegalStateException.class);
        }
      }
      pool.shutdown();

      assertThat(made).isEqualTo(1);
    }
  }
}
