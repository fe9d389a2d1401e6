package com.nirnoy.desk.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

/**
 * Where the benchmark's appointments go: a hashed sample of the chambers' grid (every slot of every
 * active chamber of an APPROVED doctor on every date it sits, from {@link #firstDay} to two weeks
 * after today), thick enough to hold the wanted count. One row per (chamber slot, date) at most, so
 * no two ever overlap. Rows are written as the platform stores them: the day at midnight, times as
 * 'HH:mm' text; the web's bookings (every REQUESTED one, and a third of the rest) without an end
 * time. The loader fills what {@code Appointment_desk_fill} would (its triggers are off): the held
 * time, the chamber's clinic and the slot's serial.
 */
record AppointmentGrid(LocalDate today, LocalDate firstDay, LocalDate lastDay, int fillPer100k) {
  static final int DAYS_AHEAD = 13;

  /** Each active chamber of an APPROVED doctor, its slots per session, and its fees by type. */
  static final String CHAMBERS =
      """
      SELECT c.id, c."doctorId", c."clinicId", c."daysOfWeek", c."startTime"::time AS starts,
             c."slotDuration" AS slot,
             least(coalesce(c."maxPatients", 2147483647),
                   (extract(epoch FROM c."endTime"::time - c."startTime"::time) / 60)::int
                       / c."slotDuration") AS cap
      FROM "DoctorChamber" c
      JOIN "Doctor" d ON d.id = c."doctorId" AND d."registrationStatus" = 'APPROVED'
      WHERE c."isActive" AND c."slotDuration" > 0
      """;

  static final String INSERT =
      """
      WITH p AS (SELECT ?::date AS today, ?::date AS first_day, ?::date AS last_day, ?::int[] AS ids,
                        ?::int AS fill, ?::text AS seed, ?::bigint AS first_patient,
                        ?::bigint AS patients, ?::bigint AS wanted, ?::text[] AS names,
                        ?::text[] AS genders),
      chamber AS MATERIALIZED (
        SELECT c.*, nirnoy_visit_fee(c.id, 'NEW') AS fee_new,
               nirnoy_visit_fee(c.id, 'FOLLOW_UP') AS fee_follow_up,
               nirnoy_visit_fee(c.id, 'REPORT_CHECK') AS fee_report
        FROM (%s) c
        WHERE c."doctorId" = ANY ((SELECT ids FROM p)::int[])
      ),
      slot AS (
        SELECT ch.*, day::date AS day, pos, ch.starts + make_interval(mins => pos * ch.slot) AS slot_start,
               abs(hashtext(ch.id || ':' || day::date || ':' || pos || p.seed)::bigint) AS h
        FROM p CROSS JOIN chamber ch
        CROSS JOIN generate_series(p.first_day, p.last_day, interval '1 day') day
        CROSS JOIN LATERAL generate_series(0, ch.cap - 1) pos
        WHERE nirnoy_sits_on(ch."daysOfWeek", day::date)
      ),
      picked AS (
        SELECT slot.* FROM slot, p
        WHERE slot.h %% 100000 < p.fill
          AND (p.seed = '' OR NOT EXISTS (
                SELECT 1 FROM "Appointment" x
                WHERE x."doctorId" = slot."doctorId" AND x."chamberId" = slot.id
                  AND x."date" = slot.day AND x."startTime" = to_char(slot.slot_start, 'HH24:MI')
                  AND x.status <> 'CANCELLED'))
        ORDER BY slot.h LIMIT (SELECT wanted FROM p)
      ),
      shaped AS (
        SELECT picked.*, st.status, k.visit, r.created,
               st.status = 'REQUESTED' OR picked.h / 100 %% 3 = 0 AS web,
               picked.day + picked.slot_start AS starts_at,
               picked.day + picked.slot_start + make_interval(mins => picked.slot) AS ends_at,
               (p.names)[1 + picked.h / 7 %% cardinality(p.names)] AS family_name,
               (p.genders)[1 + picked.h / 7 %% cardinality(p.names)] AS family_gender,
               p.first_patient + 1 + (picked.h * 31 + picked.pos) %% p.patients AS patient
        FROM picked, p,
             LATERAL (SELECT picked.h / 100000 %% 100 AS roll,
                             ((picked.day - (1 + picked.h %% 20)::int + time '10:00')
                                 AT TIME ZONE 'Asia/Dhaka') AT TIME ZONE 'UTC' AS created) r,
             LATERAL (SELECT CASE WHEN picked.h / 1000 %% 100 < 70 THEN 'NEW'
                                  WHEN picked.h / 1000 %% 100 < 95 THEN 'FOLLOW_UP'
                                  ELSE 'REPORT_CHECK' END AS visit) k,
             LATERAL (SELECT CASE
                 WHEN picked.day < p.today THEN
                     CASE WHEN r.roll < 80 THEN 'COMPLETED' WHEN r.roll < 88 THEN 'NO_SHOW' ELSE 'CANCELLED' END
                 WHEN picked.day = p.today THEN
                     CASE WHEN r.roll < 10 THEN 'REQUESTED' WHEN r.roll < 85 THEN 'CONFIRMED'
                          WHEN r.roll < 95 THEN 'CHECKED_IN' ELSE 'CANCELLED' END
                 ELSE CASE WHEN r.roll < 25 THEN 'REQUESTED' WHEN r.roll < 93 THEN 'CONFIRMED'
                           ELSE 'CANCELLED' END END AS status) st
      )
      INSERT INTO "Appointment" ("patientId", "doctorId", "chamberId", "clinicId", "date",
          "startTime", "endTime", "serialNumber", status, "visitType", "patientName", "patientAge",
          "patientGender", fee, "isPaid", "bookedAt", "confirmedAt", "checkedInAt", "startedAt",
          "completedAt", "cancelledAt", "cancellationReason", "createdAt", "updatedAt", "deskSlot")
      SELECT patient, "doctorId", id, "clinicId", day::timestamp, to_char(slot_start, 'HH24:MI'),
             CASE WHEN NOT web THEN to_char(slot_start + make_interval(mins => slot), 'HH24:MI') END,
             pos + 1, status, visit,
             CASE WHEN h %% 10 = 0 THEN family_name END,
             CASE WHEN h %% 10 = 0 THEN (3 + h %% 60)::int END,
             CASE WHEN h %% 10 = 0 THEN initcap(family_gender) END,
             CASE visit WHEN 'FOLLOW_UP' THEN fee_follow_up WHEN 'REPORT_CHECK' THEN fee_report
                        ELSE fee_new END,
             status = 'COMPLETED', created,
             CASE WHEN status IN ('CONFIRMED', 'CHECKED_IN', 'COMPLETED', 'NO_SHOW') THEN created END,
             t.checked_in,
             CASE WHEN status = 'COMPLETED' THEN t.seen END,
             CASE WHEN status = 'COMPLETED' THEN t.done END,
             CASE WHEN status = 'CANCELLED' THEN created + interval '1 day' END,
             CASE WHEN status = 'CANCELLED' THEN 'Patient unwell; will book again' END,
             created,
             CASE status WHEN 'COMPLETED' THEN t.done WHEN 'CHECKED_IN' THEN t.checked_in
                         WHEN 'CANCELLED' THEN created + interval '1 day' ELSE created END,
             tsrange(starts_at, ends_at)
      FROM shaped,
           LATERAL (SELECT CASE WHEN status IN ('CHECKED_IN', 'COMPLETED')
                                THEN ((starts_at - interval '20 minutes') AT TIME ZONE 'Asia/Dhaka') AT TIME ZONE 'UTC' END AS checked_in,
                           (starts_at AT TIME ZONE 'Asia/Dhaka') AT TIME ZONE 'UTC' AS seen,
                           (ends_at AT TIME ZONE 'Asia/Dhaka') AT TIME ZONE 'UTC' AS done) t
      ORDER BY "doctorId", day, slot_start
      """
          .formatted(CHAMBERS);

  /**
   * Weeks back from today until the grid holds the wanted appointments at most ~85% full, then the
   * sampling rate (a few percent over, trimmed by each chunk's quota).
   */
  static AppointmentGrid plan(Connection c, long wanted, LocalDate today, BenchIds ids)
      throws SQLException {
    long[] perWeekday = new long[8];
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT extract(isodow FROM d)::int, sum(c.cap) FROM ("
                    + CHAMBERS
                    + ") c CROSS JOIN generate_series(date '2024-01-01', date '2024-01-07',"
                    + " interval '1 day') d WHERE nirnoy_sits_on(c.\"daysOfWeek\", d::date)"
                    + " AND c.\"doctorId\" > "
                    + ids.doctor()
                    + " GROUP BY 1")) {
      while (rs.next()) {
        perWeekday[rs.getInt(1)] = rs.getLong(2);
      }
    }
    LocalDate last = today.plusDays(DAYS_AHEAD);
    LocalDate first = today.minusDays(28);
    while (slots(perWeekday, first, last) * 0.85 < wanted && first.isAfter(today.minusYears(5))) {
      first = first.minusDays(7);
    }
    long total = Math.max(1, slots(perWeekday, first, last));
    int fill = (int) Math.min(100_000, Math.ceil(wanted * 1.04 / total * 100_000));
    return new AppointmentGrid(today, first, last, fill);
  }

  private static long slots(long[] perWeekday, LocalDate first, LocalDate last) {
    long n = 0;
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      n += perWeekday[d.getDayOfWeek().getValue()];
    }
    return n;
  }

  /**
   * Binds {@link #INSERT} for {@code doctorIds}, at most {@code limit} rows. Seed 0 is the main
   * sample; another seed takes any free slot (a top-up).
   */
  void bind(
      PreparedStatement ps,
      List<Integer> doctorIds,
      long limit,
      int patients,
      int seed,
      BenchIds ids,
      BenchNames words)
      throws SQLException {
    Connection c = ps.getConnection();
    ps.setDate(1, Date.valueOf(today));
    ps.setDate(2, Date.valueOf(firstDay));
    ps.setDate(3, Date.valueOf(lastDay));
    ps.setArray(4, BenchDataLoader.ints(c, doctorIds));
    ps.setInt(5, seed == 0 ? fillPer100k : 100_000);
    ps.setString(6, seed == 0 ? "" : "#" + seed);
    ps.setLong(7, ids.patient());
    ps.setLong(8, patients);
    ps.setLong(9, limit);
    ps.setArray(10, BenchDataLoader.texts(c, words.names));
    ps.setArray(11, BenchDataLoader.texts(c, words.genders));
  }
}
