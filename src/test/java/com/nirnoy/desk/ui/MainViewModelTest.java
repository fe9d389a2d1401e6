package com.nirnoy.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.nirnoy.desk.app.AppContext;
import com.nirnoy.desk.config.AppDirectories;
import com.nirnoy.desk.config.ConnectionSettings;
import com.nirnoy.desk.config.Settings;
import com.nirnoy.desk.db.DatabaseUnavailableException;
import com.nirnoy.desk.testing.Fixtures;
import com.nirnoy.desk.testing.PlatformRows;
import com.nirnoy.desk.testing.TestDatabases;
import com.nirnoy.desk.testing.TestStaff;
import com.nirnoy.desk.user.Role;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainViewModelTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-06T05:00:00Z"), ZoneId.of("Asia/Dhaka"));
  @TempDir Path home;
  private final MainViewModel vm = new MainViewModel(TaskRunner.SAME_THREAD);

  @AfterEach
  void shutdown() {
    vm.shutdown();
  }

  private AppContext start(ConnectionSettings db) {
    Settings settings =
        Settings.load(
            Map.of(
                "DATABASE_URL",
                "postgresql://postgres@localhost:" + db.port() + "/" + db.database()),
            List.of());
    return AppContext.start(settings, new AppDirectories(home), CLOCK);
  }

  @Test
  void signingInShowsTodaysChamberDayListAndWhereTheDatabaseIs() {
    ConnectionSettings db = TestDatabases.freshDatabase();
    String[] receptionist = new String[1];
    vm.start(
        () -> {
          AppContext ctx = start(db);
          receptionist[0] = TestStaff.addAccount(ctx.database(), Role.RECEPTIONIST);
          Fixtures fx = new Fixtures(ctx.database().dataSource());
          int doctor = fx.doctor("Farhana Rahman", "Gynaecology", 1000);
          int chamber = fx.chamber(doctor, "Popular Diagnostic Centre", "Dhanmondi");
          new PlatformRows(db) // booked on the web: 17:30 is serial 3 of the 17:00 session
              .webBooking(
                  fx.patient("Rahima Begum", "+8801711000001"),
                  doctor,
                  chamber,
                  LocalDate.of(2026, 12, 6).atStartOfDay(),
                  "17:30",
                  3,
                  "NEW",
                  1000);
          return ctx;
        });

    assertThat(vm.readyProperty().get()).isTrue();
    assertThat(vm.connectionProperty().get()).contains("localhost");
    assertThat(vm.dayLabelProperty().get()).isEqualTo("Sunday 6 December 2026");
    assertThat(vm.chamberDayProperty().get().rows()).as("no names before sign-in").isEmpty();

    signIn(receptionist[0]);

    assertThat(vm.signedInProperty().get()).startsWith("Signed in: Test receptionist");
    assertThat(vm.chamberDayProperty().get().rows())
        .extracting(
            AppointmentRow::chamber,
            AppointmentRow::doctor,
            AppointmentRow::serial,
            AppointmentRow::time,
            AppointmentRow::patient,
            AppointmentRow::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Popular Diagnostic Centre",
                "Dr. Farhana Rahman",
                "3",
                "17:30-17:45",
                "Rahima Begum",
                "Requested (web)"));
    assertThat(vm.connectionProperty().get()).startsWith("Connected: ");
    assertThat(vm.busyProperty().get()).isFalse();
  }

  private void signIn(String login) {
    var door = vm.signInProperty().get();
    door.loginProperty().set(login);
    door.passwordProperty().set(TestStaff.PASSWORD);
    door.signIn();
  }

  @Test
  void movingToTheNextDayReloads() {
    ConnectionSettings db = TestDatabases.freshDatabase();
    String[] receptionist = new String[1];
    vm.start(
        () -> {
          AppContext ctx = start(db);
          receptionist[0] = TestStaff.addAccount(ctx.database(), Role.RECEPTIONIST);
          return ctx;
        });
    signIn(receptionist[0]);

    vm.nextDay();

    assertThat(vm.dayLabelProperty().get()).isEqualTo("Monday 7 December 2026");
    assertThat(vm.chamberDayProperty().get().summaryProperty().get()).isEqualTo("0 appointments");
    assertThat(vm.scheduleProperty().get().dateProperty().get())
        .isEqualTo(LocalDate.of(2026, 12, 7));
  }

  @Test
  void switchingToBanglaWritesTheDayAndTheStatusBarInBangla() {
    ConnectionSettings db = TestDatabases.freshDatabase();
    vm.start(() -> start(db));

    vm.localeProperty().set(Languages.BANGLA);

    assertThat(vm.dayLabelProperty().get()).isEqualTo("রবিবার ৬ ডিসেম্বর ২০২৬");
    assertThat(vm.connectionProperty().get()).startsWith("সংযুক্ত: ");
  }

  @Test
  void aDatabaseThatStopsAnsweringShowsOfflineAndComesBackByItself() throws Exception {
    ConnectionSettings db = TestDatabases.freshDatabase();
    vm.start(() -> start(db));
    String name = db.database();
    TestDatabases.execute("ALTER DATABASE \"" + name + "\" ALLOW_CONNECTIONS false");
    TestDatabases.execute(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");

    vm.checkConnection();

    assertThat(vm.onlineProperty().get()).isFalse();
    assertThat(vm.connectionProperty().get()).startsWith("Offline, reconnecting: ");

    TestDatabases.execute("ALTER DATABASE \"" + name + "\" ALLOW_CONNECTIONS true");
    for (int tick = 0; tick < 10 && !vm.onlineProperty().get(); tick++) {
      Thread.sleep(600); // the window checks every few seconds; the pool drops dead connections
      vm.checkConnection();
    }

    assertThat(vm.onlineProperty().get()).isTrue();
    assertThat(vm.connectionProperty().get()).startsWith("Connected: ");
  }

  @Test
  void aDatabaseThatCannotStartIsShownNotThrown() {
    vm.start(
        () -> {
          throw new DatabaseUnavailableException(
              "The built-in database could not start: disk full", null);
        });

    assertThat(vm.readyProperty().get()).isFalse();
    assertThat(vm.busyProperty().get()).isFalse();
    assertThat(vm.statusProperty().get())
        .isEqualTo("The built-in database could not start: disk full");
  }
}
