package com.nirnoy.desk.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.nirnoy.desk.app.DeskEntities;
import com.nirnoy.desk.config.ConnectionSettings;
import com.nirnoy.desk.db.DataSources;
import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.testing.Fixtures;
import com.nirnoy.desk.testing.TestDatabases;
import com.nirnoy.desk.testing.TestDeskLogins;
import com.nirnoy.desk.testing.TestStaff;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Many desks at once: the database lets exactly one win and every other desk hears why. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentBookingTest {
  static final int DESKS = 16;
  private Database db;
  private Fixtures fx;
  private BookingService booking;

  /**
   * Where the desks connect to {@code owner}'s database, as the desk login {@code desk}: straight
   * to the test server here, through PgBouncer in a subclass.
   */
  ConnectionSettings connect(ConnectionSettings owner, ConnectionSettings desk) {
    return desk;
  }

  @BeforeAll
  void open() {
    ConnectionSettings owner = TestDatabases.freshDatabase(DESKS + 2);
    db = Database.open(connect(owner, TestDeskLogins.create(owner)), DeskEntities.ALL);
    fx = new Fixtures(DataSources.pool(owner.withPoolSize(2), "races-owner"));
    booking =
        new BookingService(
            db,
            Clock.systemUTC(),
            TestStaff.signedIn(db, fx, com.nirnoy.desk.user.Role.RECEPTIONIST));
  }

  @AfterAll
  void close() {
    db.close();
  }

  private List<Object> race(List<Callable<Object>> attempts) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(attempts.size());
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Object>> futures = new ArrayList<>();
      for (Callable<Object> attempt : attempts) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  try {
                    return attempt.call();
                  } catch (RuntimeException e) {
                    return e;
                  }
                }));
      }
      start.countDown();
      List<Object> outcomes = new ArrayList<>();
      for (Future<Object> f : futures) {
        outcomes.add(f.get(60, TimeUnit.SECONDS));
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void manyDesksBookingOneFreeSlotGiveExactlyOneAppointment() throws Exception {
    int doctor = fx.doctor("Kamal Hossain", "Cardiology", 1200);
    int chamber = fx.chamber(doctor, "Square Hospital", "Panthapath");
    LocalDate day = LocalDate.of(2026, 12, 7);
    List<Callable<Object>> attempts = new ArrayList<>();
    for (int i = 0; i < DESKS; i++) {
      int patient = fx.patient("Patient " + i, "+88017110000" + String.format("%02d", i));
      attempts.add(
          () ->
              booking.book(
                  BookingRequest.of(
                      patient, doctor, chamber, day, LocalTime.of(18, 0), LocalTime.of(18, 15))));
    }

    List<Object> outcomes = race(attempts);

    assertThat(outcomes).filteredOn(AppointmentSummary.class::isInstance).hasSize(1);
    assertThat(outcomes)
        .filteredOn(o -> !(o instanceof AppointmentSummary))
        .hasSize(DESKS - 1)
        .allSatisfy(o -> assertThat(o).isInstanceOf(SlotTakenException.class));
    assertThat(fx.count("SELECT count(*) FROM \"Appointment\" WHERE \"doctorId\" = ?", doctor))
        .isEqualTo(1);
  }

  @Test
  void manyDesksBookingOverlappingTimesAtTwoChambersGiveOneAppointment() throws Exception {
    int doctor = fx.doctor("Nusrat Jahan", "Paediatrics", 900);
    int a = fx.chamber(doctor, "Ibn Sina Diagnostic", "Dhanmondi");
    int b = fx.chamber(doctor, "Evercare Hospital", "Bashundhara");
    LocalDate day = LocalDate.of(2026, 12, 8);
    List<Callable<Object>> attempts = new ArrayList<>();
    for (int i = 0; i < DESKS; i++) {
      int patient = fx.patient("Child " + i, "+88018110000" + String.format("%02d", i));
      int chamber = i % 2 == 0 ? a : b;
      LocalTime start = LocalTime.of(19, 0).plusMinutes(i % 5);
      attempts.add(
          () ->
              booking.book(
                  BookingRequest.of(patient, doctor, chamber, day, start, start.plusMinutes(15))));
    }

    List<Object> outcomes = race(attempts);

    assertThat(outcomes).filteredOn(AppointmentSummary.class::isInstance).hasSize(1);
    assertThat(outcomes)
        .filteredOn(o -> !(o instanceof AppointmentSummary))
        .allSatisfy(o -> assertThat(o).isInstanceOf(BookingConflictException.class));
    assertThat(fx.count("SELECT count(*) FROM \"Appointment\" WHERE \"doctorId\" = ?", doctor))
        .isEqualTo(1);
  }

  @Test
  void theSameRequestSentFromManyThreadsBooksOnce() throws Exception {
    int doctor = fx.doctor("Mahmud Hasan", "ENT", 700);
    int chamber = fx.chamber(doctor, "Green Life Hospital", "Green Road");
    int patient = fx.patient("Selina Parvin", "+8801911000003");
    BookingRequest request =
        BookingRequest.of(
            patient,
            doctor,
            chamber,
            LocalDate.of(2026, 12, 9),
            LocalTime.of(17, 0),
            LocalTime.of(17, 10));
    List<Callable<Object>> attempts = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      attempts.add(() -> booking.book(request));
    }

    List<Object> outcomes = race(attempts);

    assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOf(AppointmentSummary.class));
    assertThat(outcomes)
        .extracting(o -> ((AppointmentSummary) o).id())
        .containsOnly(((AppointmentSummary) outcomes.get(0)).id());
    assertThat(fx.count("SELECT count(*) FROM \"Appointment\" WHERE \"doctorId\" = ?", doctor))
        .isEqualTo(1);
  }
}
