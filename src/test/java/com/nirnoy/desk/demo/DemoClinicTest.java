package com.nirnoy.desk.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nirnoy.desk.app.DeskEntities;
import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.testing.Fixtures;
import com.nirnoy.desk.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoClinicTest {
  /** Tuesday 1 December 2026, 10:00 in Dhaka: morning sessions are running, evening ones ahead. */
  static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-01T04:00:00Z"), ZoneId.of("Asia/Dhaka"));

  static final String NOW = "TIMESTAMPTZ '2026-12-01 10:00:00+06'";
  static final String TODAY = "DATE '2026-12-01'";

  private static final List<Database> opened = new ArrayList<>();
  private static Database clinic;
  private static DemoSummary summary;
  private static Fixtures data;

  @BeforeAll
  static void fillOneClinic() {
    clinic = freshDatabase();
    assertThat(DemoClinic.isEmpty(clinic.dataSource())).isTrue();
    summary = DemoClinic.fill(clinic.dataSource(), CLOCK);
    data = new Fixtures(clinic.dataSource());
  }

  @AfterAll
  static void closeDatabases() {
    opened.forEach(Database::close);
  }

  @Test
  void fillsAnEmptyDatabaseWithAClinic() {
    assertThat(DemoClinic.isEmpty(clinic.dataSource())).isFalse();
    assertThat(summary.doctors()).isEqualTo(count("SELECT count(*) FROM \"Doctor\"")).isEqualTo(16);
    assertThat(summary.chambers()).isEqualTo(count("SELECT count(*) FROM \"DoctorChamber\""));
    assertThat(summary.sessions()).isEqualTo(count("SELECT count(*) FROM \"ChamberSession\""));
    assertThat(summary.patients())
        .isEqualTo(count("SELECT count(*) FROM \"User\" WHERE role = 'PATIENT'"))
        .isEqualTo(300);
    assertThat(summary.appointments())
        .isEqualTo(count("SELECT count(*) FROM \"Appointment\""))
        .isGreaterThan(1000);
    assertThat(count("SELECT count(DISTINCT name) FROM \"DoctorChamber\"")).isEqualTo(8);
    assertThat(count("SELECT count(*) FROM \"DoctorChamber\" WHERE city <> 'Dhaka'")).isZero();
  }

  @Test
  void refusesADatabaseThatAlreadyHasDoctors() {
    Database db = freshDatabase();
    new Fixtures(db.dataSource()).doctor("Abdul Karim", "Medicine", 800);

    assertThatThrownBy(() -> DemoClinic.fill(db.dataSource(), CLOCK))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already has 1 doctor");
    Fixtures rows = new Fixtures(db.dataSource());
    assertThat(rows.count("SELECT count(*) FROM \"User\"")).isZero();
    assertThat(rows.count("SELECT count(*) FROM \"Doctor\"")).isEqualTo(1);
  }

  @Test
  void aFailureHalfwayLeavesNothingBehind() {
    Database db = freshDatabase();
    Fixtures rows = new Fixtures(db.dataSource());
    // appointments are written last, so refusing them fails the fill after everything else
    rows.execute(
        "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS"
            + " $$ BEGIN RAISE EXCEPTION 'appointments refused by the test'; END $$");
    rows.execute(
        "CREATE TRIGGER refuse BEFORE INSERT ON \"Appointment\" FOR EACH ROW EXECUTE FUNCTION"
            + " refuse()");

    assertThatThrownBy(() -> DemoClinic.fill(db.dataSource(), CLOCK))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("nothing was saved");
    assertThat(DemoClinic.isEmpty(db.dataSource())).isTrue();
    for (String table : List.of("Doctor", "DoctorChamber", "ChamberSession", "User")) {
      assertThat(rows.count("SELECT count(*) FROM \"" + table + "\"")).as(table).isZero();
    }
  }

  @Test
  void concurrentFillsWriteOnlyOneClinic() throws Exception {
    Database db = freshDatabase();
    CyclicBarrier together = new CyclicBarrier(2);
    Callable<String> fill =
        () -> {
          together.await();
          try {
            DemoClinic.fill(db.dataSource(), CLOCK);
            return "filled";
          } catch (IllegalStateException e) {
            return e.getMessage();
          }
        };
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<String>> outcomes = pool.invokeAll(List.of(fill, fill));
      List<String> results = new ArrayList<>();
      for (Future<String> f : outcomes) {
        results.add(f.get());
      }
      assertThat(results).containsOnlyOnce("filled");
      assertThat(results).anySatisfy(r -> assertThat(r).contains("already has 16 doctor"));
    } finally {
      pool.shutdown();
    }
    assertThat(new Fixtures(db.dataSource()).count("SELECT count(*) FROM \"Doctor\""))
        .isEqualTo(16);
  }

  @Test
  void theSameMomentWritesTheSameClinicWhateverTheClocksZone() {
    Database again = freshDatabase();
    // same instant, but a UTC clock: dates are still taken in Dhaka
    DemoClinic.fill(again.dataSource(), Clock.fixed(CLOCK.instant(), ZoneOffset.UTC));

    String digest =
        "SELECT md5(string_agg(concat_ws('|', a.id, a.date, a.\"startTime\", a.\"serialNumber\","
            + " a.status, a.type, a.source, a.fee, a.\"createdAt\", u.name, u.phone),"
            + " ',' ORDER BY a.id)) FROM \"Appointment\" a JOIN \"User\" u ON u.id = a.\"patientId\"";
    assertThat(text(again.dataSource(), digest)).isEqualTo(text(clinic.dataSource(), digest));
  }

  @Test
  void doctorsLookLikeBangladeshiSpecialists() {
    assertThat(count("SELECT count(DISTINCT \"bmdcNumber\") FROM \"Doctor\"")).isEqualTo(16);
    assertThat(count("SELECT count(*) FROM \"Doctor\" WHERE \"bmdcNumber\" !~ '^A-[0-9]{5}$'"))
        .isZero();
    assertThat(count("SELECT count(*) FROM \"Doctor\" WHERE name ~* '^(dr|prof)\\M'")).isZero();
    assertThat(count("SELECT count(*) FROM \"Doctor\" WHERE fee NOT BETWEEN 500 AND 1500"))
        .isZero();
    assertThat(count("SELECT count(*) FROM \"Doctor\" WHERE NOT (\"followUpFee\" < fee)")).isZero();
    assertThat(count("SELECT count(*) FROM \"Doctor\" WHERE rating NOT BETWEEN 3.5 AND 5.0"))
        .isZero();
    assertThat(count("SELECT count(*) FROM \"Doctor\" WHERE qualifications NOT LIKE 'MBBS%'"))
        .isZero();
    assertThat(count("SELECT count(DISTINCT specialty) FROM \"Doctor\""))
        .isGreaterThanOrEqualTo(12);
    assertThat(
            count(
                "SELECT count(*) FROM (SELECT \"doctorId\" FROM \"DoctorChamber\" GROUP BY 1"
                    + " HAVING count(*) NOT BETWEEN 1 AND 3) x"))
        .isZero();
  }

  @Test
  void everyPhoneIsCanonical() {
    String mobile = "'^\\+8801[3-9][0-9]{8}$'";
    assertThat(count("SELECT count(*) FROM \"User\" WHERE phone IS NULL OR phone !~ " + mobile))
        .isZero();
    assertThat(count("SELECT count(*) FROM \"Doctor\" WHERE phone IS NULL OR phone !~ " + mobile))
        .isZero();
    assertThat(
            count(
                "SELECT count(*) FROM \"DoctorChamber\" WHERE phone IS NULL"
                    + " OR phone !~ '^\\+880[0-9]{9,10}$'"))
        .isZero();
  }

  @Test
  void sharesSomePhonesWithinFamilies() {
    String families =
        "SELECT phone, count(*) AS members,"
            + " count(DISTINCT regexp_replace(name, '^.* ', '')) AS surnames"
            + " FROM \"User\" GROUP BY phone HAVING count(*) > 1";
    long phones = count("SELECT count(DISTINCT phone) FROM \"User\"");
    long shared = count("SELECT count(*) FROM (" + families + ") f");
    assertThat((double) shared / phones).isBetween(0.12, 0.28);
    assertThat(count("SELECT count(*) FROM (" + families + ") f WHERE members > 4")).isZero();
    assertThat(count("SELECT count(*) FROM (" + families + ") f WHERE surnames <> 1")).isZero();
  }

  @Test
  void sessionsFitTheirSlotsAndNeverOverlap() {
    assertThat(
            count(
                "SELECT count(*) FROM \"ChamberSession\" WHERE \"maxSerials\" * \"slotMinutes\""
                    + " > extract(epoch FROM \"endTime\" - \"startTime\") / 60"
                    + " OR \"slotMinutes\" NOT BETWEEN 10 AND 20"))
        .isZero();
    assertThat(
            count(
                "SELECT count(*) FROM \"ChamberSession\" a JOIN \"ChamberSession\" b"
                    + " ON a.\"doctorId\" = b.\"doctorId\" AND a.\"dayOfWeek\" = b.\"dayOfWeek\""
                    + " AND a.id < b.id AND a.\"startTime\" < b.\"endTime\""
                    + " AND b.\"startTime\" < a.\"endTime\""))
        .isZero();
    long sessions = count("SELECT count(*) FROM \"ChamberSession\"");
    assertThat(count("SELECT count(*) FROM \"ChamberSession\" WHERE \"dayOfWeek\" = 5"))
        .isLessThanOrEqualTo(2);
    assertThat(count("SELECT count(*) FROM \"ChamberSession\" WHERE \"startTime\" >= TIME '15:00'"))
        .isGreaterThan(sessions * 3 / 4);
  }

  @Test
  void appointmentsSitOnTheSerialsOfTheirSession() {
    assertThat(
            count(
                "SELECT count(*) FROM \"Appointment\" a WHERE NOT EXISTS (SELECT 1 FROM"
                    + " \"ChamberSession\" s WHERE s.\"chamberId\" = a.\"chamberId\""
                    + " AND s.\"doctorId\" = a.\"doctorId\""
                    + " AND s.\"dayOfWeek\" = extract(isodow FROM a.date)"
                    + " AND a.\"serialNumber\" BETWEEN 1 AND s.\"maxSerials\""
                    + " AND a.\"startTime\" = s.\"startTime\""
                    + " + (a.\"serialNumber\" - 1) * s.\"slotMinutes\" * INTERVAL '1 minute'"
                    + " AND a.\"endTime\" = a.\"startTime\" + s.\"slotMinutes\" * INTERVAL '1 minute')"))
        .isZero();
    assertThat(
            count(
                "SELECT count(*) FROM (SELECT \"patientId\", date FROM \"Appointment\""
                    + " GROUP BY 1, 2 HAVING count(*) > 1) twice"))
        .as("a patient booked twice on one day")
        .isZero();
  }

  @Test
  void appointmentsSpanPastAndComingWeeks() {
    assertThat(text("SELECT min(date)::text FROM \"Appointment\"")).isEqualTo("2026-11-24");
    assertThat(LocalDate.parse(text("SELECT max(date)::text FROM \"Appointment\"")))
        .isBetween(LocalDate.of(2026, 12, 17), LocalDate.of(2026, 12, 22));
    assertThat(statuses("date < " + TODAY))
        .containsExactlyInAnyOrder("CANCELLED", "COMPLETED", "NO_SHOW");
    assertThat(statuses("date > " + TODAY)).containsExactlyInAnyOrder("CANCELLED", "CONFIRMED");
    long past = count("SELECT count(*) FROM \"Appointment\" WHERE date < " + TODAY);
    assertThat(
            count(
                "SELECT count(*) FROM \"Appointment\" WHERE date < "
                    + TODAY
                    + " AND status = 'COMPLETED'"))
        .isGreaterThan(past * 7 / 10);
  }

  @Test
  void todayShowsSeenWaitingAndComingPatients() {
    assertThat(statuses("date = " + TODAY))
        .contains("COMPLETED", "IN_CONSULTATION", "ARRIVED", "CONFIRMED");
    String today = "SELECT count(*) FROM \"Appointment\" WHERE date = " + TODAY + " AND ";
    assertThat(count(today + "status IN ('COMPLETED', 'NO_SHOW') AND \"endTime\" > TIME '10:00'"))
        .isZero();
    assertThat(count(today + "status = 'CONFIRMED' AND \"startTime\" <= TIME '10:00'")).isZero();
    assertThat(
            count(
                "SELECT count(*) FROM (SELECT \"doctorId\" FROM \"Appointment\" WHERE status ="
                    + " 'IN_CONSULTATION' GROUP BY 1 HAVING count(*) > 1) busy"))
        .isZero();
  }

  @Test
  void cancellationsCarryAReasonAndHappenBeforeTheVisit() {
    assertThat(count("SELECT count(*) FROM \"Appointment\" WHERE status = 'CANCELLED'"))
        .isPositive();
    assertThat(
            count(
                "SELECT count(*) FROM \"Appointment\" WHERE status = 'CANCELLED' AND"
                    + " (\"cancelReason\" IS NULL OR \"cancelledAt\" < \"createdAt\""
                    + " OR \"cancelledAt\" > "
                    + NOW
                    + " OR \"cancelledAt\" > (date + \"startTime\") AT TIME ZONE 'Asia/Dhaka')"))
        .isZero();
    assertThat(
            count(
                "SELECT count(*) FROM \"Appointment\" WHERE status <> 'CANCELLED'"
                    + " AND \"cancelReason\" IS NOT NULL"))
        .isZero();
  }

  @Test
  void nothingWasCreatedAfterNow() {
    for (String table : List.of("Doctor", "DoctorChamber", "ChamberSession", "User")) {
      assertThat(count("SELECT count(*) FROM \"" + table + "\" WHERE \"createdAt\" > " + NOW))
          .as(table)
          .isZero();
    }
    assertThat(
            count(
                "SELECT count(*) FROM \"Appointment\" a JOIN \"User\" u ON u.id = a.\"patientId\""
                    + " WHERE a.\"createdAt\" > "
                    + NOW
                    + " OR a.\"updatedAt\" > "
                    + NOW
                    + " OR a.\"createdAt\" < u.\"createdAt\" OR a.\"updatedAt\" < a.\"createdAt\""
                    + " OR a.\"createdAt\" > (a.date + a.\"startTime\") AT TIME ZONE 'Asia/Dhaka'"))
        .isZero();
  }

  @Test
  void feesAndSourcesFollowTheVisit() {
    String joined =
        "SELECT count(*) FROM \"Appointment\" a JOIN \"Doctor\" d ON d.id = a.\"doctorId\" WHERE ";
    assertThat(count(joined + "a.type = 'NEW' AND a.fee <> d.fee")).isZero();
    assertThat(count(joined + "a.type = 'FOLLOW_UP' AND a.fee <> d.\"followUpFee\"")).isZero();
    assertThat(count(joined + "a.type = 'REPORT' AND a.fee NOT IN (0, d.\"followUpFee\")"))
        .isZero();
    long all = summary.appointments();
    assertThat(count("SELECT count(*) FROM \"Appointment\" WHERE type = 'NEW'"))
        .isBetween(all * 6 / 10, all * 8 / 10);
    assertThat(count("SELECT count(*) FROM \"Appointment\" WHERE type = 'FOLLOW_UP'"))
        .isBetween(all * 15 / 100, all * 35 / 100);
    assertThat(count("SELECT count(DISTINCT source) FROM \"Appointment\"")).isEqualTo(4);
    assertThat(
            count(
                "SELECT count(*) FROM \"Appointment\" WHERE source = 'WALK_IN'"
                    + " AND (date > "
                    + TODAY
                    + " OR \"createdAt\" < (date::timestamp) AT TIME ZONE 'Asia/Dhaka')"))
        .as("walk-ins come on the day")
        .isZero();
  }

  @Test
  void patientsSuitTheirDoctors() {
    String visits =
        "SELECT count(*) FROM \"Appointment\" a JOIN \"Doctor\" d ON d.id = a.\"doctorId\""
            + " JOIN \"User\" u ON u.id = a.\"patientId\" WHERE ";
    assertThat(count(visits + "d.specialty LIKE 'Gynaecology%' AND u.gender <> 'FEMALE'")).isZero();
    assertThat(
            count(
                visits
                    + "d.specialty = 'Paediatrics' AND age("
                    + TODAY
                    + ", u.\"dateOfBirth\") >= INTERVAL '16 years'"))
        .isZero();
    assertThat(count(visits + "d.specialty = 'Paediatrics'")).isPositive();
    assertThat(
            count(
                "SELECT count(*) FROM \"User\" WHERE role = 'PATIENT' AND (gender NOT IN ('MALE', 'FEMALE')"
                    + " OR \"dateOfBirth\" IS NULL OR \"dateOfBirth\" > "
                    + TODAY
                    + ")"))
        .isZero();
  }

  private static Database freshDatabase() {
    Database db = Database.open(TestDatabases.freshDatabase(), DeskEntities.ALL);
    opened.add(db);
    return db;
  }

  private static long count(String sql) {
    return data.count(sql);
  }

  private static List<String> statuses(String where) {
    String sql = "SELECT string_agg(DISTINCT status, ',') FROM \"Appointment\" WHERE " + where;
    return List.of(text(sql).split(","));
  }

  private static String text(String sql) {
    return text(clinic.dataSource(), sql);
  }

  private static String text(DataSource ds, String sql) {
    try (Connection c = ds.getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      String value = rs.getString(1);
      c.rollback();
      return value;
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }
}
