package com.nirnoy.desk.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import com.nirnoy.desk.app.DeskEntities;
import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.demo.DemoClinic;
import com.nirnoy.desk.testing.TestDatabases;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Available today" sorts without the listing's first key (every doctor it lists is ACTIVE), so it
 * can read Doctor_active_specialty_rating_idx in order; on real PostgreSQL it must list doctors in
 * exactly the full listing's order, page by page.
 */
class DoctorAvailableTodayTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-01T04:00:00Z"), ZoneId.of("Asia/Dhaka"));
  private static Database db;
  private static DoctorDirectory directory;

  @BeforeAll
  static void open() {
    db = Database.open(TestDatabases.freshDatabase(), DeskEntities.ALL);
    DemoClinic.fill(db.dataSource(), CLOCK);
    directory = new DoctorDirectory(db, CLOCK);
  }

  @AfterAll
  static void close() {
    db.close();
  }

  private static DoctorQuery availableToday(String specialty) {
    return new DoctorQuery(null, specialty, null, null, null, null, true);
  }

  private static List<String> ids(DoctorPage page) {
    return page.doctors().stream().map(DoctorListing::id).toList();
  }

  @Test
  void listsTheAvailableDoctorsInTheFullListingsOrderPageByPage() {
    List<String> available = ids(directory.search(availableToday(null), 0, 500));
    Set<String> availableSet = Set.copyOf(available);
    List<String> listingOrder =
        ids(directory.search(DoctorQuery.all(), 0, 500)).stream()
            .filter(availableSet::contains)
            .toList();

    assertThat(available).hasSizeGreaterThan(3).isEqualTo(listingOrder);
    assertThat(ids(directory.search(availableToday(null), 1, 2)))
        .isEqualTo(available.subList(1, 3));
  }

  @Test
  void aSpecialtysAvailableDoctorsComeInTheSameOrderAsItsListing() {
    for (String specialty : directory.specialties()) {
      List<String> available = ids(directory.search(availableToday(specialty), 0, 500));
      Set<String> availableSet = Set.copyOf(available);
      List<String> listing =
          ids(
              directory.search(
                  new DoctorQuery(null, specialty, null, null, null, null, false), 0, 500));

      assertThat(available)
          .as(specialty)
          .isEqualTo(listing.stream().filter(availableSet::contains).toList());
    }
  }
}
