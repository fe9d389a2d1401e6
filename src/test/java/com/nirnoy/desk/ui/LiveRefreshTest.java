package com.nirnoy.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.nirnoy.desk.app.AppContext;
import com.nirnoy.desk.booking.BookingRequest;
import com.nirnoy.desk.config.AppDirectories;
import com.nirnoy.desk.config.ConnectionSettings;
import com.nirnoy.desk.testing.Fixtures;
import com.nirnoy.desk.testing.PlatformRows;
import com.nirnoy.desk.testing.TestDatabases;
import com.nirnoy.desk.testing.TestStaff;
import com.nirnoy.desk.ui.schedule.SlotRow;
import com.nirnoy.desk.user.Role;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two independent desks (each its own pool and change feed) on one database: what one books, or the
 * web backend writes, shows on the other's open screens within a second, untouched.
 */
class LiveRefreshTest {
  /** Sunday 6 December 2026, 11:00 in Dhaka. */
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-06T05:00:00Z"), ZoneId.of("Asia/Dhaka"));

  private static final LocalDate SUNDAY = LocalDate.of(2026, 12, 6);
  @TempDir Path home;
  private final ConnectionSettings db = TestDatabases.freshDatabase();
  private final MainViewModel watching = new MainViewModel(TaskRunner.SAME_THREAD);
  private AppContext booking;

  @AfterEach
  void close() {
    watching.shutdown();
    if (booking != null) {
      booking.close();
    }
  }

  private AppContext desk(String name) {
    return AppContext.start(
        TestDatabases.appSettings(db), new AppDirectories(home.resolve(name)), CLOCK);
  }

  /** How long until {@code seen} holds, polling the watching desk's screens. */
  private static Duration timeUntil(Supplier<Boolean> seen) throws InterruptedException {
    long start = System.nanoTime();
    while (System.nanoTime() - start < 3_000_000_000L) {
      try {
        if (seen.get()) {
          return Duration.ofNanos(System.nanoTime() - start);
        }
      } catch (RuntimeException listBeingRedrawn) {
        // the feed's thread is redrawing the list this instant; look again
      }
      Thread.sleep(10);
    }
    return Duration.ofSeconds(3);
  }

  @Test
  void aBookingAtOneDeskShowsOnTheOtherDesksScheduleAndDayListWithinASecond() throws Exception {
    booking = desk("front");
    Fixtures fx = new Fixtures(booking.database().dataSource());
    int doctor = fx.doctor("Farhana Rahman", "Gynaecology", 1000);
    int chamber =
        fx.chamber(
            doctor,
            null,
            "Popular Diagnostic Centre",
            "Dhanmondi",
            "Sun",
            LocalTime.of(17, 0),
            LocalTime.of(18, 0),
            15,
            4);
    int rahima = fx.patient("Rahima Begum", "+8801711000001");
    int nadia = fx.patient("Nadia Islam", "+8801711000002");
    String upstairs = TestStaff.addAccount(booking.database(), Role.RECEPTIONIST);
    watching.start(() -> desk("upstairs"));
    var door = watching.signInProperty().get(); // names show only to signed-in staff
    door.loginProperty().set(upstairs);
    door.passwordProperty().set(TestStaff.PASSWORD);
    door.signIn();
    var directory = watching.directoryProperty().get();
    directory.selectedProperty().set(directory.results().get(0));
    List<SlotRow> rows = watching.scheduleProperty().get().rows();
    assertThat(rows).extracting(SlotRow::patient).containsOnly("");

    TestStaff.signIn(booking.database(), booking.staff(), Role.RECEPTIONIST);
    booking
        .booking()
        .book(
            BookingRequest.of(
                rahima, doctor, chamber, SUNDAY, LocalTime.of(17, 15), LocalTime.of(17, 30)));

    assertThat(
            timeUntil(
                () -> List.copyOf(rows).stream().anyMatch(r -> r.patient().equals("Rahima Begum"))))
        .isLessThan(Duration.ofSeconds(1));

    // the web backend writes the same table with its own SQL
    new PlatformRows(db)
        .webBooking(nadia, doctor, chamber, SUNDAY.atStartOfDay(), "17:30", null, "NEW", null);
    var dayList = watching.chamberDayProperty().get().rows();

    assertThat(
            timeUntil(
                () ->
                    List.copyOf(dayList).stream().anyMatch(r -> r.patient().equals("Nadia Islam"))))
        .isLessThan(Duration.ofSeconds(1));
    assertThat(
            timeUntil(
                () -> List.copyOf(rows).stream().anyMatch(r -> r.patient().equals("Nadia Islam"))))
        .isLessThan(Duration.ofSeconds(1));
  }
}
