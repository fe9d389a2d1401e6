package com.nirnoy.desk.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.nirnoy.desk.app.DeskEntities;
import com.nirnoy.desk.config.ConnectionSettings;
import com.nirnoy.desk.db.DataSources;
import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.testing.Fixtures;
import com.nirnoy.desk.testing.TestDatabases;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/** The V3 triggers and the listener, on a real PostgreSQL. */
class ChangeFeedTest {
  private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
  private static ConnectionSettings settings;
  private static Database db;
  private static Fixtures fx;
  private int doctor;
  private int chamber;
  private int patient;

  @BeforeAll
  static void open() {
    settings = TestDatabases.freshDatabase(4);
    db = Database.open(settings, DeskEntities.ALL);
    fx = new Fixtures(db.dataSource());
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @BeforeEach
  void clinic() {
    doctor = fx.doctor("Kamal Hossain", "Cardiology", 1200);
    chamber = fx.chamber(doctor, "Square Hospital", "Panthapath");
    patient = fx.patient("Rahima Begum", "+8801711000001");
  }

  /** Inserts {@code count} appointments 10 minutes apart from 17:00 on {@code day}, in one go. */
  private String insertMany(LocalDate day, int count) {
    return "INSERT INTO \"Appointment\" (\"patientId\", \"doctorId\", \"chamberId\", date, \"startTime\","
        + " \"endTime\", \"visitType\", \"updatedAt\")"
        + " SELECT %d, %d, %d, DATE '%s', to_char(TIME '17:00' + i * INTERVAL '10 minutes', 'HH24:MI'),"
            .formatted(patient, doctor, chamber, day)
        + " to_char(TIME '17:09' + i * INTERVAL '10 minutes', 'HH24:MI'), 'NEW', now()"
        + " FROM generate_series(0, %d) i".formatted(count - 1);
  }

  private static List<String> heard(PGConnection pg, Duration within) throws Exception {
    List<String> payloads = new ArrayList<>();
    long until = System.currentTimeMillis() + within.toMillis();
    while (System.currentTimeMillis() < until) {
      PGNotification[] got = pg.getNotifications(100);
      if (got != null) {
        Arrays.stream(got).map(PGNotification::getParameter).forEach(payloads::add);
      }
    }
    return payloads;
  }

  @Test
  void aMultiRowWriteNotifiesOncePerDoctorDay() throws Exception {
    try (Connection listener = DataSources.listener(settings).getConnection();
        Statement st = listener.createStatement()) {
      st.execute("LISTEN nirnoy_changes");
      PGConnection pg = listener.unwrap(PGConnection.class);

      fx.execute(insertMany(MONDAY, 12));
      fx.execute(insertMany(MONDAY.plusDays(1), 3));

      assertThat(heard(pg, Duration.ofMillis(500)))
          .containsExactlyInAnyOrder(
              MONDAY + " " + doctor + " " + chamber,
              MONDAY.plusDays(1) + " " + doctor + " " + chamber);

      fx.execute(
          "UPDATE \"Appointment\" SET date = date + interval '7 days' WHERE \"doctorId\" = ? AND date = ?",
          doctor,
          MONDAY.plusDays(1).atStartOfDay());

      assertThat(heard(pg, Duration.ofMillis(500)))
          .as("a move announces the day it left and the day it reached")
          .containsExactlyInAnyOrder(
              MONDAY.plusDays(1) + " " + doctor + " " + chamber,
              MONDAY.plusDays(8) + " " + doctor + " " + chamber);

      fx.execute("DELETE FROM \"Appointment\" WHERE \"doctorId\" = ?", doctor);

      assertThat(heard(pg, Duration.ofMillis(500)))
          .containsExactlyInAnyOrder(
              MONDAY + " " + doctor + " " + chamber,
              MONDAY.plusDays(8) + " " + doctor + " " + chamber);
    }
  }

  @Test
  void theFeedDeliversABurstAsOneAndCatchesUpAfterLosingItsConnection() throws Exception {
    BlockingQueue<Changes> received = new LinkedBlockingQueue<>();
    try (ChangeFeed feed = ChangeFeed.start(settings)) {
      feed.subscribe(received::add);
      assertThat(feed.isListening()).isTrue();

      long started = System.nanoTime();
      for (int i = 0; i < 5; i++) {
        fx.execute(insertMany(MONDAY.plusDays(20 + i % 2), 1).replace("17:", "1" + i + ":"));
      }

      Changes burst = received.poll(2, TimeUnit.SECONDS);
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
      assertThat(burst.reloadAll()).isFalse();
      assertThat(burst.days())
          .extracting(Change::date)
          .containsExactlyInAnyOrder(MONDAY.plusDays(20), MONDAY.plusDays(21));
      assertThat(burst.touches(doctor, MONDAY.plusDays(21), MONDAY.plusDays(27))).isTrue();
      assertThat(burst.touches(doctor + 1, MONDAY, MONDAY.plusDays(30))).isFalse();

      int pid = feed.backendPid().orElseThrow();
      fx.count("SELECT count(*) FROM (SELECT pg_terminate_backend(?)) t", pid);

      Changes catchUp = received.poll(5, TimeUnit.SECONDS);
      assertThat(catchUp).isNotNull();
      assertThat(catchUp.reloadAll()).as("what changed while away was not heard").isTrue();
      assertThat(feed.backendPid()).isPresent().get().isNotEqualTo(pid);

      fx.execute(insertMany(MONDAY.plusDays(40), 1));
      assertThat(received.poll(2, TimeUnit.SECONDS).days())
          .extracting(Change::date)
          .containsExactly(MONDAY.plusDays(40));
    }
  }

  @Test
  void payloadsThatCannotBeReadMeanReloadEverything() {
    assertThat(Change.parse("2026-12-07 12 31 32"))
        .contains(new Change(MONDAY, 12, java.util.Set.of(31, 32)));
    assertThat(Change.parse("2026-12-07 12"))
        .get()
        .extracting(Change::chamberIds)
        .isEqualTo(java.util.Set.of());
    assertThat(Change.parse("not a date 12")).isEmpty();
    assertThat(Change.parse("2026-12-07 doc-1")).isEmpty();
    assertThat(Change.parse("")).isEmpty();
  }
}
