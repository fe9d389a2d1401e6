package com.nirnoy.desk.ui.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.nirnoy.desk.app.DeskEntities;
import com.nirnoy.desk.booking.AppointmentQueries;
import com.nirnoy.desk.booking.AppointmentSummary;
import com.nirnoy.desk.booking.BookingService;
import com.nirnoy.desk.config.ConnectionSettings;
import com.nirnoy.desk.db.DataSources;
import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.patient.PatientService;
import com.nirnoy.desk.patient.PatientSummary;
import com.nirnoy.desk.schedule.ScheduleService;
import com.nirnoy.desk.schedule.Slot;
import com.nirnoy.desk.schedule.SlotState;
import com.nirnoy.desk.staff.StaffSession;
import com.nirnoy.desk.testing.CuttingProxy;
import com.nirnoy.desk.testing.Fixtures;
import com.nirnoy.desk.testing.TestDatabases;
import com.nirnoy.desk.testing.TestStaff;
import com.nirnoy.desk.ui.TaskRunner;
import com.nirnoy.desk.ui.Texts;
import com.nirnoy.desk.user.Gender;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A booking whose connection drops during the commit, for real: the form settles it by its request
 * id once the database answers, so it is shown booked if it committed and offered again (same
 * request id) if it did not; never twice, never lost.
 */
class UnknownBookingOutcomeTest {
  private static final LocalDate DAY = LocalDate.of(2026, 12, 7);
  private final ConnectionSettings server = TestDatabases.freshDatabase(4);
  private final CuttingProxy proxy = new CuttingProxy(server.port());
  private final List<AppointmentSummary> booked = new ArrayList<>();
  private Database db;
  private Fixtures fx;
  private BookingFormViewModel form;
  private int doctor;
  private Slot slot;

  @BeforeEach
  void desk() {
    ConnectionSettings throughProxy =
        ConnectionSettings.local("test", proxy.port(), server.database(), "postgres", 4);
    db = Database.open(throughProxy, DeskEntities.ALL);
    fx = new Fixtures(db.dataSource());
    StaffSession desk = TestStaff.receptionist(db);
    Clock clock = Clock.systemUTC();
    BookingService booking = new BookingService(db, clock, desk);
    form =
        new BookingFormViewModel(
            TaskRunner.SAME_THREAD,
            booking,
            new PatientService(db, clock, desk),
            new ScheduleService(db, new AppointmentQueries(db), clock),
            DAY,
            new SimpleObjectProperty<>(Texts.ENGLISH));
    form.settleWithin(Duration.ofSeconds(10));
    doctor = fx.doctor("Kamal Hossain", "Cardiology", 1200);
    int chamber = fx.chamber(doctor, "Square Hospital", "Panthapath");
    int patient = fx.patient("Rahima Begum", "+8801711000001");
    slot =
        new Slot(
            doctor,
            chamber,
            "Square Hospital",
            DAY,
            LocalTime.of(17, 0),
            LocalTime.of(17, 15),
            1,
            SlotState.FREE,
            null);
    form.open(slot);
    form.selectedProperty()
        .set(new PatientSummary(patient, "Rahima Begum", "+8801711000001", null, null));
  }

  @AfterEach
  void close() {
    db.close();
    proxy.close();
  }

  private long appointments() {
    return fx.count("SELECT count(*) FROM \"Appointment\" WHERE \"doctorId\" = ?", doctor);
  }

  private void confirm() {
    form.confirm(booked::add, () -> {});
  }

  @Test
  void aCommitWhoseAnswerIsLostIsShownBookedOnce() {
    proxy.loseTheNextCommitAnswer();

    confirm();

    assertThat(proxy.cuts()).as("the commit's answer really was lost").isEqualTo(1);
    assertThat(booked)
        .singleElement()
        .extracting(AppointmentSummary::patientName)
        .isEqualTo("Rahima Begum");
    assertThat(appointments()).isEqualTo(1);
    assertThat(form.conflictProperty().get()).isEmpty();
  }

  @Test
  void aConnectionCutBeforeTheCommitIsOfferedAgainWithTheSameRequest() throws Exception {
    String requestId = form.requestId();
    try (Connection other = DataSources.unpooled(server).getConnection();
        PreparedStatement hold =
            other.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")) {
      other.setAutoCommit(false);
      hold.setString(1, "nirnoy.doctor-day:" + doctor + ":" + DAY);
      hold.execute(); // the booking will wait for this desk's doctor-day turn...
      CompletableFuture<Void> attempt = CompletableFuture.runAsync(this::confirm);
      int waiting = 0;
      for (int i = 0; i < 100 && waiting == 0; i++) {
        Thread.sleep(50);
        waiting = (int) waitingBooking();
      }
      fx.count("SELECT count(pg_terminate_backend(?))", waiting); // ...and its connection dies
      other.rollback();
      attempt.get(30, TimeUnit.SECONDS);
    }

    assertThat(booked).isEmpty();
    assertThat(appointments()).isZero();
    assertThat(form.conflictProperty().get()).startsWith("Not saved: the connection dropped");
    assertThat(form.validBinding().get()).as("the form is kept, ready to confirm").isTrue();
    assertThat(form.requestId()).isEqualTo(requestId);

    confirm();

    assertThat(booked).singleElement();
    assertThat(appointments()).isEqualTo(1);
    assertThat(fx.count("SELECT count(*) FROM \"DeskBooking\" WHERE \"requestId\" = ?", requestId))
        .isEqualTo(1);
  }

  @Test
  void aNewPatientWhoseRegistrationAnswerIsLostIsRegisteredOnceAndBooked() {
    form.phoneProperty().set("01911-222333");
    NewPatientForm p = form.newPatient();
    p.name().set("Sumon Mia");
    p.age().set("40");
    p.gender().set(Gender.MALE);
    proxy.loseTheNextCommitAnswer(); // the registration's commit

    confirm();

    assertThat(proxy.cuts()).isEqualTo(1);
    assertThat(booked).isEmpty();
    assertThat(form.conflictProperty().get()).startsWith("Not saved: the connection dropped");
    assertThat(form.registeringProperty().get()).as("the form is kept as typed").isTrue();
    p.age().set("41"); // corrected before confirming again

    confirm();

    assertThat(booked)
        .singleElement()
        .extracting(AppointmentSummary::patientName)
        .isEqualTo("Sumon Mia");
    assertThat(fx.count("SELECT count(*) FROM \"User\" WHERE phone = '+8801911222333'"))
        .as("registered once: the phone is the account")
        .isEqualTo(1);
    assertThat(
            fx.strings(
                "SELECT extract(year FROM p.\"dateOfBirth\")::int FROM \"Patient\" p"
                    + " JOIN \"User\" u ON u.id = p.\"userId\" WHERE u.phone = '+8801911222333'"))
        .as("the retry saved the corrected age")
        .containsExactly(String.valueOf(DAY.getYear() - 41));
  }

  private long waitingBooking() {
    return fx.count(
        "SELECT coalesce(max(pid), 0) FROM pg_stat_activity WHERE datname = ?"
            + " AND wait_event_type = 'Lock' AND query LIKE '%pg_advisory_xact_lock%'",
        server.database());
  }
}
