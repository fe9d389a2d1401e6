package com.nirnoy.desk.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nirnoy.desk.app.DeskEntities;
import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.testing.Fixtures;
import com.nirnoy.desk.testing.TestDatabases;
import com.nirnoy.desk.testing.TestStaff;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusFlowTest {
  private static Database db;
  private static Fixtures fx;
  private static BookingService booking;
  private AppointmentSummary appointment;

  @BeforeAll
  static void open() {
    db = Database.open(TestDatabases.freshDatabase(), DeskEntities.ALL);
    fx = new Fixtures(db.dataSource());
    booking = new BookingService(db, Clock.systemUTC(), TestStaff.receptionist(db));
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @BeforeEach
  void booked() {
    int doctor = fx.doctor("Kamal Hossain", "Cardiology", 1200);
    int chamber = fx.chamber(doctor, "Square Hospital", "Panthapath");
    int patient = fx.patient("Selina Parvin", "+8801911000003");
    appointment =
        booking.book(
            BookingRequest.of(
                patient,
                doctor,
                chamber,
                LocalDate.of(2026, 12, 7),
                LocalTime.of(18, 0),
                LocalTime.of(18, 15)));
  }

  @Test
  void aVisitGoesFromCheckInToCompletedStampingThePlatformsTimeOfEachStep() {
    booking.changeStatus(appointment.id(), AppointmentStatus.CHECKED_IN);
    booking.changeStatus(appointment.id(), AppointmentStatus.IN_PROGRESS);
    AppointmentSummary done = booking.changeStatus(appointment.id(), AppointmentStatus.COMPLETED);

    assertThat(done.status()).isEqualTo(AppointmentStatus.COMPLETED);
    assertThat(
            fx.count(
                "SELECT count(*) FROM \"Appointment\" WHERE id = ? AND status = 'COMPLETED'"
                    + " AND \"confirmedAt\" <= \"checkedInAt\" AND \"checkedInAt\" <= \"startedAt\""
                    + " AND \"startedAt\" <= \"completedAt\" AND \"updatedAt\" = \"completedAt\""
                    + " AND \"cancelledAt\" IS NULL",
                appointment.id()))
        .isEqualTo(1);
  }

  @Test
  void aWebRequestIsConfirmedAtTheDeskWithItsConfirmationTime() {
    fx.forceStatus(appointment.id(), "REQUESTED");

    AppointmentSummary confirmed =
        booking.changeStatus(appointment.id(), AppointmentStatus.CONFIRMED);

    assertThat(confirmed.status()).isEqualTo(AppointmentStatus.CONFIRMED);
    assertThat(
            fx.count(
                "SELECT count(*) FROM \"Appointment\" WHERE id = ? AND \"confirmedAt\" IS NOT NULL",
                appointment.id()))
        .isEqualTo(1);
  }

  @Test
  void aCancellationRecordsItsReasonAndTime() {
    booking.cancel(appointment.id(), "Patient travelling");

    assertThat(
            fx.strings(
                "SELECT concat_ws('|', status, \"cancellationReason\", \"cancelledAt\" IS NOT NULL)"
                    + " FROM \"Appointment\" WHERE id = ?",
                appointment.id()))
        .containsExactly("CANCELLED|Patient travelling|t");
  }

  @Test
  void aMistakenCheckInCanBeUndone() {
    booking.changeStatus(appointment.id(), AppointmentStatus.CHECKED_IN);

    assertThat(booking.changeStatus(appointment.id(), AppointmentStatus.CONFIRMED).status())
        .isEqualTo(AppointmentStatus.CONFIRMED);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      textBlock =
          """
      CONFIRMED, COMPLETED
      CONFIRMED, IN_PROGRESS
      COMPLETED, CHECKED_IN
      NO_SHOW, COMPLETED
      REQUESTED, IN_PROGRESS
      """)
  void theFlowRefusesSkipsAndReversals(AppointmentStatus from, AppointmentStatus to) {
    fx.forceStatus(appointment.id(), from.name());

    assertThatThrownBy(() -> booking.changeStatus(appointment.id(), to))
        .isInstanceOf(InvalidStatusChangeException.class);
    assertThat(
            fx.count(
                "SELECT count(*) FROM \"Appointment\" WHERE id = ? AND status = ?",
                appointment.id(),
                from.name()))
        .isEqualTo(1);
  }
}
