package com.nirnoy.desk.chamber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nirnoy.desk.booking.AppointmentStatus;
import com.nirnoy.desk.booking.AppointmentSummary;
import com.nirnoy.desk.booking.BookingRequest;
import com.nirnoy.desk.booking.BookingRuleException;
import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.rules.InvalidFormException;
import com.nirnoy.desk.stranded.AffectedAppointment;
import com.nirnoy.desk.stranded.Outcome;
import com.nirnoy.desk.testing.AdminClinic;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Leave blocks booking, and leave over booked patients lists them before anything is saved. */
class LeaveServiceTest {
  /** Sunday 6 December 2026, 09:00 in Dhaka. */
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-06T03:00:00Z"), ZoneId.of("Asia/Dhaka"));

  private static final LocalDate NEXT_SUNDAY = LocalDate.of(2026, 12, 13);
  private static final LocalTime FIVE = LocalTime.of(17, 0);
  private static Database db;
  private static AdminClinic clinic;
  private int doctor;
  private int chamber;

  @BeforeAll
  static void open() {
    // as a desk login: the database's policies judge every admin step
    clinic = AdminClinic.onDeskLogin(CLOCK);
    db = clinic.db;
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @BeforeEach
  void doctorWithSundayEvenings() {
    doctor = clinic.fx.doctor("Farhana Rahman", "Gynaecology", 1000);
    chamber =
        clinic.fx.chamber(
            doctor,
            null,
            "Popular Diagnostic Centre",
            "Dhanmondi",
            "Sun",
            FIVE,
            LocalTime.of(19, 0),
            15,
            8);
  }

  private static LeaveForm wholeDay(LocalDate day) {
    return new LeaveForm(day, day, null, null, "Conference");
  }

  @Test
  void bookingIntoLeaveIsRefusedByTheDatabase() {
    clinic.leave.add(doctor, wholeDay(NEXT_SUNDAY));

    assertThatThrownBy(
            () -> clinic.book(doctor, chamber, NEXT_SUNDAY, FIVE, "Rahima Begum", "+8801711000001"))
        .isInstanceOfSatisfying(
            BookingRuleException.class,
            e -> assertThat(e.rule()).isEqualTo("Appointment_not_on_leave"))
        .hasMessageContaining("the doctor is on leave at that time");
  }

  @Test
  void partOfADayBlocksOnlyThoseHours() {
    clinic.leave.add(
        doctor, new LeaveForm(NEXT_SUNDAY, NEXT_SUNDAY, FIVE, LocalTime.of(18, 0), "Surgery"));

    assertThatThrownBy(
            () ->
                clinic.book(
                    doctor,
                    chamber,
                    NEXT_SUNDAY,
                    LocalTime.of(17, 45),
                    "Abdul Karim",
                    "+8801811000002"))
        .isInstanceOf(BookingRuleException.class);
    assertThat(
            clinic
                .book(
                    doctor,
                    chamber,
                    NEXT_SUNDAY,
                    LocalTime.of(18, 0),
                    "Abdul Karim",
                    "+8801811000002")
                .status())
        .isEqualTo(AppointmentStatus.CONFIRMED);
  }

  @Test
  void reschedulingIntoLeaveIsRefused() {
    AppointmentSummary a =
        clinic.book(doctor, chamber, NEXT_SUNDAY, FIVE, "Nasima Khatun", "+8801911000003");
    LocalDate later = NEXT_SUNDAY.plusDays(7);
    clinic.leave.add(doctor, wholeDay(later));

    assertThatThrownBy(
            () -> clinic.booking.reschedule(a.id(), chamber, later, FIVE, FIVE.plusMinutes(15)))
        .isInstanceOf(BookingRuleException.class);
  }

  @Test
  void previewListsTheStrandedPatientsWithPhonesAndSavesNothing() {
    clinic.book(
        doctor, chamber, NEXT_SUNDAY, LocalTime.of(17, 30), "Rahima Begum", "+8801711000001");
    clinic.book(doctor, chamber, NEXT_SUNDAY, FIVE, "Abdul Karim", "+8801811000002");

    List<AffectedAppointment> affected = clinic.leave.preview(doctor, wholeDay(NEXT_SUNDAY));

    assertThat(affected)
        .extracting(
            AffectedAppointment::patientName,
            AffectedAppointment::patientPhone,
            AffectedAppointment::startTime)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Abdul Karim", "01811-000002", FIVE),
            org.assertj.core.groups.Tuple.tuple(
                "Rahima Begum", "01711-000001", LocalTime.of(17, 30)));
    assertThat(affected.get(0).serialNumber()).isEqualTo(1);
    assertThat(clinic.leave.upcoming(doctor)).isEmpty();
    assertThat(
            clinic.fx.count(
                "SELECT count(*) FROM \"StrandedAppointment\" s JOIN \"Appointment\" a ON a.id = s.\"appointmentId\" WHERE a.\"doctorId\" = ?",
                doctor))
        .isZero();
  }

  @Test
  void confirmingLeaveMarksTheAppointmentsWithoutCancellingThemAndTheDeskCallsAndClears() {
    AppointmentSummary a =
        clinic.book(doctor, chamber, NEXT_SUNDAY, FIVE, "Rahima Begum", "+8801711000001");

    Outcome<LeaveDetails> saved = clinic.leave.add(doctor, wholeDay(NEXT_SUNDAY));

    assertThat(saved.saved().startDate()).isEqualTo(NEXT_SUNDAY);
    assertThat(saved.stranded())
        .extracting(AffectedAppointment::appointmentId)
        .containsExactly(a.id());
    assertThat(clinic.booking.find(a.id()).orElseThrow().status())
        .isEqualTo(AppointmentStatus.CONFIRMED);
    assertThat(clinic.stranded.toCall())
        .filteredOn(c -> c.appointmentId() == a.id())
        .singleElement()
        .satisfies(
            c -> assertThat(c.reason()).isEqualTo("The doctor is on leave 13 Dec (Conference)"));

    clinic.stranded.clear(a.id(), "Called; rebooked for Tuesday");

    assertThat(clinic.stranded.toCall())
        .extracting(AffectedAppointment::appointmentId)
        .doesNotContain(a.id());
  }

  @Test
  void aStrandedAppointmentCanStillBeCheckedInOrCancelled() {
    AppointmentSummary a =
        clinic.book(doctor, chamber, NEXT_SUNDAY, FIVE, "Rahima Begum", "+8801711000001");
    clinic.leave.add(
        doctor, new LeaveForm(NEXT_SUNDAY, NEXT_SUNDAY, FIVE, LocalTime.of(18, 0), null));

    assertThat(clinic.booking.changeStatus(a.id(), AppointmentStatus.CHECKED_IN).status())
        .isEqualTo(AppointmentStatus.CHECKED_IN);
    assertThat(clinic.booking.cancel(a.id(), "Doctor on leave").status())
        .isEqualTo(AppointmentStatus.CANCELLED);
  }

  @Test
  void removedLeaveMakesTheDayBookableAgain() {
    clinic.leave.add(doctor, wholeDay(NEXT_SUNDAY));

    clinic.leave.remove(clinic.leave.upcoming(doctor).get(0).id());

    assertThat(
            clinic
                .book(doctor, chamber, NEXT_SUNDAY, FIVE, "Rahima Begum", "+8801711000001")
                .serialNumber())
        .isEqualTo(1);
  }

  @Test
  void leaveThatEndsBeforeItStartsOrInThePastIsRefusedBeforeAnythingIsSaved() {
    assertThatThrownBy(
            () ->
                clinic.leave.add(
                    doctor, new LeaveForm(NEXT_SUNDAY, NEXT_SUNDAY.minusDays(1), null, null, null)))
        .isInstanceOfSatisfying(
            InvalidFormException.class, e -> assertThat(e.problems()).containsOnlyKeys("endDate"));
    assertThatThrownBy(
            () ->
                clinic.leave.add(doctor, new LeaveForm(NEXT_SUNDAY, NEXT_SUNDAY, FIVE, null, null)))
        .isInstanceOfSatisfying(
            InvalidFormException.class, e -> assertThat(e.problems()).containsOnlyKeys("endTime"));
    assertThatThrownBy(() -> clinic.leave.add(doctor, wholeDay(LocalDate.of(2026, 12, 1))))
        .isInstanceOf(InvalidFormException.class);
  }

  @Test
  void bookingRequestsStillNameTheRuleWhenLeaveIsWrittenByAnotherClient() {
    clinic.fx.execute(
        "INSERT INTO \"DoctorLeave\" (\"doctorId\", \"startDate\", \"endDate\") VALUES (?, ?, ?)",
        doctor,
        NEXT_SUNDAY,
        NEXT_SUNDAY);
    int patient = clinic.fx.patient("Karim", "+8801711000009");

    assertThatThrownBy(
            () ->
                clinic.booking.book(
                    BookingRequest.of(
                        patient, doctor, chamber, NEXT_SUNDAY, FIVE, FIVE.plusMinutes(15))))
        .isInstanceOf(BookingRuleException.class);
  }
}
