package com.nirnoy.desk.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import com.nirnoy.desk.app.DeskEntities;
import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.demo.DemoClinic;
import com.nirnoy.desk.testing.Fixtures;
import com.nirnoy.desk.testing.TestDatabases;
import java.math.BigDecimal;
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
        .isEqualTo(fx.count("SELECT count(*) FROM \"Doctor\""));
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
    DoctorQuery q =
        new DoctorQuery(
            null, specialty, null, "Dhaka", BigDecimal.ZERO, new BigDecimal("5000"), false);

    assertThat(directory.search(q, 0, 50).doctors())
        .isNotEmpty()
        .allSatisfy(d -> assertThat(d.specialty()).isEqualTo(specialty));
    assertThat(
            directory
                .search(
                    new DoctorQuery(null, null, null, null, new BigDecimal("100000"), null, false),
                    0,
                    50)
                .doctors())
        .isEmpty();
  }

  @Test
  void listingsShowTheDoctorsChambers() {
    DoctorListing d = directory.search(DoctorQuery.all(), 0, 1).doctors().get(0);

    assertThat(d.chambers()).isNotEmpty().allSatisfy(c -> assertThat(c).matches(".+ \\(.+\\)"));
  }

  @Test
  void availableTodayMeansASessionTodayAndNoLeave() {
    DoctorPage today =
        directory.search(new DoctorQuery(null, null, null, null, null, null, true), 0, 50);
    int weekday = LocalDate.now(CLOCK).getDayOfWeek().getValue();

    assertThat(today.doctors())
        .isNotEmpty()
        .allSatisfy(
            d ->
                assertThat(
                        fx.count(
                            "SELECT count(*) FROM \"ChamberSession\" WHERE \"doctorId\" = ? AND \"dayOfWeek\" = ?",
                            d.id(),
                            weekday))
                    .isPositive());
    String onLeave = today.doctors().get(0).id();
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
