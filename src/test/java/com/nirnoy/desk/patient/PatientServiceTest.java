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
  private static Database db;
  private static PatientService patients;

  @BeforeAll
  static void open() {
    db = Database.open(TestDatabases.freshDatabase(), DeskEntities.ALL);
    patients = new PatientService(db, CLOCK, TestStaff.receptionist(db));
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Test
  void aFamilySharingOnePhoneIsListedTogetherHoweverTheNumberIsTyped() {
    patients.register("Rahima Begum", "01755-123456", Gender.FEMALE, LocalDate.of(1980, 5, 1));
    patients.register("  Karim   Uddin ", "+880 1755 123456", Gender.MALE, null);

    assertThat(patients.findByPhone("01755123456"))
        .extracting(PatientSummary::name, PatientSummary::phone)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Karim Uddin", "+8801755123456"),
            org.assertj.core.groups.Tuple.tuple("Rahima Begum", "+8801755123456"));
  }

  @Test
  void registeringAgainWithTheSameIdReturnsThatPatientWithTheRetypedDetails() {
    String id = java.util.UUID.randomUUID().toString();
    patients.register(id, "Jamal Uddin", "01977-000222", Gender.MALE, null);

    PatientSummary again =
        patients.register(id, "Jamal Uddin Ahmed", "01977-000222", Gender.MALE, null);

    assertThat(again.id()).isEqualTo(id);
    assertThat(patients.findByPhone("01977-000222"))
        .singleElement()
        .extracting(PatientSummary::name)
        .isEqualTo("Jamal Uddin Ahmed");
  }

  @Test
  void aStaffMembersIdIsNeverTakenForARegistration() {
    String phone = TestStaff.addAccount(db, com.nirnoy.desk.user.Role.RECEPTIONIST);
    String staffId =
        new com.nirnoy.desk.testing.Fixtures(db.dataSource())
            .strings("SELECT id FROM \"User\" WHERE phone = ?", "+880" + phone.substring(1))
            .get(0);

    assertThatThrownBy(
            () -> patients.register(staffId, "Someone", "01977-000333", Gender.MALE, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a patient's");
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
