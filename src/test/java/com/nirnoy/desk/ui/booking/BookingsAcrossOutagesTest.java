package com.nirnoy.desk.ui.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.nirnoy.desk.app.DeskEntities;
import com.nirnoy.desk.booking.AppointmentQueries;
import com.nirnoy.desk.booking.BookingService;
import com.nirnoy.desk.config.ConnectionSettings;
import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.patient.PatientService;
import com.nirnoy.desk.patient.PatientSummary;
import com.nirnoy.desk.schedule.ScheduleService;
import com.nirnoy.desk.schedule.Slot;
import com.nirnoy.desk.schedule.SlotState;
import com.nirnoy.desk.staff.StaffSession;
import com.nirnoy.desk.testing.Fixtures;
import com.nirnoy.desk.testing.PgBouncerServer;
import com.nirnoy.desk.testing.RestartableServer;
import com.nirnoy.desk.testing.TestDeskLogins;
import com.nirnoy.desk.testing.TestStaff;
import com.nirnoy.desk.ui.TaskRunner;
import com.nirnoy.desk.ui.Texts;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/**
 * A desk books one patient after another while the real PostgreSQL (and the PgBouncer in front)
 * stops and starts again. Afterwards the database holds exactly what the desk reported confirmed:
 * each once, and nothing the desk reported as not booked.
 */
class BookingsAcrossOutagesTest {
  private static final LocalDate DAY = LocalDate.of(2026, 12, 7);
  private static final int BOOKINGS = 30;
  private final Set<String> confirmed = ConcurrentHashMap.newKeySet();
  private final Set<String> reportedFailed = ConcurrentHashMap.newKeySet();

  @Test
  void aServerRestartMidRunLosesAndDuplicatesNothing() throws Exception {
    try (RestartableServer server = RestartableServer.startNew("outage-direct")) {
      run(
          server.settings(4),
          TestDeskLogins.create(server.settings(4)),
          () -> {
            server.stop();
            pause(1_000);
            server.start();
          });
    }
  }

  @Test
  void aPoolerAndServerRestartMidRunLosesAndDuplicatesNothing() throws Exception {
    try (RestartableServer server = RestartableServer.startNew("outage-pooled")) {
      ConnectionSettings desk = TestDeskLogins.create(server.settings(4));
      try (PgBouncerServer bouncer = PgBouncerServer.inFrontOf(server.port(), desk.user())) {
        runThrough(server, bouncer, desk);
      }
    }
  }

  private void runThrough(
      RestartableServer server, PgBouncerServer bouncer, ConnectionSettings desk) throws Exception {
    run(
        server.settings(4),
        bouncer.pooledAs(desk.user(), "postgres", 4),
        () -> {
          bouncer.stop();
          server.stop();
          pause(1_000);
          server.start();
          bouncer.start();
        });
  }

  /** The desk works as a desk login ({@code settings}); fixtures go through {@code owner}. */
  private void run(ConnectionSettings owner, ConnectionSettings settings, Runnable outage)
      throws Exception {
    try (Database db = Database.open(settings, DeskEntities.ALL);
        com.zaxxer.hikari.HikariDataSource ownerPool =
            com.nirnoy.desk.db.DataSources.pool(owner.withPoolSize(2), "outage-owner")) {
      Fixtures fx = new Fixtures(ownerPool);
      StaffSession desk = TestStaff.signedIn(db, fx, com.nirnoy.desk.user.Role.RECEPTIONIST);
      int doctor = fx.doctor("Kamal Hossain", "Cardiology", 1200);
      int chamber = fx.chamber(doctor, "Square Hospital", "Panthapath");
      int patientId = fx.patient("Rahima Begum", "+8801711000001");
      PatientSummary patient =
          new PatientSummary(patientId, "Rahima Begum", "+8801711000001", null, null);
      Clock clock = Clock.systemUTC();
      BookingService booking = new BookingService(db, clock, desk);
      PatientService patients = new PatientService(db, clock, desk);
      ScheduleService schedules = new ScheduleService(db, new AppointmentQueries(db), clock);

      CompletableFuture<Void> deskRun =
          CompletableFuture.runAsync(
              () -> {
                for (int i = 0; i < BOOKINGS; i++) {
                  BookingFormViewModel form =
                      new BookingFormViewModel(
                          TaskRunner.SAME_THREAD,
                          booking,
                          patients,
                          schedules,
                          DAY,
                          new SimpleObjectProperty<>(Texts.ENGLISH));
                  form.settleWithin(Duration.ofSeconds(20));
                  book(form, slot(doctor, chamber, i), patient, i);
                  pause(60);
                }
              });
      while (confirmed.size() < 5) {
        pause(20);
      }
      outage.run();
      int doneByRestart = confirmed.size() + reportedFailed.size();
      deskRun.get(90, TimeUnit.SECONDS);

      assertThat(doneByRestart).as("the outage came mid-run").isLessThan(BOOKINGS);
      assertThat(confirmed.size() + reportedFailed.size()).isEqualTo(BOOKINGS);
      List<String> stored =
          fx.strings(
              "SELECT db.\"requestId\" FROM \"Appointment\" a"
                  + " LEFT JOIN \"DeskBooking\" db ON db.\"appointmentId\" = a.id"
                  + " WHERE a.\"doctorId\" = ?",
              doctor);
      assertThat(stored).as("exactly the confirmed bookings, each once").hasSameSizeAs(confirmed);
      assertThat(stored).containsExactlyInAnyOrderElementsOf(confirmed);
      assertThat(stored).filteredOn(reportedFailed::contains).isEmpty();
    }
  }

  /**
   * Books as a receptionist would: OK, and when the outcome was unknown and not saved, OK again.
   */
  private void book(BookingFormViewModel form, Slot slot, PatientSummary patient, int i) {
    form.open(slot);
    form.selectedProperty().set(patient);
    for (int attempt = 0; attempt < 3; attempt++) {
      boolean[] done = {false};
      form.confirm(a -> done[0] = true, () -> {});
      if (done[0]) {
        confirmed.add(form.requestId());
        return;
      }
      if (i % 3 == 0) {
        break; // this receptionist gives up on the re-offered booking
      }
    }
    reportedFailed.add(form.requestId());
  }

  private static Slot slot(int doctor, int chamber, int i) {
    LocalTime start = LocalTime.of(8, 0).plusMinutes(10L * i);
    return new Slot(
        doctor,
        chamber,
        "Square Hospital",
        DAY,
        start,
        start.plusMinutes(10),
        i + 1,
        SlotState.FREE,
        null);
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
