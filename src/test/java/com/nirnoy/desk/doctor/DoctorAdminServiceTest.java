package com.nirnoy.desk.doctor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nirnoy.desk.booking.AppointmentStatus;
import com.nirnoy.desk.booking.AppointmentSummary;
import com.nirnoy.desk.booking.BookingRuleException;
import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.rules.DatabaseRules;
import com.nirnoy.desk.rules.InvalidFormException;
import com.nirnoy.desk.rules.RuleViolationException;
import com.nirnoy.desk.stranded.AffectedAppointment;
import com.nirnoy.desk.stranded.Outcome;
import com.nirnoy.desk.testing.AdminClinic;
import com.nirnoy.desk.user.Gender;
import java.time.Clock;
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
    // as a desk login: the database's policies judge every admin step
    clinic = AdminClinic.onDeskLogin(CLOCK);
    db = clinic.db;
  }

  @AfterAll
  static void close() {
    db.close();
  }

  private static int phones = 222_000;

  private static DoctorForm form(String name, String bmdc, int fee) {
    return new DoctorForm(
        name,
        null,
        "Dr.",
        Gender.MALE,
        "Cardiology",
        bmdc,
        String.format("01711-%06d", ++phones),
        DoctorStatus.APPROVED,
        12,
        fee,
        fee / 2,
        null,
        true);
  }

  @Test
  void anAddedDoctorIsFoundInTheDirectoryWithTheirFees() {
    DoctorDetails d = clinic.doctors.create(form("Kamal Hossain", "a-10001", 1200));

    assertThat(d.bmdcNumber()).isEqualTo("A-10001");
    assertThat(d.title()).isEqualTo("Dr.");
    assertThat(d.status()).isEqualTo(DoctorStatus.APPROVED);
    assertThat(new DoctorDirectory(db, CLOCK).search(DoctorQuery.text("Kamal"), 0, 10).doctors())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.fee()).isEqualTo(1200);
              assertThat(l.followUpFee()).isEqualTo(600);
              assertThat(l.displayName(false)).isEqualTo("Dr. Kamal Hossain");
            });
  }

  @Test
  void creatingADoctorMakesTheirPlatformAccountWithTheirPhone() {
    DoctorForm f =
        new DoctorForm(
            "Nusrat Jahan",
            "নুসরাত জাহান",
            "Prof. Dr.",
            Gender.FEMALE,
            "Medicine",
            "A-10010",
            "01711-555001",
            DoctorStatus.APPROVED,
            20,
            1500,
            null,
            400,
            false);

    DoctorDetails d = clinic.doctors.create(f);

    assertThat(d.phone()).isEqualTo("+8801711555001");
    assertThat(
            clinic.fx.strings(
                "SELECT u.role || ' ' || u.phone FROM \"User\" u JOIN \"Doctor\" d ON d.\"userId\" = u.id"
                    + " WHERE d.id = ?",
                d.id()))
        .containsExactly("DOCTOR +8801711555001");
    assertThat(d.userId()).isPositive();
    assertThat(clinic.doctors.find(d.id()))
        .satisfies(
            x -> {
              assertThat(x.nameBn()).isEqualTo("নুসরাত জাহান");
              assertThat(x.displayName(true)).isEqualTo("Prof. Dr. নুসরাত জাহান");
              assertThat(x.gender()).isEqualTo(Gender.FEMALE);
              assertThat(x.experienceYears()).isEqualTo(20);
              assertThat(x.fee()).isEqualTo(1500);
              assertThat(x.followUpFee()).isNull();
              assertThat(x.reportFee()).isEqualTo(400);
              assertThat(x.acceptNewPatients()).isFalse();
            });
    assertThat(
            clinic.fx.strings(
                "SELECT gender || ' ' || \"registrationStatus\" || ' ' || (\"approvedAt\" IS NOT NULL)"
                    + " FROM \"Doctor\" WHERE id = ?",
                d.id()))
        .containsExactly("Female APPROVED true");
  }

  @Test
  void aPhoneThatAlreadyHasAnAccountIsRefusedAndNothingIsSaved() {
    clinic.fx.patient("Rahima Begum", "+8801711555002");
    long doctorsBefore = clinic.fx.count("SELECT count(*) FROM \"Doctor\"");
    DoctorForm f = form("Abdul Karim", "A-10011", 800);
    DoctorForm samePhone =
        new DoctorForm(
            f.nameEn(),
            f.nameBn(),
            f.title(),
            f.gender(),
            f.specialty(),
            f.bmdcNumber(),
            "01711555002",
            f.status(),
            f.experienceYears(),
            f.fee(),
            f.followUpFee(),
            f.reportFee(),
            f.acceptNewPatients());

    assertThatThrownBy(() -> clinic.doctors.create(samePhone))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.rule()).isEqualTo(DatabaseRules.PHONE_UNIQUE));
    assertThat(clinic.fx.count("SELECT count(*) FROM \"Doctor\"")).isEqualTo(doctorsBefore);
  }

  @Test
  void aSecondDoctorWithTheSameBmdcNumberIsRefusedInWordsAndLeavesNoAccountBehind() {
    clinic.doctors.create(form("Abul Kalam", "A-10002", 800));
    DoctorForm second = form("Abul Kalam Azad", "A-10002", 900);

    assertThatThrownBy(() -> clinic.doctors.create(second))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.rule()).isEqualTo("Doctor_bmdcNumber_key"))
        .hasMessage("Not saved: another doctor already has this BMDC registration number.");
    assertThat(
            clinic.fx.count(
                "SELECT count(*) FROM \"User\" WHERE phone = ?", second.canonicalPhone()))
        .isZero();
  }

  @Test
  void aFormWithProblemsNamesEachFieldAndSavesNothing() {
    DoctorForm bad =
        new DoctorForm(
            " ",
            null,
            null,
            null,
            "",
            "12",
            "0171",
            DoctorStatus.APPROVED,
            -1,
            -5,
            null,
            null,
            true);

    assertThatThrownBy(() -> clinic.doctors.create(bad))
        .isInstanceOfSatisfying(
            InvalidFormException.class,
            e ->
                assertThat(e.problems())
                    .containsOnlyKeys(
                        "nameEn",
                        "gender",
                        "specialty",
                        "bmdcNumber",
                        "phone",
                        "experienceYears",
                        "fee"));
  }

  @Test
  void anAdminChangesTheFeesAndTheNextBookingChargesThem() {
    DoctorDetails d = clinic.doctors.create(form("Nasrin Akter", "A-10003", 800));
    int chamber = clinic.fx.chamber(d.id(), "Ibn Sina", "Dhanmondi");

    Outcome<DoctorDetails> saved =
        clinic.doctors.update(d.id(), d.toForm().withFees(1000, null, 300));

    assertThat(saved.saved().fee()).isEqualTo(1000);
    assertThat(saved.saved().followUpFee()).isNull();
    assertThat(saved.saved().reportFee()).isEqualTo(300);
    assertThat(saved.stranded()).isEmpty();
    assertThat(
            clinic.book(d.id(), chamber, NEXT_SUNDAY, FIVE, "Rahima Begum", "+8801711000009").fee())
        .isEqualTo(1000);
    assertThat(clinic.fx.count("SELECT nirnoy_visit_fee(?, 'FOLLOW_UP')", chamber))
        .as("half the new fee by the platform's rule")
        .isEqualTo(500);
  }

  @Test
  void suspendingADoctorKeepsTheirAppointmentsMarksTheFutureOnesAndRefusesNewBookings() {
    DoctorDetails d = clinic.doctors.create(form("Shafiqul Islam", "A-10004", 1000));
    int chamber =
        clinic.fx.chamber(
            d.id(), null, "Ibn Sina", "Dhanmondi", "Sun", FIVE, LocalTime.of(19, 0), 15, 8);
    AppointmentSummary a =
        clinic.book(d.id(), chamber, NEXT_SUNDAY, FIVE, "Rahima Begum", "+8801711000001");

    assertThat(clinic.doctors.previewUpdate(d.id(), d.toForm().withStatus(DoctorStatus.SUSPENDED)))
        .extracting(AffectedAppointment::patientName)
        .containsExactly("Rahima Begum");
    Outcome<DoctorDetails> saved = clinic.doctors.changeStatus(d.id(), DoctorStatus.SUSPENDED);

    assertThat(saved.saved().status()).isEqualTo(DoctorStatus.SUSPENDED);
    assertThat(saved.stranded())
        .extracting(AffectedAppointment::appointmentId)
        .containsExactly(a.id());
    assertThat(saved.stranded().get(0).reason()).isNull();
    assertThat(clinic.stranded.toCall())
        .filteredOn(x -> x.appointmentId() == a.id())
        .singleElement()
        .extracting(AffectedAppointment::reason)
        .isEqualTo("The doctor is suspended and takes no appointments");
    assertThat(clinic.booking.find(a.id()).orElseThrow().status())
        .isEqualTo(AppointmentStatus.CONFIRMED);
    assertThat(clinic.doctors.list()).extracting(DoctorDetails::id).contains(d.id());
    assertThat(new DoctorDirectory(db, CLOCK).search(DoctorQuery.text("Shafiq"), 0, 10).doctors())
        .as("only approved doctors are bookable at the desk")
        .isEmpty();
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
            e -> assertThat(e.rule()).isEqualTo(DatabaseRules.DOCTOR_APPROVED));
  }

  @Test
  void changingTheDoctorsPhoneChangesTheirAccountsPhone() {
    DoctorDetails d = clinic.doctors.create(form("Mahmud Hasan", "A-10005", 700));
    DoctorForm f = d.toForm();
    DoctorForm newPhone =
        new DoctorForm(
            f.nameEn(),
            f.nameBn(),
            f.title(),
            f.gender(),
            f.specialty(),
            f.bmdcNumber(),
            "01911-777001",
            f.status(),
            f.experienceYears(),
            f.fee(),
            f.followUpFee(),
            f.reportFee(),
            f.acceptNewPatients());

    clinic.doctors.update(d.id(), newPhone);

    assertThat(clinic.doctors.find(d.id()).phone()).isEqualTo("+8801911777001");
    assertThat(clinic.fx.strings("SELECT phone FROM \"User\" WHERE id = ?", d.userId()))
        .containsExactly("+8801911777001");
  }
}
