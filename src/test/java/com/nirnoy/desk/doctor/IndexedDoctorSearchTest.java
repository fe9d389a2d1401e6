package com.nirnoy.desk.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import com.nirnoy.desk.app.DeskEntities;
import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.demo.DemoClinic;
import com.nirnoy.desk.testing.Fixtures;
import com.nirnoy.desk.testing.TestDatabases;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Doctor search shaped for the V5 search indexes, on real PostgreSQL. Free text (a UNION of the
 * doctor's side and the chambers' side): what each kind of match finds and what it must not, and
 * the same doctors in the same order and pages as the plain OR query it replaced. "Available today"
 * (every doctor it lists APPROVED and sorted by rating, so it can read
 * Doctor_approved_specialty_rating_idx in order): exactly the full listing's order, page by page.
 */
class IndexedDoctorSearchTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-01T04:00:00Z"), ZoneId.of("Asia/Dhaka"));

  /** The search as it was before V5: one OR over the doctor and an EXISTS over its chambers. */
  private static final String PLAIN_OR =
      """
      SELECT d.id FROM "Doctor" d WHERE d."registrationStatus" = 'APPROVED'
        AND (lower(d."nameEn") LIKE ? || '%' OR lower(d."nameEn") LIKE '% ' || ? || '%'
          OR d."nameBn" LIKE ? || '%' OR d."nameBn" LIKE '% ' || ? || '%'
          OR lower(d."primarySpecialty") LIKE ? || '%'
          OR EXISTS (SELECT 1 FROM "DoctorChamber" x WHERE x."doctorId" = d.id AND x."isActive"
            AND (lower(x.name) LIKE '%' || ? || '%' OR lower(x.area) LIKE ? || '%')))
      ORDER BY d."averageRating" DESC, d."nameEn", d.id
      """;

  private static Database db;
  private static Fixtures fx;
  private static DoctorDirectory directory;

  @BeforeAll
  static void open() {
    db = Database.open(TestDatabases.freshDatabase(), DeskEntities.ALL);
    DemoClinic.fill(db.dataSource(), CLOCK);
    fx = new Fixtures(db.dataSource());
    directory = new DoctorDirectory(db, CLOCK);
    int zubair = fx.doctor("Zubair Qadri", "Xenology", 700);
    fx.execute("UPDATE \"Doctor\" SET \"nameBn\" = 'জুবায়ের কাদরী' WHERE id = ?", zubair);
    fx.chamber(zubair, "Quuxwell Clinic", "Yarrowpur");
    int closed = fx.doctor("Wasiq Vohra", "Medicine", 700);
    int closedChamber = fx.chamber(closed, "Jupiterline Care", "Kestrelgonj");
    fx.execute("UPDATE \"DoctorChamber\" SET \"isActive\" = false WHERE id = ?", closedChamber);
    int gone = fx.doctor("Zubaida Suspended", "Medicine", 700);
    fx.execute("UPDATE \"Doctor\" SET \"registrationStatus\" = 'SUSPENDED' WHERE id = ?", gone);
    int pending = fx.doctor("Zubaer Pending", "Medicine", 700);
    fx.execute("UPDATE \"Doctor\" SET \"registrationStatus\" = 'PENDING' WHERE id = ?", pending);
  }

  @AfterAll
  static void close() {
    db.close();
  }

  private static List<String> names(String text) {
    return directory.search(DoctorQuery.text(text), 0, 500).doctors().stream()
        .map(DoctorListing::name)
        .toList();
  }

  @ParameterizedTest(name = "\"{0}\" finds {1}")
  @CsvSource(
      textBlock =
          """
          zub,      Zubair Qadri
          QAD,      Zubair Qadri
          xeno,     Zubair Qadri
          uxwell,   Zubair Qadri
          yarrow,   Zubair Qadri
          জুবা,     Zubair Qadri
          কাদ,      Zubair Qadri
          """)
  void eachKindOfMatchFindsTheDoctor(String text, String doctor) {
    assertThat(names(text)).contains(doctor);
  }

  @ParameterizedTest(name = "\"{0}\" does not find {1}")
  @CsvSource(
      textBlock =
          """
          adri,     Zubair Qadri
          enology,  Zubair Qadri
          arrowpur, Zubair Qadri
          jupiter,  Wasiq Vohra
          kestrel,  Wasiq Vohra
          বায়ের,   Zubair Qadri
          zubaida,  Zubaida Suspended
          zubaer,   Zubaer Pending
          """)
  void middlesOfWordsClosedChambersAndUnapprovedDoctorsAreNotFound(String text, String doctor) {
    assertThat(names(text)).doesNotContain(doctor);
  }

  @Test
  void findsTheSameDoctorsInTheSameOrderAndPagesAsThePlainOrQuery() {
    List<String> texts =
        new ArrayList<>(List.of("a", "ra", "dha", "med", "car", "cen", "zz", "জু"));
    for (DoctorListing d : directory.search(DoctorQuery.all(), 0, 500).doctors()) {
      texts.add(d.name().substring(0, 3).toLowerCase(Locale.ROOT));
    }
    for (String t : texts) {
      List<Integer> expected =
          fx.strings(PLAIN_OR, t, t, t, t, t, t, t).stream().map(Integer::valueOf).toList();
      assertThat(ids(directory.search(DoctorQuery.text(t), 0, 500)))
          .as("text %s", t)
          .isEqualTo(expected);
      assertThat(ids(directory.search(DoctorQuery.text(t), 2, 3)))
          .as("text %s, second page", t)
          .isEqualTo(expected.subList(Math.min(2, expected.size()), Math.min(5, expected.size())));
    }
  }

  private static List<Integer> ids(DoctorPage page) {
    return page.doctors().stream().map(DoctorListing::id).toList();
  }

  private static DoctorQuery availableToday(String specialty) {
    return new DoctorQuery(null, specialty, null, null, null, null, true);
  }

  @Test
  void listsTheAvailableDoctorsInTheFullListingsOrderPageByPage() {
    List<Integer> available = ids(directory.search(availableToday(null), 0, 500));
    Set<Integer> availableSet = Set.copyOf(available);
    List<Integer> listingOrder =
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
      List<Integer> available = ids(directory.search(availableToday(specialty), 0, 500));
      Set<Integer> availableSet = Set.copyOf(available);
      List<Integer> listing =
          ids(
              directory.search(
                  new DoctorQuery(null, specialty, null, null, null, null, false), 0, 500));

      assertThat(available)
          .as(specialty)
          .isEqualTo(listing.stream().filter(availableSet::contains).toList());
    }
  }
}
