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
 * Where the benchmark's appointments go: a hashed sample of the session grid (every slot of every
 * active session on every date from {@link #firstDay} to two weeks after today), thick enough to
 * hold the wanted count. One row per (session slot, date) at most, so no two ever overlap.
 */
record AppointmentGrid(LocalDate today, LocalDate firstDay, LocalDate lastDay, int fillPer100k) {
  static final int DAYS_AHEAD = 13;

  static final String INSERT =
      """
      WITH p AS (SELECT ?::date AS today, ?::date AS first_day, ?::date AS last_day, ?::text[] AS ids,
                        ?::int AS fill, ?::text AS seed, ?::bigint AS patients, ?::bigint AS wanted),
      slot AS (
        SELECT s."doctorId", s."chamberId", day::date AS date, pos, s."slotMinutes",
               s."startTime" + make_interval(mins => pos * s."slotMinutes") AS starts,
               d.fee, d."followUpFee", p.today, p.patients,
               abs(hashtext(s.id || day::date || pos || p.seed)::bigint) AS h
        FROM p CROSS JOIN LATERAL unnest(p.ids) AS chunk(id)
        JOIN "ChamberSession" s ON s."doctorId" = chunk.id
        JOIN "Doctor" d ON d.id = s."doctorId" AND d.status = 'ACTIVE'
        CROSS JOIN generate_series((SELECT first_day FROM p), (SELECT last_day FROM p), interval '1 day') day
        CROSS JOIN LATERAL generate_series(0, s."maxSerials" - 1) pos
        WHERE s."isActive" AND extract(isodow FROM day) = s."dayOfWeek"
      ),
      picked AS (
        SELECT slot.* FROM slot, p
        WHERE slot.h % 100000 < p.fill
          AND (p.seed = '' OR NOT EXISTS (SELECT 1 FROM "Appointment" x WHERE x."doctorId" = slot."doctorId"
                          AND x.date = slot.date AND x."startTime" = slot.starts))
        ORDER BY slot.h LIMIT (SELECT wanted FROM p)
      )
      INSERT INTO "Appointment" ("patientId", "doctorId", "chamberId", date, "startTime", "endTime",
          "serialNumber", status, type, source, fee, "cancelReason", "cancelledAt", "createdAt", "updatedAt")
      SELECT 'bench-p-' || (1 + (h * 31 + pos) % patients), "doctorId", "chamberId", date, starts,
             starts + make_interval(mins => "slotMinutes"), pos + 1, st.status,
             CASE WHEN h / 1000 % 100 < 70 THEN 'NEW' WHEN h / 1000 % 100 < 95 THEN 'FOLLOW_UP' ELSE 'REPORT' END,
             (ARRAY['WEB', 'WEB', 'DESK', 'DESK', 'PHONE', 'WALK_IN'])[1 + h / 100 % 6],
             CASE WHEN h / 1000 % 100 BETWEEN 70 AND 94 THEN coalesce("followUpFee", fee) ELSE fee END,
             CASE WHEN st.status = 'CANCELLED' THEN 'Patient unwell; will book again' END,
             CASE WHEN st.status = 'CANCELLED' THEN created + interval '1 day' END,
             created, created
      FROM picked,
           LATERAL (SELECT h / 100000 % 100 AS roll,
                           (date - (1 + h % 20)::int + time '10:00') AT TIME ZONE 'Asia/Dhaka' AS created) r,
           LATERAL (SELECT CASE
               WHEN date < today THEN CASE WHEN roll < 80 THEN 'COMPLETED' WHEN roll < 88 THEN 'NO_SHOW' ELSE 'CANCELLED' END
               WHEN date = today THEN CASE WHEN roll < 90 THEN 'CONFIRMED' WHEN roll < 95 THEN 'ARRIVED' ELSE 'CANCELLED' END
               ELSE CASE WHEN roll < 93 THEN 'CONFIRMED' ELSE 'CANCELLED' END END AS status) st
      ORDER BY "doctorId", date, starts
      """;

  /**
   * Weeks back from today until the grid holds the wanted appointments at most ~85% full, then the
   * sampling rate (a few percent over, trimmed by each chunk's quota).
   */
  static AppointmentGrid plan(Connection c, long wanted, LocalDate today) throws SQLException {
    long[] perWeekday = new long[8];
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                """
                SELECT s."dayOfWeek", sum(s."maxSerials") FROM "ChamberSession" s
                JOIN "Doctor" d ON d.id = s."doctorId" AND d.status = 'ACTIVE'
                WHERE s."isActive" GROUP BY 1
                """)) {
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
  void bind(PreparedStatement ps, List<String> doctorIds, long limit, int patients, int seed)
      throws SQLException {
    ps.setDate(1, Date.valueOf(today));
    ps.setDate(2, Date.valueOf(firstDay));
    ps.setDate(3, Date.valueOf(lastDay));
    ps.setArray(4, BenchDataLoader.texts(ps.getConnection(), doctorIds));
    ps.setInt(5, seed == 0 ? fillPer100k : 100_000);
    ps.setString(6, seed == 0 ? "" : "#" + seed);
    ps.setLong(7, patients);
    ps.setLong(8, limit);
  }
}
