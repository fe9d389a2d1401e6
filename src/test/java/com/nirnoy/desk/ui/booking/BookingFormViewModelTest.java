package com.nirnoy.desk.ui.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.nirnoy.desk.app.DeskEntities;
import com.nirnoy.desk.booking.AppointmentQueries;
import com.nirnoy.desk.booking.AppointmentSummary;
import com.nirnoy.desk.booking.BookingRequest;
import com.nirnoy.desk.booking.BookingService;
import com.nirnoy.desk.booking.VisitType;
import com.nirnoy.desk.config.ConnectionSettings;
import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.patient.PatientService;
import com.nirnoy.desk.patient.PatientSummary;
import com.nirnoy.desk.schedule.ScheduleService;
import com.nirnoy.desk.schedule.Slot;
import com.nirnoy.desk.staff.StaffSession;
import com.nirnoy.desk.testing.Fixtures;
import com.nirnoy.desk.testing.PlatformRows;
import com.nirnoy.desk.testing.TestDatabases;
import com.nirnoy.desk.testing.TestStaff;
import com.nirnoy.desk.ui.TaskRunner;
import com.nirnoy.desk.user.Gender;
import java.time.Clock;
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
  private static PlatformRows web;
  private static ScheduleService schedules;
  private static PatientService patients;
  private static BookingService booking;
  private static final AtomicInteger PHONES = new AtomicInteger(100);
  private BookingFormViewModel vm;
  private int doctor;
  private int chamber;
  private final List<AppointmentSummary> booked = new ArrayList<>();
  private final AtomicInteger refreshes = new AtomicInteger();

  @BeforeAll
  static void open() {
    ConnectionSettings settings = TestDatabases.freshDatabase();
    db = Database.open(settings, DeskEntities.ALL);
    fx = new Fixtures(db.dataSource());
    web = new PlatformRows(settings);
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
    doctor = fx.doctor("Farhana Rahman", "Gynaecology", 1000); // follow-up 500, report 30%
    chamber = sundayChamber("Popular Diagnostic Centre", "Dhanmondi");
    vm =
        new BookingFormViewModel(
            TaskRunner.SAME_THREAD, booking, patients, schedules, SUNDAY, language);
    vm.open(firstFree());
  }

  /** A chamber of the doctor sitting on Sundays 17:00-18:00, four 15-minute serials. */
  private int sundayChamber(String name, String area) {
    return fx.chamber(
        doctor, null, name, area, "Sun", LocalTime.of(17, 0), LocalTime.of(18, 0), 15, 4);
  }

  /** A request booked on the web for {@code name} at {@code start} on Sunday. */
  private int webRequest(String name, int atChamber, String start) {
    return web.webBooking(
        web.patient(name, "+88019" + String.format("%08d", PHONES.incrementAndGet())),
        doctor,
        atChamber,
        SUNDAY.atStartOfDay(),
        start,
        null,
        "NEW",
        null);
  }

  private Slot firstFree() {
    return schedules.day(doctor, SUNDAY).firstFree(chamber).orElseThrow();
  }

  /** A new mobile number as a receptionist types it. */
  private static String newPhone() {
    return "0171100" + String.format("%04d", PHONES.incrementAndGet());
  }

  private void confirm() {
    vm.confirm(booked::add, refreshes::incrementAndGet);
  }

  @Test
  void aFamilyPhoneListsTheHolderThenTheFamilyAndConfirmWaitsForAChoice() {
    String phone = newPhone();
    PatientSummary rahima = patients.register("Rahima Begum", phone, Gender.FEMALE, null);
    booking.book( // her son came before: booked under her account with his own name
        BookingRequest.of(
                rahima.patientId(),
                doctor,
                chamber,
                SUNDAY,
                LocalTime.of(17, 45),
                LocalTime.of(18, 0))
            .withVisitor(new BookingRequest.Visitor("Karim Uddin", 12, "Male", phone)));

    vm.phoneProperty().set(phone.substring(0, 5) + "-" + phone.substring(5));

    assertThat(vm.matches())
        .extracting(PatientSummary::name, PatientSummary::accountHolder)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Rahima Begum", true),
            org.assertj.core.groups.Tuple.tuple("Karim Uddin", false));
    assertThat(vm.validBinding().get()).isFalse();
    vm.selectedProperty().set(vm.matches().get(1));
    assertThat(vm.validBinding().get()).isTrue();
    confirm();
    assertThat(booked)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.patientName()).isEqualTo("Karim Uddin");
              assertThat(a.patientId()).as("under the holder's account").isEqualTo(rahima.id());
              assertThat(a.serialNumber()).isEqualTo(1);
            });
  }

  @Test
  void bookingForAFamilyMemberOnASharedPhoneStoresTheirOwnNameAgeAndSex() {
    String phone = newPhone();
    PatientSummary rahima = patients.register("Rahima Begum", phone, Gender.FEMALE, null);
    vm.phoneProperty().set(phone);
    assertThat(vm.selectedProperty().get()).as("the holder, found").isEqualTo(rahima);

    vm.registeringProperty().set(true); // "new patient on this phone": her husband
    vm.newPatient().name().set("Abdul Karim");
    vm.newPatient().gender().set(Gender.MALE);
    vm.newPatient().age().set("52");
    assertThat(vm.validBinding().get()).isTrue();
    confirm();

    assertThat(booked)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.patientName()).isEqualTo("Abdul Karim");
              assertThat(a.patientId()).isEqualTo(rahima.id());
            });
    int id = booked.get(0).id();
    assertThat(
            fx.strings(
                "SELECT concat_ws('|', \"patientName\", \"patientAge\", \"patientGender\")"
                    + " FROM \"Appointment\" WHERE id = ?",
                id))
        .containsExactly("Abdul Karim|52|Male");
    assertThat(
            fx.count(
                "SELECT count(*) FROM \"Patient\" WHERE \"userId\" ="
                    + " (SELECT \"userId\" FROM \"Patient\" WHERE id = ?)",
                rahima.id()))
        .as("no second account or profile on her phone")
        .isEqualTo(1);
    assertThat(patients.findByPhone(phone))
        .extracting(PatientSummary::name, PatientSummary::accountHolder)
        .contains(org.assertj.core.groups.Tuple.tuple("Abdul Karim", false));
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
    assertThat(booked.get(0).patientId()).as("she holds the new account").isPositive();
    assertThat(
            fx.count(
                "SELECT count(*) FROM \"Patient\" WHERE name = 'Nadia Islam'"
                    + " AND \"dateOfBirth\"::date = '1992-07-01'"))
        .isEqualTo(1);
    assertThat(
            fx.strings(
                "SELECT \"patientName\" FROM \"Appointment\" WHERE id = ?", booked.get(0).id()))
        .as("the holder's own visit needs no snapshot")
        .containsOnlyNulls();
  }

  @Test
  void theFeeShownIsTheDatabasesForEachVisitTypeAndIsWhatTheBookingCharges() {
    assertThat(vm.feeProperty().get()).isEqualTo(1000);
    vm.visitTypeProperty().set(VisitType.REPORT_CHECK);
    assertThat(vm.feeProperty().get()).as("30% of the fee, by the rule").isEqualTo(300);
    vm.visitTypeProperty().set(VisitType.FOLLOW_UP);
    assertThat(vm.feeProperty().get()).as("the doctor's follow-up fee").isEqualTo(500);

    String phone = newPhone();
    patients.register("Rahima Begum", phone, Gender.FEMALE, null);
    vm.phoneProperty().set(phone);
    confirm();

    assertThat(booked).singleElement().extracting(AppointmentSummary::fee).isEqualTo(500);
  }

  @Test
  void aChambersOwnFeeWinsOverTheDoctorsOnTheForm() {
    int labaid = sundayChamber("Labaid Hospital", "Gulshan");
    fx.execute(
        "UPDATE \"DoctorChamber\" SET \"consultationFee\" = 1500, \"updatedAt\" = now() WHERE id = ?",
        labaid);
    Slot there = schedules.day(doctor, SUNDAY).firstFree(labaid).orElseThrow();

    vm.open(there);

    assertThat(vm.feeProperty().get()).isEqualTo(1500);
    vm.visitTypeProperty().set(VisitType.REPORT_CHECK);
    assertThat(vm.feeProperty().get()).as("30% of the chamber's fee").isEqualTo(450);
  }

  @Test
  void aSlotTakenBehindTheDesksBackIsAClearConflictWithTheNextFreeSlotsAndNothingHalfSaved() {
    vm.phoneProperty().set(newPhone());
    vm.newPatient().name().set("Sumon Mia");
    vm.newPatient().gender().set(Gender.MALE);
    webRequest("Web Patient", chamber, "17:00");

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
    assertThat(fx.count("SELECT count(*) FROM \"Patient\" WHERE name = 'Sumon Mia'"))
        .as("registered once")
        .isEqualTo(1);
    assertThat(
            fx.count(
                "SELECT count(*) FROM \"Appointment\" a JOIN \"Patient\" p ON p.id = a.\"patientId\""
                    + " WHERE p.name = 'Sumon Mia'"))
        .isEqualTo(1);
  }

  @Test
  void theDoctorBookedAtAnotherChamberAtThatTimeIsAConflictToo() {
    int other = // sits on Mondays: the web booked it off its schedule, 17:05 for one slot
        fx.chamber(
            doctor,
            null,
            "Labaid Hospital",
            "Gulshan",
            "Mon",
            LocalTime.of(10, 0),
            LocalTime.of(11, 0),
            15,
            4);
    webRequest("Phone Patient", other, "17:05");
    String phone = newPhone();
    patients.register("Rahima Begum", phone, Gender.FEMALE, null);
    vm.phoneProperty().set(phone);

    confirm();

    assertThat(vm.conflictProperty().get())
        .isEqualTo(
            "Dr. Farhana Rahman is already booked 17:05-17:20 at Labaid Hospital on Sun 6 Dec"
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
    webRequest("Web Patient", chamber, "17:00"); // the database gives it serial 1
    String phone = newPhone();
    patients.register("Rahima Begum", phone, Gender.FEMALE, null);
    vm.phoneProperty().set(phone);

    confirm();

    assertThat(vm.conflictProperty().get())
        .startsWith("এই সময়টি আগেই বুক হয়ে গেছে: রবি ৬ ডিসেম্বর ১৭:০০")
        .contains("Web Patient (সিরিয়াল ১)");
  }

  @Test
  void everyRegistrationThePatientServiceRefusesIsExplainedInBangla() {
    var bangla =
        new com.nirnoy.desk.ui.FormWords(
            com.nirnoy.desk.ui.Texts.of(com.nirnoy.desk.ui.Languages.BANGLA));
    List<String> refusals = new ArrayList<>();
    for (Runnable attempt :
        List.<Runnable>of(
            () -> patients.register(" ", newPhone(), Gender.MALE, null),
            () -> patients.register("Karim Uddin", "12", Gender.MALE, null),
            () -> patients.register("Karim Uddin", newPhone(), Gender.MALE, SUNDAY.plusDays(1)))) {
      try {
        attempt.run();
      } catch (com.nirnoy.desk.patient.InvalidPatientException e) {
        refusals.add(e.getMessage());
      }
    }

    assertThat(refusals).hasSize(3);
    for (String english : refusals) {
      assertThat(bangla.phrase(english)).as(english).matches("(?s).*[\\u0980-\\u09FF]{3}.*");
    }
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
