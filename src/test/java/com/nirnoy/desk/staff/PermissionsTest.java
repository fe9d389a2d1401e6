package com.nirnoy.desk.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nirnoy.desk.app.DeskEntities;
import com.nirnoy.desk.booking.AppointmentStatus;
import com.nirnoy.desk.booking.BookingRequest;
import com.nirnoy.desk.booking.BookingService;
import com.nirnoy.desk.chamber.ChamberAdminService;
import com.nirnoy.desk.chamber.ChamberForm;
import com.nirnoy.desk.chamber.LeaveForm;
import com.nirnoy.desk.chamber.LeaveService;
import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.doctor.DoctorAdminService;
import com.nirnoy.desk.doctor.DoctorForm;
import com.nirnoy.desk.doctor.DoctorStatus;
import com.nirnoy.desk.history.AuditHistory;
import com.nirnoy.desk.patient.PatientService;
import com.nirnoy.desk.stranded.StrandedAppointments;
import com.nirnoy.desk.testing.Fixtures;
import com.nirnoy.desk.testing.TestDatabases;
import com.nirnoy.desk.testing.TestStaff;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Permissions are enforced by the services themselves, whatever a screen shows or hides. */
class PermissionsTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-06T03:00:00Z"), ZoneId.of("Asia/Dhaka"));
  private static final LocalDate SUNDAY = LocalDate.of(2026, 12, 6);
  private static Database db;
  private static Fixtures fx;
  private StaffSession desk;
  private int doctor;
  private int chamber;

  @BeforeAll
  static void open() {
    db = Database.open(TestDatabases.freshDatabase(), DeskEntities.ALL);
    fx = new Fixtures(db.dataSource());
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @BeforeEach
  void receptionistAtTheDesk() {
    desk = TestStaff.receptionist(db);
    doctor = fx.doctor("Farhana Rahman", "Gynaecology", 1000);
    chamber = fx.chamber(doctor, "Popular Diagnostic Centre", "Dhanmondi");
    fx.schedule(chamber, DayOfWeek.SUNDAY, LocalTime.of(17, 0), LocalTime.of(19, 0), 15, 8);
  }

  private StrandedAppointments stranded() {
    return new StrandedAppointments(db, CLOCK, desk);
  }

  private DoctorAdminService doctors() {
    return new DoctorAdminService(db, CLOCK, desk, stranded());
  }

  @Test
  void receptionistChangingAFeeIsRefused() {
    DoctorAdminService asAdmin = new DoctorAdminService(db, CLOCK, TestStaff.admin(db), stranded());
    DoctorForm form = asAdmin.find(doctor).toForm();
    DoctorForm higherFee = form.withFees(1500, form.followUpFee(), form.reportFee());

    assertThatThrownBy(() -> doctors().update(doctor, higherFee))
        .isInstanceOfSatisfying(
            PermissionDeniedException.class,
            e -> assertThat(e.permission()).isEqualTo(Permission.CHANGE_FEES))
        .hasMessage("Only an admin can change a doctor's fee. Ask an admin to sign in.");
    assertThat(fx.count("SELECT \"consultationFeeNew\" FROM \"Doctor\" WHERE id = ?", doctor))
        .isEqualTo(1000);
  }

  @Test
  void receptionistAddingOrDeactivatingADoctorIsRefused() {
    assertThatThrownBy(
            () ->
                doctors()
                    .create(
                        new DoctorForm(
                            "Kamal Hossain",
                            null,
                            "Dr.",
                            com.nirnoy.desk.user.Gender.MALE,
                            "Cardiology",
                            "A-54321",
                            "01711-000321",
                            DoctorStatus.APPROVED,
                            10,
                            1200,
                            null,
                            null,
                            true)))
        .isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(() -> doctors().changeStatus(doctor, DoctorStatus.SUSPENDED))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessageStartingWith("Only an admin can");
  }

  @Test
  void receptionistChangingChambersSessionsOrLeaveIsRefused() {
    var chambers = new ChamberAdminService(db, CLOCK, desk, stranded());
    var leave = new LeaveService(db, CLOCK, desk, stranded());
    String refusal =
        "Only an admin can change chambers, weekly sessions or leave. Ask an admin to sign in.";

    var monday =
        new com.nirnoy.desk.chamber.SessionForm(
            java.util.Set.of(DayOfWeek.MONDAY), LocalTime.of(17, 0), LocalTime.of(18, 0), 15, 4);
    var labaid =
        new ChamberForm("Labaid", "Road 4", "Dhanmondi", "Dhaka", null, null, monday, null, true);
    assertThatThrownBy(() -> chambers.create(doctor, labaid)).hasMessage(refusal);
    assertThatThrownBy(() -> chambers.update(chamber, labaid)).hasMessage(refusal);
    assertThatThrownBy(
            () -> leave.add(doctor, new LeaveForm(SUNDAY, SUNDAY, null, null, "Conference")))
        .hasMessage(refusal);
  }

  @Test
  void receptionistBooksChecksInCancelsAndReadsHistory() {
    BookingService booking = new BookingService(db, CLOCK, desk);
    int patient =
        new PatientService(db, CLOCK, desk)
            .register("Rahima Begum", "01711-000001", null, null)
            .patientId();

    var a =
        booking.book(
            BookingRequest.of(
                patient, doctor, chamber, SUNDAY, LocalTime.of(17, 0), LocalTime.of(17, 15)));
    booking.changeStatus(a.id(), AppointmentStatus.CHECKED_IN);
    booking.changeStatus(a.id(), AppointmentStatus.CONFIRMED);
    booking.cancel(a.id(), "Patient is ill");

    assertThat(new AuditHistory(db, desk).forAppointment(a.id())).hasSize(4);
  }

  @Test
  void nobodySignedInCannotBookOrLookUpPatients() {
    StaffSession nobody = new StaffSession();
    BookingService booking = new BookingService(db, CLOCK, nobody);
    int patient = fx.patient("Abdul Karim", "+8801811000002");

    assertThatThrownBy(
            () ->
                booking.book(
                    BookingRequest.of(
                        patient,
                        doctor,
                        chamber,
                        SUNDAY,
                        LocalTime.of(17, 0),
                        LocalTime.of(17, 15))))
        .isInstanceOf(NotSignedInException.class)
        .hasMessage("Nobody is signed in at this desk. Sign in first.");
    assertThatThrownBy(() -> new PatientService(db, CLOCK, nobody).findByPhone("01811-000002"))
        .isInstanceOf(NotSignedInException.class);
    assertThatThrownBy(() -> new AuditHistory(db, nobody).forDoctor(doctor))
        .isInstanceOf(NotSignedInException.class);
    assertThatThrownBy(() -> new com.nirnoy.desk.booking.AppointmentQueries(db, nobody).day(SUNDAY))
        .as("appointment lists name patients")
        .isInstanceOf(NotSignedInException.class);
  }

  @Test
  void signingOutTakesThePermissionsAway() {
    new StaffService(db, CLOCK, desk).signOut();

    assertThatThrownBy(() -> new BookingService(db, CLOCK, desk).cancel(1, "x"))
        .isInstanceOf(NotSignedInException.class);
  }
}
