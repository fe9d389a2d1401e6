package com.nirnoy.desk.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import com.nirnoy.desk.app.DeskEntities;
import com.nirnoy.desk.chamber.WeeklyDays;
import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.demo.DemoClinic;
import com.nirnoy.desk.testing.Fixtures;
import com.nirnoy.desk.testing.TestDatabases;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The directory over the demo clinic, on real PostgreSQL. */
class DoctorDirectoryTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-01T04:00:00Z"), ZoneId.of("Asia/Dhaka"));
  private static Database db;
  private static Fixtures fx;
  private static DoctorDirectory directory;

  @BeforeAll
  static void open() {
    db = Database.open(TestDatabases.freshDatabase(), DeskEntities.ALL);
    DemoClinic.fill(db.dataSource(), CLOCK);
    fx = new Fixtures(db.dataSource());
    directory = new DoctorDirectory(db, CLOCK);
  }

  @AfterAll
  static void close() {
    db.close();
  }

  private static String anyDoctorName() {
    return directory.search(DoctorQuery.all(), 0, 1).doctors().get(0).name();
  }

  @Test
  void pagesWalkThroughEveryDoctorOnce() {
    DoctorPage first = directory.search(DoctorQuery.all(), 0, 10);
    DoctorPage second = directory.search(DoctorQuery.all(), 10, 10);

    assertThat(first.doctors()).hasSize(10);
    assertThat(first.hasMore()).isTrue();
    assertThat(second.hasMore()).isFalse();
    assertThat(first.doctors().size() + second.doctors().size())
        .isEqualTo(
            fx.count("SELECT count(*) FROM \"Doctor\" WHERE \"registrationStatus\" = 'APPROVED'"));
    assertThat(first.doctors())
        .extracting(DoctorListing::id)
        .doesNotContainAnyElementsOf(second.doctors().stream().map(DoctorListing::id).toList());
  }

  @Test
  void typingTheStartOfAnyWordOfTheNameFindsTheDoctor() {
    String name = anyDoctorName();
    String surname = name.substring(name.lastIndexOf(' ') + 1);

    assertThat(
            directory.search(DoctorQuery.text(name.substring(0, 3).toLowerCase()), 0, 50).doctors())
        .extracting(DoctorListing::name)
        .contains(name);
    assertThat(directory.search(DoctorQuery.text(surname.toUpperCase()), 0, 50).doctors())
        .extracting(DoctorListing::name)
        .contains(name);
  }

  @Test
  void specialtyAreaAndFeeFiltersCombine() {
    String specialty = directory.specialties().get(0);
    DoctorQuery q = new DoctorQuery(null, specialty, null, "Dhaka", 0, 5000, false);

    assertThat(directory.search(q, 0, 50).doctors())
        .isNotEmpty()
        .allSatisfy(
            d -> {
              assertThat(d.specialty()).isEqualTo(specialty);
              assertThat(d.fee()).isBetween(0, 5000);
            });
    assertThat(
            directory
                .search(new DoctorQuery(null, null, null, null, 100000, null, false), 0, 50)
                .doctors())
        .isEmpty();
  }

  @Test
  void aDoctorsBanglaNameIsFoundAndShownInBangla() {
    int rafiq = fx.doctor("Rafiqul Jhingephul", "Neurology", 900);
    fx.execute("UPDATE \"Doctor\" SET \"nameBn\" = ? WHERE id = ?", "রফিকুল ঝিঙেফুল", rafiq);
    fx.execute(
        "INSERT INTO \"Specialty\" (name, \"nameBn\") VALUES ('Neurology', 'নিউরোলজি')"
            + " ON CONFLICT (name) DO UPDATE SET \"nameBn\" = excluded.\"nameBn\"");

    assertThat(directory.search(DoctorQuery.text("ঝিঙে"), 0, 10).doctors())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.id()).isEqualTo(rafiq);
              assertThat(d.displayName(true)).isEqualTo("Dr. রফিকুল ঝিঙেফুল");
              assertThat(d.displayName(false)).isEqualTo("Dr. Rafiqul Jhingephul");
              assertThat(d.specialty(true)).isEqualTo("নিউরোলজি");
            });
    assertThat(directory.specialtyChoices())
        .contains(new com.nirnoy.desk.doctor.SpecialtyChoice("Neurology", "নিউরোলজি"));
  }

  @Test
  void listingsShowTheDoctorsChambers() {
    DoctorListing d = directory.search(DoctorQuery.all(), 0, 1).doctors().get(0);

    assertThat(d.chambers()).isNotEmpty().allSatisfy(c -> assertThat(c).matches(".+ \\(.+\\)"));
  }

  @Test
  void availableTodayMeansAnActiveChamberSittingTodayAndNoLeave() {
    LocalDate tomorrow = LocalDate.now(CLOCK).plusDays(1);
    int notToday = fx.doctor("Tahmina Qwertyday", "Medicine", 600);
    fx.chamber(
        notToday,
        null,
        "Green Life",
        "Dhanmondi",
        WeeklyDays.format(java.util.EnumSet.of(tomorrow.getDayOfWeek())),
        java.time.LocalTime.of(6, 0),
        java.time.LocalTime.of(23, 0),
        15,
        null);
    int closed = fx.doctor("Tariq Closed", "Medicine", 600);
    int closedChamber = fx.chamber(closed, "Green Life", "Dhanmondi");
    fx.execute("UPDATE \"DoctorChamber\" SET \"isActive\" = false WHERE id = ?", closedChamber);
    DoctorPage today =
        directory.search(new DoctorQuery(null, null, null, null, null, null, true), 0, 50);
    LocalDate date = LocalDate.now(CLOCK);

    assertThat(today.doctors())
        .isNotEmpty()
        .allSatisfy(
            d ->
                assertThat(
                        fx
                            .strings(
                                "SELECT \"daysOfWeek\" FROM \"DoctorChamber\""
                                    + " WHERE \"doctorId\" = ? AND \"isActive\"",
                                d.id())
                            .stream()
                            .map(WeeklyDays::parse))
                    .anyMatch(days -> days.contains(date.getDayOfWeek())));
    assertThat(directory.search(DoctorQuery.text("qwertyday"), 0, 10).doctors()).hasSize(1);
    assertThat(
            directory
                .search(new DoctorQuery(null, null, null, null, null, null, true), 0, 500)
                .doctors())
        .extracting(DoctorListing::id)
        .doesNotContain(notToday, closed);
    int onLeave = today.doctors().get(0).id();
    fx.execute(
        "INSERT INTO \"DoctorLeave\" (\"doctorId\", \"startDate\", \"endDate\") VALUES (?, ?, ?)",
        onLeave,
        LocalDate.now(CLOCK),
        LocalDate.now(CLOCK));

    assertThat(
            directory
                .search(new DoctorQuery(null, null, null, null, null, null, true), 0, 50)
                .doctors())
        .extracting(DoctorListing::id)
        .doesNotContain(onLeave);
  }
}
