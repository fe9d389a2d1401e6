package com.nirnoy.desk.ui.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.nirnoy.desk.app.DeskEntities;
import com.nirnoy.desk.booking.AppointmentQueries;
import com.nirnoy.desk.booking.AppointmentSummary;
import com.nirnoy.desk.booking.BookingService;
import com.nirnoy.desk.booking.VisitType;
import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.patient.PatientService;
import com.nirnoy.desk.schedule.ScheduleService;
import com.nirnoy.desk.schedule.Slot;
import com.nirnoy.desk.staff.StaffSession;
import com.nirnoy.desk.testing.Fixtures;
import com.nirnoy.desk.testing.TestDatabases;
import com.nirnoy.desk.testing.TestStaff;
import com.nirnoy.desk.ui.TaskRunner;
import com.nirnoy.desk.user.Gender;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The booking dialog's logic on real services and a real database, without a window. */
class BookingFormViewModelTest {
  /** Sunday 6 December 2026, 09:00 in Dhaka. */
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-06T03:00:00Z"), ZoneId.of("Asia/Dhaka"));

  private static final LocalDate SUNDAY = LocalDate.of(2026, 12, 6);
  private static Database db;
  private static Fixtures fx;
  private static ScheduleService schedules;
  private static PatientService patients;
  private static BookingService booking;
  private static final AtomicInteger PHONES = new AtomicInteger(100);
  private BookingFormViewModel vm;
  private String doctor;
  private String chamber;
  private final List<AppointmentSummary> booked = new ArrayList<>();
  private final AtomicInteger refreshes = new AtomicInteger();

  @BeforeAll
  static void open() {
    db = Database.open(TestDatabases.freshDatabase(), DeskEntities.ALL);
    fx = new Fixtures(db.dataSource());
    StaffSession desk = TestStaff.receptionist(db);
    booking = new BookingService(db, CLOCK, desk);
    patients = new PatientService(db, CLOCK, desk);
    schedules = new ScheduleService(db, new AppointmentQueries(db), CLOCK);
  }

  @AfterAll
  static void close() {
    db.close();
  }

  private final javafx.beans.property.ObjectProperty<com.nirnoy.desk.ui.Texts> language =
      new javafx.beans.property.SimpleObjectProperty<>(com.nirnoy.desk.ui.Texts.ENGLISH);

  @BeforeEach
  void form() {
    doctor = fx.doctor("Farhana Rahman", "Gynaecology", 1000);
    chamber = fx.chamber(doctor, "Popular Diagnostic Centre", "Dhanmondi");
    fx.session(chamber, doctor, DayOfWeek.SUNDAY, LocalTime.of(17, 0), LocalTime.of(18, 0), 15, 4);
    vm =
        new BookingFormViewModel(
            TaskRunner.SAME_THREAD, booking, patients, schedules, SUNDAY, language);
    vm.open(firstFree(), new BigDecimal("1000"), new BigDecimal("500"));
  }

  private Slot firstFree() {
    return schedules.day(doctor, SUNDAY).firstFree(chamber).orElseThrow();
  }

  private static String newPhone() {
    return "0171100" + String.format("%04d", PHONES.incrementAndGet());
  }

  private void confirm() {
    vm.confirm(booked::add, refreshes::incrementAndGet);
  }

  @Test
  void aFamilyPhoneListsEveryMemberAndConfirmWaitsForAChoice() {
    String phone = newPhone();
    patients.register("Rahima Begum", phone, Gender.FEMALE, null);
    patients.register("Karim Uddin", phone, Gender.MALE, null);

    vm.phoneProperty().set(phone.substring(0, 5) + "-" + phone.substring(5));

    assertThat(vm.matches())
        .extracting(p -> p.name())
        .containsExactly("Karim Uddin", "Rahima Begum");
    assertThat(vm.validBinding().get()).isFalse();
    vm.selectedProperty().set(vm.matches().get(1));
    assertThat(vm.validBinding().get()).isTrue();
    confirm();
    assertThat(booked)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.patientName()).isEqualTo("Rahima Begum");
              assertThat(a.serialNumber()).isEqualTo(1);
            });
  }

  @Test
  void aBadPhoneSaysWhatToTypeNextToTheField() {
    vm.phoneProperty().set("01711");

    assertThat(vm.phoneErrorProperty().get()).contains("01711-000001");
    assertThat(vm.validBinding().get()).isFalse();
  }

  @Test
  void anUnknownPhoneRegistersTheNewPatientInlineOnlyWhenEveryFieldIsValid() {
    vm.phoneProperty().set(newPhone());
    NewPatientForm p = vm.newPatient();

    assertThat(vm.registeringProperty().get()).isTrue();
    p.name().set("Nadia Islam");
    p.age().set("thirty");
    p.gender().set(Gender.FEMALE);
    assertThat(p.ageError().get()).isEqualTo("Age in whole years, e.g. 34");
    assertThat(vm.validBinding().get()).isFalse();
    p.age().set("34");
    assertThat(vm.validBinding().get()).isTrue();
    confirm();

    assertThat(booked)
        .singleElement()
        .extracting(AppointmentSummary::patientName)
        .isEqualTo("Nadia Islam");
    assertThat(
            fx.count(
                "SELECT count(*) FROM \"User\" WHERE name = 'Nadia Islam' AND \"dateOfBirth\" = '1992-07-01'"))
        .isEqualTo(1);
  }

  @Test
  void followUpChargesTheFollowUpFee() {
    vm.visitTypeProperty().set(VisitType.FOLLOW_UP);

    assertThat(vm.feeProperty().get()).isEqualByComparingTo("500");
    vm.visitTypeProperty().set(VisitType.NEW);
    assertThat(vm.feeProperty().get()).isEqualByComparingTo("1000");
  }

  @Test
  void aSlotTakenBehindTheDesksBackIsAClearConflictWithTheNextFreeSlotsAndNothingHalfSaved() {
    vm.phoneProperty().set(newPhone());
    vm.newPatient().name().set("Sumon Mia");
    vm.newPatient().gender().set(Gender.MALE);
    String webPatient = fx.patient("Web Patient", "+8801999000001");
    fx.execute(
        "INSERT INTO \"Appointment\" (\"patientId\", \"doctorId\", \"chamberId\", date, \"startTime\", \"endTime\", source)"
            + " VALUES (?, ?, ?, ?, '17:00', '17:15', 'WEB')",
        webPatient,
        doctor,
        chamber,
        SUNDAY);

    confirm();

    assertThat(booked).isEmpty();
    assertThat(vm.conflictProperty().get())
        .startsWith("Time slot already booked")
        .contains("held by Web Patient");
    assertThat(refreshes).hasValue(1);
    assertThat(vm.alternatives()).extracting(Slot::start).startsWith(LocalTime.of(17, 15));

    vm.choose(vm.alternatives().get(0));
    confirm();

    assertThat(booked)
        .singleElement()
        .extracting(AppointmentSummary::startTime)
        .isEqualTo(LocalTime.of(17, 15));
    assertThat(fx.count("SELECT count(*) FROM \"User\" WHERE name = 'Sumon Mia'"))
        .as("registered once")
        .isEqualTo(1);
    assertThat(
            fx.count(
                "SELECT count(*) FROM \"Appointment\" a JOIN \"User\" u ON u.id = a.\"patientId\" WHERE u.name = 'Sumon Mia'"))
        .isEqualTo(1);
  }

  @Test
  void theDoctorBookedAtAnotherChamberAtThatTimeIsAConflictToo() {
    String other = fx.chamber(doctor, "Labaid Hospital", "Gulshan");
    String webPatient = fx.patient("Phone Patient", "+8801999000002");
    fx.execute(
        "INSERT INTO \"Appointment\" (\"patientId\", \"doctorId\", \"chamberId\", date, \"startTime\", \"endTime\")"
            + " VALUES (?, ?, ?, ?, '17:05', '17:20')",
        webPatient,
        doctor,
        other,
        SUNDAY);
    String phone = newPhone();
    patients.register("Rahima Begum", phone, Gender.FEMALE, null);
    vm.phoneProperty().set(phone);

    confirm();

    assertThat(vm.conflictProperty().get())
        .isEqualTo(
            "Dr Farhana Rahman is already booked 17:05-17:20 at Labaid Hospital on Sun 6 Dec"
                + " (patient Phone Patient); pick another time.");
    assertThat(vm.alternatives())
        .as("slots the overlap blocks are not offered")
        .extracting(Slot::date, Slot::start)
        .startsWith(
            org.assertj.core.groups.Tuple.tuple(SUNDAY, LocalTime.of(17, 30)),
            org.assertj.core.groups.Tuple.tuple(SUNDAY, LocalTime.of(17, 45)));
  }

  @Test
  void inBanglaTheConflictNamesTheHolderInBanglaWithBanglaDigits() {
    language.set(com.nirnoy.desk.ui.Texts.of(com.nirnoy.desk.ui.Languages.BANGLA));
    String webPatient = fx.patient("Web Patient", "+8801999000003");
    fx.execute(
        "INSERT INTO \"Appointment\" (\"patientId\", \"doctorId\", \"chamberId\", date, \"startTime\", \"endTime\", \"serialNumber\")"
            + " VALUES (?, ?, ?, ?, '17:00', '17:15', 1)",
        webPatient,
        doctor,
        chamber,
        SUNDAY);
    String phone = newPhone();
    patients.register("Rahima Begum", phone, Gender.FEMALE, null);
    vm.phoneProperty().set(phone);

    confirm();

    assertThat(vm.conflictProperty().get())
        .startsWith("এই সময়টি আগেই বুক হয়ে গেছে: রবি ৬ ডিসেম্বর ১৭:০০")
        .contains("Web Patient (সিরিয়াল ১)");
  }

  @Test
  void aBadAgeIsExplainedInTheChosenLanguage() {
    language.set(com.nirnoy.desk.ui.Texts.of(com.nirnoy.desk.ui.Languages.BANGLA));
    NewPatientForm p = vm.newPatient();

    p.age().set("x");
    assertThat(p.ageError().get()).isEqualTo("বয়স পূর্ণ বছরে লিখুন, যেমন ৩৪");

    p.age().set("৩৪");
    assertThat(p.ageError().get()).as("Bangla digits are digits").isEmpty();
  }
}
