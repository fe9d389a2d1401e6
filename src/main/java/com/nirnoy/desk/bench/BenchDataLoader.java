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
 * Fills an empty, migrated database with the benchmark clinic in the platform's own shape,
 * set-wise: each table is one {@code INSERT ... SELECT generate_series(...)} (appointments in
 * chunks of doctors), so 2,000,000 appointments take minutes. Every doctor and patient has a
 * platform {@code "User"} account; every chamber row is one weekly session (its days, hours, slot
 * length and cap) at a {@code "Clinic"} many doctors share; appointments are stored as the platform
 * stores them (the day at midnight, 'HH:mm' text), the web's bookings REQUESTED or later with no
 * end time and no {@code "DeskBooking"}, the desk's with both. Every row satisfies every rule by
 * construction:
 *
 * <ul>
 *   <li>a doctor's chambers never sit at the same time (evenings at chambers 1 and 2 on disjoint
 *       weekdays, mornings at chamber 3);
 *   <li>an appointment is one slot of one chamber's session on one date, at most one per (slot,
 *       date), so no two overlap for a doctor and serials are unique per chamber day;
 *   <li>only APPROVED doctors have appointments, as the booking trigger demands; the fee is the
 *       database's own rule ({@code nirnoy_visit_fee}).
 * </ul>
 *
 * Row triggers (the audit trail, the availability check, the live-refresh notifications, and as a
 * superuser the foreign-key checks) are off while loading, because their rules hold by construction
 * and an audit of generated history means nothing. With them goes {@code Appointment_desk_fill}, so
 * the loader writes what it would (the held time {@code deskSlot}, the clinic, the slot's serial)
 * itself, and the loader test proves both agree. The appointments' look-up indexes and the overlap
 * rule are built after the load (adding the rule back checks every row at once); the unique slot
 * and serial rules stay on, so every row is checked as it goes in. The database's own rules are the
 * proof: the loader test and the bench's audit.
 */
public final class BenchDataLoader {
  private static final int DOCTORS_PER_CHUNK = 500;

  /** Tables the loader fills, whose id sequences it moves past the ids it gave. */
  private static final List<String> TABLES =
      List.of("User", "Doctor", "Clinic", "DoctorChamber", "Patient", "Appointment");

  private final DataSource ds;
  private final Consumer<String> progress;

  public BenchDataLoader(DataSource ds, Consumer<String> progress) {
    this.ds = ds;
    this.progress = progress;
  }

  /** What was loaded, where its ids start, and the dates its appointments span. */
  public record Loaded(
      BenchScale scale, BenchIds ids, LocalDate firstDay, LocalDate lastDay, long millis) {}

  /** Loads {@code scale} around {@code today} (appointments from weeks back to two weeks ahead). */
  public Loaded load(BenchScale scale, LocalDate today) throws SQLException {
    long started = System.nanoTime();
    BenchNames words = BenchNames.load();
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(true);
      execute(c, "SET synchronous_commit = off");
      BenchIds ids = BenchIds.next(c);
      boolean replica = LoadShortcuts.skipTriggers(c, true);
      AppointmentGrid grid;
      List<String> dropped = new ArrayList<>();
      try {
        doctors(c, scale, words, ids);
        clinicsAndChambers(c, scale, ids);
        patients(c, scale, words, ids);
        step("analyze", () -> execute(c, "ANALYZE"));
        grid = AppointmentGrid.plan(c, scale.appointments(), today, ids);
        dropped.addAll(LoadShortcuts.dropLookupIndexes(c));
        dropped.addAll(LoadShortcuts.dropOverlapRule(c));
        appointments(c, scale, grid, ids, words);
        deskBookings(c, ids);
      } finally {
        step(
            "appointment indexes and the overlap rule (checks every row)",
            () -> LoadShortcuts.recreate(c, dropped));
        LoadShortcuts.skipTriggers(c, false, replica);
      }
      for (String table : TABLES) {
        execute(
            c,
            "SELECT setval(pg_get_serial_sequence('\""
                + table
                + "\"', 'id'),"
                + " (SELECT coalesce(max(id), 0) + 1 FROM \""
                + table
                + "\"), false)");
      }
      step("analyze", () -> execute(c, "ANALYZE"));
      long ms = (System.nanoTime() - started) / 1_000_000;
      return new Loaded(scale, ids, grid.firstDay(), grid.lastDay(), ms);
    }
  }

  /** The range of data an earlier run loaded (for --reuse). */
  static Loaded existing(DataSource ds, BenchScale scale) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                """
                SELECT nirnoy_clinic_day(min("date")), nirnoy_clinic_day(max("date")), count(*),
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
      BenchIds ids = BenchIds.loaded(c);
      if (!c.getAutoCommit()) {
        c.rollback();
      }
      return new Loaded(scale, ids, first, last, 0);
    }
  }

  /**
   * Doctors, each with a platform account (role DOCTOR). One in a hundred is SUSPENDED and one in
   * fifty PENDING (not bookable); a third have no follow-up fee of their own (the platform then
   * charges half).
   */
  private void doctors(Connection c, BenchScale scale, BenchNames words, BenchIds ids)
      throws SQLException {
    String accounts =
        """
        INSERT INTO "User" (id, phone, role, "createdAt", "updatedAt")
        SELECT ? + i, '019' || lpad(i::text, 8, '0'), 'DOCTOR', now(), now()
        FROM generate_series(1, ?) i
        """;
    timed(
        "doctors' accounts",
        c,
        accounts,
        ps -> {
          ps.setInt(1, ids.user());
          ps.setInt(2, scale.doctors());
        });
    String sql =
        """
        INSERT INTO "Doctor" (id, "userId", "nameEn", gender, title, "primarySpecialty", slug,
            "bmdcNumber", "bmdcVerified", "registrationStatus", "approvedAt", "experienceYears",
            "consultationFeeNew", "consultationFeeFollowUp", "averageRating", "totalReviews",
            "createdAt", "updatedAt")
        SELECT ? + i, ? + i, x.name, initcap(g[x.pick]), 'Dr.', s[1 + i % cardinality(s)],
               regexp_replace(lower(x.name), '[^a-z0-9]+', '-', 'g') || '-' || i, 'A-' || lpad(i::text, 6, '0'), true,
               x.status, CASE WHEN x.status = 'APPROVED' THEN now() END, 2 + i % 35,
               500 + (i * 13 % 11) * 100,
               CASE WHEN i % 3 <> 0 THEN 300 + (i * 13 % 11) * 50 END,
               3 + (i * 37 % 21) / 10.0, i * 17 % 300, now(), now()
        FROM (SELECT ?::text[] AS n, ?::text[] AS g, ?::text[] AS s) w, generate_series(1, ?) i,
             LATERAL (SELECT 1 + (i * 7919) % cardinality(n) AS pick) k,
             LATERAL (SELECT n[k.pick] AS name, k.pick,
                             CASE WHEN i % 100 = 0 THEN 'SUSPENDED' WHEN i % 50 = 1 THEN 'PENDING'
                                  ELSE 'APPROVED' END AS status) x
        """;
    timed(
        "doctors",
        c,
        sql,
        ps -> {
          ps.setInt(1, ids.doctor());
          ps.setInt(2, ids.user());
          ps.setArray(3, texts(c, words.names));
          ps.setArray(4, texts(c, words.genders));
          ps.setArray(5, texts(c, BenchNames.SPECIALTIES));
          ps.setInt(6, scale.doctors());
        });
  }

  /**
   * Clinics (one per ~60 chambers) and three chambers per doctor at them, so a clinic's day list
   * has several doctors. A chamber row is one weekly session (decision 0023): evenings at chambers
   * 1 and 2 on disjoint weekdays, a morning at chamber 3 on two of chamber 2's days; the weekdays
   * turn with the doctor, so "available today" varies. Chamber 3 charges its own fee; a quarter of
   * the chambers have no cap beyond their hours.
   */
  private void clinicsAndChambers(Connection c, BenchScale scale, BenchIds ids)
      throws SQLException {
    int clinics = clinics(scale);
    String clinicRows =
        """
        INSERT INTO "Clinic" (id, name, type, address, area, city, district, "isVerified",
                              "createdAt", "updatedAt")
        SELECT ? + n + 1, a[1 + n % cardinality(a)] || ' ' || kinds[1 + n / cardinality(a) % cardinality(kinds)],
               CASE WHEN n % 3 = 0 THEN 'DIAGNOSTIC_CENTER' ELSE 'HOSPITAL' END,
               'House ' || (1 + n % 97) || ', Road ' || (1 + n / 97) || ', ' || a[1 + n % cardinality(a)] || ', Dhaka',
               a[1 + n % cardinality(a)], 'Dhaka', 'Dhaka', true, now(), now()
        FROM (SELECT ?::text[] AS a, ?::text[] AS kinds) w, generate_series(0, ? - 1) n
        """;
    timed(
        "clinics",
        c,
        clinicRows,
        ps -> {
          ps.setInt(1, ids.clinic());
          ps.setArray(2, texts(c, BenchNames.AREAS));
          ps.setArray(3, texts(c, BenchNames.CENTRE_KINDS));
          ps.setInt(4, clinics);
        });
    String chambers =
        """
        INSERT INTO "DoctorChamber" (id, "doctorId", "clinicId", name, type, address, area, city,
            district, "daysOfWeek", "startTime", "endTime", "slotDuration", "maxPatients",
            "consultationFee", "isPrimary", "createdAt", "updatedAt")
        SELECT ? + (i - 1) * 3 + p.k, ? + i, cl.id, cl.name, cl.type, cl.address, cl.area, cl.city,
               cl.district,
               (SELECT string_agg(dn[r.day], ',' ORDER BY (r.day + 1) % 7)
                FROM unnest(p.days) d, LATERAL (SELECT 1 + (d - 1 + i) % 7 AS day) r),
               p.starts, p.ends, x.slot,
               CASE WHEN i % 4 <> 0 THEN (extract(epoch FROM p.ends::time - p.starts::time) / 60)::int / x.slot END,
               CASE WHEN p.k = 3 THEN 700 + (i * 13 % 11) * 100 END, p.k = 1, now(), now()
        FROM (SELECT ARRAY['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] AS dn) w,
             generate_series(1, ?) i,
             (VALUES (1, ARRAY[6, 1, 3], '17:00', '21:00'), (2, ARRAY[7, 2, 4], '17:00', '21:00'),
                     (3, ARRAY[2, 4], '10:00', '13:00')) p(k, days, starts, ends),
             LATERAL (SELECT 10 + 5 * (i % 3) AS slot, ((i * 3 + p.k) * 7919) % ? AS centre) x
        JOIN "Clinic" cl ON cl.id = ? + x.centre + 1
        """;
    timed(
        "chambers (weekly sessions)",
        c,
        chambers,
        ps -> {
          ps.setInt(1, ids.chamber());
          ps.setInt(2, ids.doctor());
          ps.setInt(3, scale.doctors());
          ps.setInt(4, clinics);
          ps.setInt(5, ids.clinic());
        });
  }

  static int clinics(BenchScale scale) {
    return Math.max(1, scale.chambers() / 60);
  }

  /** Patients, each the holder of a platform account (one per phone, the national 01... form). */
  private void patients(Connection c, BenchScale scale, BenchNames words, BenchIds ids)
      throws SQLException {
    String accounts =
        """
        INSERT INTO "User" (id, phone, role, "createdAt", "updatedAt")
        SELECT ? + i, '01' || (3 + i % 6) || lpad((i::bigint * 48271 % 100000000)::text, 8, '0'),
               'PATIENT', now(), now()
        FROM generate_series(1, ?) i
        """;
    timed(
        "patients' accounts",
        c,
        accounts,
        ps -> {
          ps.setInt(1, ids.user() + scale.doctors());
          ps.setInt(2, scale.patients());
        });
    String sql =
        """
        INSERT INTO "Patient" (id, "userId", name, gender, "dateOfBirth", "createdAt", "updatedAt")
        SELECT ? + i, ? + i, n[1 + h % cardinality(n)], initcap(g[1 + h % cardinality(n)]),
               timestamp '1945-01-01' + make_interval(days => (i * 7919 % 27000)::int), now(), now()
        FROM (SELECT ?::text[] AS n, ?::text[] AS g) w, generate_series(1, ?) i,
             LATERAL (SELECT (i::bigint * 104729) % 1000003 AS h) x
        """;
    timed(
        "patients",
        c,
        sql,
        ps -> {
          ps.setInt(1, ids.patient());
          ps.setInt(2, ids.user() + scale.doctors());
          ps.setArray(3, texts(c, words.names));
          ps.setArray(4, texts(c, words.genders));
          ps.setInt(5, scale.patients());
        });
  }

  private void appointments(
      Connection c, BenchScale scale, AppointmentGrid grid, BenchIds ids, BenchNames words)
      throws SQLException {
    long started = System.nanoTime();
    int chunks = (scale.doctors() + DOCTORS_PER_CHUNK - 1) / DOCTORS_PER_CHUNK;
    long written = 0;
    // The planner misjudges the chunk's doctor list (it guesses 10 ids, not 500) and would join
    // every chamber to every doctor in a nested loop: 35 s a chunk instead of under one.
    execute(c, "SET enable_nestloop = off");
    try (PreparedStatement ps = c.prepareStatement(AppointmentGrid.INSERT)) {
      for (int chunk = 0; chunk < chunks; chunk++) {
        long quota =
            scale.appointments() * (chunk + 1L) / chunks
                - scale.appointments() * (long) chunk / chunks;
        grid.bind(
            ps, doctorIds(chunk, scale.doctors(), ids), quota, scale.patients(), 0, ids, words);
        written += ps.executeUpdate();
        if (chunk % 4 == 3 || chunk == chunks - 1) {
          progress.accept(String.format(Locale.ROOT, "  appointments: %,d so far", written));
        }
      }
      // a chunk whose hashed sample fell short (only at tiny scales): top it up with other slots
      for (int seed = 1; written < scale.appointments() && seed < 50; seed++) {
        grid.bind(
            ps,
            doctorIds(-1, scale.doctors(), ids),
            scale.appointments() - written,
            scale.patients(),
            seed,
            ids,
            words);
        written += ps.executeUpdate();
      }
    } finally {
      execute(c, "RESET enable_nestloop");
    }
    if (written < scale.appointments()) {
      throw new BenchRefusal(
          "Only " + written + " appointments fit the chambers' schedules; ask for fewer");
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

  /**
   * What the desk knows of the appointments it made (the request id, how the patient came): the
   * ones with an end time, which the desk always writes; the web's have none and no such row.
   */
  private void deskBookings(Connection c, BenchIds ids) throws SQLException {
    String sql =
        """
        INSERT INTO "DeskBooking" ("appointmentId", "requestId", source, "createdAt")
        SELECT id, 'bench-' || id, (ARRAY['DESK', 'DESK', 'PHONE', 'WALK_IN'])[1 + id % 4],
               "createdAt" AT TIME ZONE 'UTC'
        FROM "Appointment" WHERE id > ? AND "endTime" IS NOT NULL
        """;
    timed("desk bookings", c, sql, ps -> ps.setInt(1, ids.appointment()));
  }

  /** The ids of one chunk of doctors, or of all when {@code chunk} is negative. */
  private static List<Integer> doctorIds(int chunk, int doctors, BenchIds ids) {
    int from = chunk < 0 ? 1 : chunk * DOCTORS_PER_CHUNK + 1;
    int to = chunk < 0 ? doctors : Math.min(doctors, from + DOCTORS_PER_CHUNK - 1);
    List<Integer> list = new ArrayList<>(to - from + 1);
    for (int i = from; i <= to; i++) {
      list.add(ids.doctorId(i));
    }
    return list;
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

  static Array ints(Connection c, List<Integer> values) throws SQLException {
    return c.createArrayOf("integer", values.toArray());
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
