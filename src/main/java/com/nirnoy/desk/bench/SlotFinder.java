package com.nirnoy.desk.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;

/**
 * Finds slots to book: free slots on the session grid of randomly chosen active doctors over the
 * coming days, and hot sets (a few sessions whose every slot many clients want at once, plus the
 * same slots shifted off the grid, which overlap two booked neighbours).
 */
final class SlotFinder {
  private static final String FREE =
      """
      SELECT s."doctorId", s."chamberId", day::date,
             s."startTime" + make_interval(mins => pos * s."slotMinutes"),
             s."startTime" + make_interval(mins => (pos + 1) * s."slotMinutes"), pos + 1, d.fee
      FROM "ChamberSession" s
      JOIN "Doctor" d ON d.id = s."doctorId" AND d.status = 'ACTIVE'
      CROSS JOIN generate_series(?::date, ?::date, interval '1 day') day
      CROSS JOIN LATERAL generate_series(0, s."maxSerials" - 1) pos
      WHERE s."doctorId" = ANY (?) AND s."isActive" AND extract(isodow FROM day) = s."dayOfWeek"
        AND NOT EXISTS (
          SELECT 1 FROM "Appointment" a WHERE a."doctorId" = s."doctorId" AND a.date = day::date
            AND a.status <> 'CANCELLED'
            AND a."startTime" < s."startTime" + make_interval(mins => (pos + 1) * s."slotMinutes")
            AND a."endTime" > s."startTime" + make_interval(mins => pos * s."slotMinutes"))
      """;

  private final DataSource ds;
  private final BenchScale scale;
  private final Random random;
  private int nextDoctor;
  private int hotDoctor;

  SlotFinder(DataSource ds, BenchScale scale, long seed) {
    this.ds = ds;
    this.scale = scale;
    this.random = new Random(seed);
    this.hotDoctor = scale.doctors();
  }

  /**
   * About {@code wanted} free future slots of distinct doctors' sessions, shuffled; each time other
   * doctors, so two runs never want the same slots.
   */
  List<BenchSlot> free(int wanted, LocalDate from, LocalDate to) throws SQLException {
    List<BenchSlot> found = new ArrayList<>();
    while (found.size() < wanted && nextDoctor < scale.doctors()) {
      int batch = Math.min(scale.doctors() - nextDoctor, 200);
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < batch; i++) {
        ids.add(BenchDataLoader.DOCTOR + (1 + nextDoctor++));
      }
      found.addAll(query(ids, from, to));
    }
    Collections.shuffle(found, random);
    return new ArrayList<>(found.subList(0, Math.min(wanted, found.size())));
  }

  /**
   * The free slots of {@code sessions} doctors' day (taken from the last doctors down, so they
   * differ from the random slots' doctors at any but the smallest scale): every client wants these,
   * so most attempts conflict. Half come shifted off the grid by a few minutes: they overlap booked
   * neighbours ("doctor double-booked" rather than "slot taken").
   */
  List<BenchSlot> hot(int sessions, LocalDate day) throws SQLException {
    List<BenchSlot> hot = new ArrayList<>();
    while (hot.isEmpty() && hotDoctor > 0) {
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < sessions && hotDoctor > 0; i++) {
        ids.add(BenchDataLoader.DOCTOR + hotDoctor--);
      }
      for (BenchSlot s : query(ids, day, day)) {
        hot.add(s);
        hot.add(
            s.shifted(
                Math.max(1, (int) (s.end().toSecondOfDay() - s.start().toSecondOfDay()) / 120)));
      }
    }
    return hot;
  }

  private List<BenchSlot> query(List<String> doctorIds, LocalDate from, LocalDate to)
      throws SQLException {
    List<BenchSlot> slots = new ArrayList<>();
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(FREE)) {
      ps.setDate(1, Date.valueOf(from));
      ps.setDate(2, Date.valueOf(to));
      ps.setArray(3, BenchDataLoader.texts(c, doctorIds));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          slots.add(
              new BenchSlot(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getDate(3).toLocalDate(),
                  rs.getTime(4).toLocalTime(),
                  rs.getTime(5).toLocalTime(),
                  rs.getInt(6),
                  rs.getBigDecimal(7),
                  patient()));
        }
      }
      if (!c.getAutoCommit()) {
        c.rollback();
      }
    }
    return slots;
  }

  /** A random patient of the loaded ones. */
  String patient() {
    return BenchDataLoader.PATIENT + (1 + random.nextInt(scale.patients()));
  }
}
