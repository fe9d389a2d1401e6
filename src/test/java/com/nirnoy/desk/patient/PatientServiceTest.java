package com.nirnoy.desk.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nirnoy.desk.app.DeskEntities;
import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.testing.TestDatabases;
import com.nirnoy.desk.testing.TestStaff;
import com.nirnoy.desk.user.Gender;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PatientServiceTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-01T04:00:00Z"), ZoneId.of("Asia/Dhaka"));
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
  private static Database db;
  private static PatientService patients;
  private static com.nirnoy.desk.testing.Fixtures fx;

  @BeforeAll
  static void open() {
    // as a desk login, as a counter PC: the database's policies judge every step
    var owner = TestDatabases.freshDatabase();
    db = Database.open(com.nirnoy.desk.testing.TestDeskLogins.create(owner), DeskEntities.ALL);
    fx =
        new com.nirnoy.desk.testing.Fixtures(
            com.nirnoy.desk.db.DataSources.pool(owner.withPoolSize(2), "patients-owner"));
    patients =
        new PatientService(
            db, CLOCK, TestStaff.signedIn(db, fx, com.nirnoy.desk.user.Role.RECEPTIONIST));
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Test
  void aPhoneIsOneAccountWhoseHolderIsFoundHoweverTheNumberIsTyped() {
    PatientSummary rahima =
        patients.register("Rahima Begum", "01755-123456", Gender.FEMALE, LocalDate.of(1980, 5, 1));

    assertThat(patients.findByPhone("+880 1755 123456"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.patientId()).isEqualTo(rahima.patientId());
              assertThat(p.phone()).isEqualTo("+8801755123456");
              assertThat(p.accountHolder()).isTrue();
            });
    assertThat(
            fx.count(
                "SELECT count(*) FROM \"User\" WHERE phone = '+8801755123456' AND role = 'PATIENT'"))
        .isOne();
  }

  @Test
  void anotherNameOnAFamilyPhoneIsAFamilyMemberBookedUnderTheHolderAndNoNewAccount() {
    PatientSummary holder = patients.register("Selina Parvin", "01755-000777", Gender.FEMALE, null);

    PatientSummary child =
        patients.register(
            "  Ayesha   Parvin ", "01755000777", Gender.FEMALE, LocalDate.of(2017, 3, 1));

    assertThat(child.accountHolder()).isFalse();
    assertThat(child.patientId()).isEqualTo(holder.patientId());
    assertThat(child.name()).isEqualTo("Ayesha Parvin");
    assertThat(fx.count("SELECT count(*) FROM \"Patient\" WHERE name LIKE 'Ayesha%'")).isZero();
  }

  @Test
  void familyMembersBookedBeforeAreListedAfterTheHolderWithTheirAgeNow() {
    PatientSummary holder = patients.register("Kamal Hossain", "01755-000888", Gender.MALE, null);
    int doctor = fx.doctor("Farhana Rahman", "Paediatrics", 800);
    int chamber = fx.chamber(doctor, "Popular", "Dhanmondi");
    fx.execute(
        "INSERT INTO \"Appointment\" (\"patientId\", \"doctorId\", \"chamberId\", date, \"startTime\","
            + " \"visitType\", \"patientName\", \"patientAge\", \"patientGender\", \"updatedAt\")"
            + " VALUES (?, ?, ?, '2025-12-01', '17:00', 'NEW', 'Nabil Hossain', 7, 'Male', now())",
        holder.patientId(),
        doctor,
        chamber);

    assertThat(patients.findByPhone("01755000888"))
        .extracting(PatientSummary::name, PatientSummary::accountHolder, p -> p.ageOn(TODAY))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Kamal Hossain", true, -1),
            org.assertj.core.groups.Tuple.tuple("Nabil Hossain", false, 8));
  }

  @Test
  void registeringTheHolderAgainReturnsThemWithTheRetypedDetails() {
    PatientSummary first = patients.register("Jamal Uddin", "01977-000222", Gender.MALE, null);

    PatientSummary again =
        patients.register("jamal uddin", "01977-000222", Gender.MALE, LocalDate.of(1970, 1, 1));

    assertThat(again.patientId()).isEqualTo(first.patientId());
    assertThat(again.accountHolder()).isTrue();
    assertThat(patients.findByPhone("01977-000222"))
        .singleElement()
        .extracting(PatientSummary::dateOfBirth)
        .isEqualTo(LocalDate.of(1970, 1, 1));
  }

  @Test
  void aStaffMembersPhoneGetsItsPatientOnTheSameAccount() {
    String phone = TestStaff.addAccount(fx, com.nirnoy.desk.user.Role.RECEPTIONIST);

    PatientSummary p = patients.register("Someone", phone, Gender.MALE, null);

    assertThat(p.accountHolder()).isTrue();
    assertThat(
            fx.count("SELECT count(*) FROM \"User\" WHERE phone = ?", "+880" + phone.substring(1)))
        .isOne();
  }

  @Test
  void ageIsWorkedOutFromTheDateOfBirth() {
    PatientSummary p =
        patients.register("Nadia Islam", "01866-000111", Gender.FEMALE, LocalDate.of(2016, 12, 2));

    assertThat(p.ageOn(LocalDate.now(CLOCK))).isEqualTo(9);
  }

  @Test
  void anInvalidPhoneFindsNobody() {
    assertThat(patients.findByPhone("12345")).isEmpty();
  }

  @ParameterizedTest(name = "{0} / {1} / {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      textBlock =
          """
          '  '          | 01711000001 | NULL       | Name:
          Rahima Begum  | 0171100000  | NULL       | Phone:
          Rahima Begum  | 01711000001 | 2027-01-01 | Date of birth:
          Rahima Begum  | 01711000001 | 1890-01-01 | Date of birth:
          """)
  void badDetailsAreRefusedNamingTheField(String name, String phone, LocalDate dob, String field) {
    assertThatThrownBy(() -> patients.register(name, phone, Gender.FEMALE, dob))
        .isInstanceOf(InvalidPatientException.class)
        .hasMessageStartingWith(field);
  }
}
