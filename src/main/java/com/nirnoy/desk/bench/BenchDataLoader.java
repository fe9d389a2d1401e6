package com.nirnoy.desk.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Fills an empty, migrated database with the benchmark clinic, set-wise: each table is one {@code
 * INSERT ... SELECT generate_series(...)} (appointments in chunks of doctors), so 2,000,000
 * appointments take minutes. Every row satisfies every rule by construction:
 *
 * <ul>
 *   <li>a doctor's sessions never overlap (evenings at chambers 1 and 2 on disjoint weekdays,
 *       mornings at chamber 3);
 *   <li>an appointment is one slot of one session on one date, at most one per (session slot,
 *       date), so no two overlap for a doctor and serials are unique per chamber day;
 *   <li>only ACTIVE doctors (no leave) have appointments, as the booking trigger demands.
 * </ul>
 *
 * Row triggers (audit trail, availability check, and as a superuser the foreign-key checks) are
 * switched off while loading, because their rules hold by construction and an audit of generated
 * history means nothing; the appointments' look-up indexes are built after the load. The rules' own
 * indexes (no overlap, unique slot) stay on, so every row is checked as it goes in. The database's
 * own rules are the proof: the loader test and the bench's audit.
 */
public final class BenchDataLoader {
  static final String DOCTOR = "bench-d-";
  static final String CHAMBER = "bench-c-";
  static final String PATIENT = "bench-p-";
  private static final int DOCTORS_PER_CHUNK = 500;

  private final DataSource ds;
  private final Consumer<String> progress;

  public BenchDataLoader(DataSource ds, Consumer<String> progress) {
    this.ds = ds;
    this.progress = progress;
  }

  /** What was loaded, and the dates its appointments span. */
  public record Loaded(BenchScale scale, LocalDate firstDay, LocalDate lastDay, long millis) {}

  /** Loads {@code scale} around {@code today} (appointments from weeks back to two weeks ahead). */
  public Loaded load(BenchScale scale, LocalDate today) throws SQLException {
    long started = System.nanoTime();
    BenchNames words = BenchNames.load();
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(true);
      execute(c, "SET synchronous_commit = off");
      boolean replica = LoadShortcuts.skipTriggers(c, true);
      AppointmentGrid grid;
      List<String> dropped = new ArrayList<>();
      try {
        doctors(c, scale, words);
        chambersAndSessions(c, scale);
        patients(c, scale, words);
        step("analyze", () -> execute(c, "ANALYZE"));
        grid = AppointmentGrid.plan(c, scale.appointments(), today);
        dropped.addAll(LoadShortcuts.dropLookupIndexes(c));
        dropped.addAll(LoadShortcuts.dropOverlapRule(c));
        appointments(c, scale, grid);
      } finally {
        step(
            "appointment indexes and the overlap rule (checks every row)",
            () -> LoadShortcuts.recreate(c, dropped));
        LoadShortcuts.skipTriggers(c, false, replica);
      }
      step("analyze", () -> execute(c, "ANALYZE"));
      long ms = (System.nanoTime() - started) / 1_000_000;
      return new Loaded(scale, grid.firstDay(), grid.lastDay(), ms);
    }
  }

  /** The range of data an earlier run loaded (for --reuse). */
  static Loaded existing(DataSource ds, BenchScale scale) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                """
                SELECT min(date), max(date), count(*),
                       (SELECT count(*) FROM pg_constraint
                        WHERE conname = 'Appointment_no_doctor_overlap'),
                       (SELECT count(*) FROM pg_indexes
                        WHERE indexname = 'Appointment_doctorId_date_idx')
                FROM "Appointment"
                """)) {
      rs.next();
      if (rs.getLong(3) < scale.appointments() || rs.getInt(4) == 0 || rs.getInt(5) == 0) {
        throw new BenchRefusal(
            "The earlier load of the benchmark database did not finish (it has "
                + rs.getLong(3)
                + " appointments"
                + (rs.getInt(4) == 0 ? " and no overlap rule" : "")
                + "): run the bench without --reuse to load it again");
      }
      LocalDate today = LocalDate.now(com.nirnoy.desk.config.ClinicTime.clock());
      LocalDate first = rs.getDate(1) == null ? today : rs.getDate(1).toLocalDate();
      LocalDate last = rs.getDate(2) == null ? today : rs.getDate(2).toLocalDate();
      return new Loaded(scale, first, last, 0);
    }
  }

  private void doctors(Connection c, BenchScale scale, BenchNames words) throws SQLException {
    String sql =
        """
        INSERT INTO "Doctor" (id, name, specialty, qualifications, "bmdcNumber", status, rating, fee,
                              "followUpFee", phone, "experienceYears")
        SELECT 'bench-d-' || i, n[1 + (i * 7919) % cardinality(n)], s[1 + i % cardinality(s)],
               'MBBS, FCPS', 'B-' || lpad(i::text, 7, '0'),
               CASE WHEN i % 100 = 0 THEN 'INACTIVE' WHEN i % 50 = 1 THEN 'ON_LEAVE' ELSE 'ACTIVE' END,
               3 + (i * 37 % 21) / 10.0, 500 + (i * 13 % 11) * 100, 300 + (i * 13 % 11) * 50,
               '+88017' || lpad(i::text, 8, '0'), 2 + i % 35
        FROM (SELECT ?::text[] AS n, ?::text[] AS s) w, generate_series(1, ?) i
        """;
    timed(
        "doctors",
        c,
        sql,
        ps -> {
          ps.setArray(1, texts(c, words.names));
          ps.setArray(2, texts(c, BenchNames.SPECIALTIES));
          ps.setInt(3, scale.doctors());
        });
  }

  /**
   * Three chambers per doctor, at centres many doctors share (so a chamber's day list has several
   * doctors). Evening sessions at chambers 1 and 2 on disjoint weekdays, a morning at chamber 3 on
   * two of chamber 2's days; the weekdays turn with the doctor, so "available today" varies.
   */
  private void chambersAndSessions(Connection c, BenchScale scale) throws SQLException {
    String chambers =
        """
        INSERT INTO "DoctorChamber" (id, "doctorId", name, address, area, city)
        SELECT 'bench-c-' || i || '-' || k, 'bench-d-' || i,
               a[1 + centre % cardinality(a)] || ' ' || kinds[1 + centre / cardinality(a) % cardinality(kinds)],
               'House ' || (1 + centre % 97) || ', Road ' || (1 + centre / 97) || ', ' || a[1 + centre % cardinality(a)] || ', Dhaka',
               a[1 + centre % cardinality(a)], 'Dhaka'
        FROM (SELECT ?::text[] AS a, ?::text[] AS kinds) w, generate_series(1, ?) i, generate_series(1, 3) k,
             LATERAL (SELECT ((i * 3 + k) * 7919) % greatest(1, ? / 60) AS centre) x
        """;
    timed(
        "chambers",
        c,
        chambers,
        ps -> {
          ps.setArray(1, texts(c, BenchNames.AREAS));
          ps.setArray(2, texts(c, BenchNames.CENTRE_KINDS));
          ps.setInt(3, scale.doctors());
          ps.setInt(4, scale.chambers());
        });
    String sessions =
        """
        INSERT INTO "ChamberSession" ("chamberId", "doctorId", "dayOfWeek", "startTime", "endTime",
                                      "slotMinutes", "maxSerials")
        SELECT 'bench-c-' || i || '-' || p.k, 'bench-d-' || i, 1 + (p.day - 1 + i) % 7, p.starts, p.ends,
               10 + 5 * (i % 3), (extract(epoch FROM p.ends - p.starts) / 60)::int / (10 + 5 * (i % 3))
        FROM generate_series(1, ?) i,
             (VALUES (1, 6, time '17:00', time '21:00'), (1, 1, '17:00', '21:00'), (1, 3, '17:00', '21:00'),
                     (2, 7, '17:00', '21:00'), (2, 2, '17:00', '21:00'), (2, 4, '17:00', '21:00'),
                     (3, 2, '10:00', '13:00'), (3, 4, '10:00', '13:00')) p(k, day, starts, ends)
        """;
    timed("weekly sessions", c, sessions, ps -> ps.setInt(1, scale.doctors()));
  }

  /** Patients; every fifth shares the phone of the one before (families share a mobile). */
  private void patients(Connection c, BenchScale scale, BenchNames words) throws SQLException {
    String sql =
        """
        INSERT INTO "User" (id, name, role, gender, "dateOfBirth", phone)
        SELECT 'bench-p-' || i, n[1 + h % cardinality(n)], 'PATIENT', g[1 + h % cardinality(n)],
               date '1945-01-01' + (i * 7919 % 27000)::int,
               '+8801' || (3 + ph % 7) || lpad((ph * 48271 % 100000000)::text, 8, '0')
        FROM (SELECT ?::text[] AS n, ?::text[] AS g) w, generate_series(1, ?) i,
             LATERAL (SELECT (i::bigint * 104729) % 1000003 AS h,
                             CASE WHEN i % 5 = 0 THEN i - 1 ELSE i END::bigint AS ph) x
        """;
    timed(
        "patients",
        c,
        sql,
        ps -> {
          ps.setArray(1, texts(c, words.names));
          ps.setArray(2, texts(c, words.genders));
          ps.setInt(3, scale.patients());
        });
  }

  private void appointments(Connection c, BenchScale scale, AppointmentGrid grid)
      throws SQLException {
    long started = System.nanoTime();
    int chunks = (scale.doctors() + DOCTORS_PER_CHUNK - 1) / DOCTORS_PER_CHUNK;
    long written = 0;
    // The planner misjudges the chunk's doctor list (it guesses 10 ids, not 500) and would join
    // every session to every doctor in a nested loop: 35 s a chunk instead of under one.
    execute(c, "SET enable_nestloop = off");
    try (PreparedStatement ps = c.prepareStatement(AppointmentGrid.INSERT)) {
      for (int chunk = 0; chunk < chunks; chunk++) {
        long quota =
            scale.appointments() * (chunk + 1L) / chunks
                - scale.appointments() * (long) chunk / chunks;
        grid.bind(ps, doctorIds(chunk, scale.doctors()), quota, scale.patients(), 0);
        written += ps.executeUpdate();
        if (chunk % 4 == 3 || chunk == chunks - 1) {
          progress.accept(String.format(Locale.ROOT, "  appointments: %,d so far", written));
        }
      }
      // a chunk whose hashed sample fell short (only at tiny scales): top it up with other slots
      for (int seed = 1; written < scale.appointments() && seed < 50; seed++) {
        grid.bind(
            ps,
            doctorIds(-1, scale.doctors()),
            scale.appointments() - written,
            scale.patients(),
            seed);
        written += ps.executeUpdate();
      }
    } finally {
      execute(c, "RESET enable_nestloop");
    }
    if (written < scale.appointments()) {
      throw new BenchRefusal(
          "Only " + written + " appointments fit the session grid; ask for fewer");
    }
    progress.accept(
        String.format(
            Locale.ROOT,
            "  appointments: %,d in %.1f s (%s to %s)",
            written,
            (System.nanoTime() - started) / 1e9,
            grid.firstDay(),
            grid.lastDay()));
  }

  /** The ids of one chunk of doctors, or of all when {@code chunk} is negative. */
  private static List<String> doctorIds(int chunk, int doctors) {
    int from = chunk < 0 ? 1 : chunk * DOCTORS_PER_CHUNK + 1;
    int to = chunk < 0 ? doctors : Math.min(doctors, from + DOCTORS_PER_CHUNK - 1);
    List<String> ids = new ArrayList<>(to - from + 1);
    for (int i = from; i <= to; i++) {
      ids.add(DOCTOR + i);
    }
    return ids;
  }

  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  private interface Work {
    void run() throws SQLException;
  }

  private void timed(String what, Connection c, String sql, Binder binder) throws SQLException {
    step(
        what,
        () -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            progress.accept(String.format(Locale.ROOT, "  %s: %,d", what, ps.executeUpdate()));
          }
        });
  }

  private void step(String what, Work work) throws SQLException {
    long started = System.nanoTime();
    work.run();
    progress.accept(
        String.format(
            Locale.ROOT, "  %s done in %.1f s", what, (System.nanoTime() - started) / 1e9));
  }

  static Array texts(Connection c, List<String> values) throws SQLException {
    return c.createArrayOf("text", values.toArray());
  }

  static void execute(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  /** The number of rows of a table (for the report and the tests). */
  static long count(Connection c, String table) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM \"" + table + "\"")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
