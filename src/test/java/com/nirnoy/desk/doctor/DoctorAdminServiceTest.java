package com.nirnoy.desk.doctor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nirnoy.desk.app.DeskEntities;
import com.nirnoy.desk.booking.AppointmentStatus;
import com.nirnoy.desk.booking.AppointmentSummary;
import com.nirnoy.desk.booking.BookingRuleException;
import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.rules.InvalidFormException;
import com.nirnoy.desk.rules.RuleViolationException;
import com.nirnoy.desk.stranded.AffectedAppointment;
import com.nirnoy.desk.stranded.Outcome;
import com.nirnoy.desk.testing.AdminClinic;
import com.nirnoy.desk.testing.TestDatabases;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DoctorAdminServiceTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-06T03:00:00Z"), ZoneId.of("Asia/Dhaka"));
  private static final LocalDate NEXT_SUNDAY = LocalDate.of(2026, 12, 13);
  private static final LocalTime FIVE = LocalTime.of(17, 0);
  private static Database db;
  private static AdminClinic clinic;

  @BeforeAll
  static void open() {
    db = Database.open(TestDatabases.freshDatabase(), DeskEntities.ALL);
    clinic = new AdminClinic(db, CLOCK);
  }

  @AfterAll
  static void close() {
    db.close();
  }

  private static DoctorForm form(String name, String bmdc, int fee) {
    return new DoctorForm(
        name,
        bmdc,
        "Cardiology",
        "MBBS, FCPS",
        BigDecimal.valueOf(fee),
        BigDecimal.valueOf(fee / 2),
        DoctorStatus.ACTIVE,
        "01711-222333",
        null);
  }

  private static DoctorForm withStatus(DoctorForm f, DoctorStatus status) {
    return new DoctorForm(
        f.name(),
        f.bmdcNumber(),
        f.specialty(),
        f.qualifications(),
        f.fee(),
        f.followUpFee(),
        status,
        f.phone(),
        f.photoUrl());
  }

  @Test
  void anAddedDoctorIsFoundInTheDirectoryWithTheirFees() {
    DoctorDetails d = clinic.doctors.create(form("Kamal Hossain", "a-10001", 1200));

    assertThat(d.bmdcNumber()).isEqualTo("A-10001");
    assertThat(d.phone()).isEqualTo("+8801711222333");
    assertThat(new DoctorDirectory(db, CLOCK).search(DoctorQuery.text("Kamal"), 0, 10).doctors())
        .singleElement()
        .satisfies(l -> assertThat(l.fee()).isEqualByComparingTo("1200"));
  }

  @Test
  void aSecondDoctorWithTheSameBmdcNumberIsRefusedInWords() {
    clinic.doctors.create(form("Abul Kalam", "A-10002", 800));

    assertThatThrownBy(() -> clinic.doctors.create(form("Abul Kalam Azad", "A-10002", 900)))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.rule()).isEqualTo("Doctor_bmdcNumber_key"))
        .hasMessage("Not saved: another doctor already has this BMDC registration number.");
  }

  @Test
  void aFormWithProblemsNamesEachFieldAndSavesNothing() {
    DoctorForm bad =
        new DoctorForm(
            " ", "12", "", null, new BigDecimal("-5"), null, DoctorStatus.ACTIVE, "0171", null);

    assertThatThrownBy(() -> clinic.doctors.create(bad))
        .isInstanceOfSatisfying(
            InvalidFormException.class,
            e ->
                assertThat(e.problems())
                    .containsOnlyKeys("name", "bmdcNumber", "specialty", "fee", "phone"));
  }

  @Test
  void anAdminChangesAFeeAndTheNextBookingChargesIt() {
    DoctorDetails d = clinic.doctors.create(form("Nasrin Akter", "A-10003", 800));
    DoctorForm f = d.toForm();

    Outcome<DoctorDetails> saved =
        clinic.doctors.update(
            d.id(),
            new DoctorForm(
                f.name(),
                f.bmdcNumber(),
                f.specialty(),
                f.qualifications(),
                new BigDecimal("1000"),
                f.followUpFee(),
                f.status(),
                f.phone(),
                f.photoUrl()));

    assertThat(saved.saved().fee()).isEqualByComparingTo("1000");
    assertThat(saved.stranded()).isEmpty();
  }

  @Test
  void deactivatingADoctorKeepsTheirAppointmentsMarksTheFutureOnesAndRefusesNewBookings() {
    DoctorDetails d = clinic.doctors.create(form("Shafiqul Islam", "A-10004", 1000));
    String chamber = clinic.fx.chamber(d.id(), "Ibn Sina", "Dhanmondi");
    clinic.fx.session(chamber, d.id(), DayOfWeek.SUNDAY, FIVE, LocalTime.of(19, 0), 15, 8);
    AppointmentSummary a =
        clinic.book(d.id(), chamber, NEXT_SUNDAY, FIVE, "Rahima Begum", "+8801711000001");

    assertThat(clinic.doctors.previewUpdate(d.id(), withStatus(d.toForm(), DoctorStatus.INACTIVE)))
        .extracting(AffectedAppointment::patientName)
        .containsExactly("Rahima Begum");
    Outcome<DoctorDetails> saved = clinic.doctors.changeStatus(d.id(), DoctorStatus.INACTIVE);

    assertThat(saved.saved().status()).isEqualTo(DoctorStatus.INACTIVE);
    assertThat(saved.stranded())
        .extracting(AffectedAppointment::appointmentId)
        .containsExactly(a.id());
    assertThat(clinic.booking.find(a.id()).orElseThrow().status())
        .isEqualTo(AppointmentStatus.CONFIRMED);
    assertThat(clinic.doctors.list()).extracting(DoctorDetails::id).contains(d.id());
    assertThatThrownBy(
            () ->
                clinic.book(
                    d.id(),
                    chamber,
                    NEXT_SUNDAY,
                    LocalTime.of(17, 15),
                    "Abdul Karim",
                    "+8801811000002"))
        .isInstanceOfSatisfying(
            BookingRuleException.class,
            e -> assertThat(e.rule()).isEqualTo("Appointment_doctor_active"));
  }
}
