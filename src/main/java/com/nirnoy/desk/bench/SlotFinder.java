package com.nirnoy.desk.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;

/**
 * Finds slots to book: free slots on the chambers' grid of randomly chosen APPROVED doctors over
 * the coming days, and hot sets (a few chambers whose every slot many clients want at once, plus
 * the same slots shifted off the grid, which overlap two booked neighbours). A slot is free when no
 * live appointment of the doctor holds any of its time (the held time the database keeps, {@code
 * deskSlot}, so the web's bookings without an end time count too).
 */
final class SlotFinder {
  private static final String FREE =
      """
      WITH chamber AS MATERIALIZED (
        SELECT c.*, nirnoy_visit_fee(c.id, 'NEW') AS fee
        FROM (%s) c WHERE c."doctorId" = ANY (?::int[])
      ),
      slot AS (
        SELECT c."doctorId", c.id, day::date AS day, pos, c.fee,
               c.starts + make_interval(mins => pos * c.slot) AS starts,
               c.starts + make_interval(mins => (pos + 1) * c.slot) AS ends
        FROM chamber c
        CROSS JOIN generate_series(?::date, ?::date, interval '1 day') day
        CROSS JOIN LATERAL generate_series(0, c.cap - 1) pos
        WHERE nirnoy_sits_on(c."daysOfWeek", day::date)
      )
      SELECT s."doctorId", s.id, s.day, s.starts, s.ends, s.pos + 1, s.fee
      FROM slot s
      WHERE NOT EXISTS (
          SELECT 1 FROM "Appointment" a
          WHERE a."doctorId" = s."doctorId" AND a.status <> 'CANCELLED'
            AND a."date" >= s.day - interval '12 hours' AND a."date" < s.day + interval '12 hours'
            AND a."deskSlot" && tsrange(s.day + s.starts, s.day + s.ends))
      """
          .formatted(AppointmentGrid.CHAMBERS);

  private final DataSource ds;
  private final BenchScale scale;
  private final BenchIds ids;
  private final Random random;
  private int nextDoctor;
  private int hotDoctor;

  SlotFinder(DataSource ds, BenchScale scale, BenchIds ids, long seed) {
    this.ds = ds;
    this.scale = scale;
    this.ids = ids;
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
      List<Integer> doctors = new ArrayList<>();
      for (int i = 0; i < batch; i++) {
        doctors.add(ids.doctorId(1 + nextDoctor++));
      }
      found.addAll(query(doctors, from, to));
    }
    Collections.shuffle(found, random);
    return new ArrayList<>(found.subList(0, Math.min(wanted, found.size())));
  }

  /**
   * The free slots of {@code doctors} doctors' day (taken from the last doctors down, so they
   * differ from the random slots' doctors at any but the smallest scale): every client wants these,
   * so most attempts conflict. Half come shifted off the grid by a few minutes: they overlap booked
   * neighbours ("doctor double-booked" rather than "slot taken").
   */
  List<BenchSlot> hot(int doctors, LocalDate day) throws SQLException {
    List<BenchSlot> hot = new ArrayList<>();
    while (hot.isEmpty() && hotDoctor > 0) {
      List<Integer> chosen = new ArrayList<>();
      for (int i = 0; i < doctors && hotDoctor > 0; i++) {
        chosen.add(ids.doctorId(hotDoctor--));
      }
      for (BenchSlot s : query(chosen, day, day)) {
        hot.add(s);
        hot.add(
            s.shifted(
                Math.max(1, (int) (s.end().toSecondOfDay() - s.start().toSecondOfDay()) / 120)));
      }
    }
    return hot;
  }

  private List<BenchSlot> query(List<Integer> doctorIds, LocalDate from, LocalDate to)
      throws SQLException {
    List<BenchSlot> slots = new ArrayList<>();
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(FREE)) {
      ps.setArray(1, BenchDataLoader.ints(c, doctorIds));
      ps.setDate(2, Date.valueOf(from));
      ps.setDate(3, Date.valueOf(to));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          slots.add(
              new BenchSlot(
                  rs.getInt(1),
                  rs.getInt(2),
                  rs.getObject(3, LocalDate.class),
                  rs.getObject(4, LocalTime.class),
                  rs.getObject(5, LocalTime.class),
                  rs.getInt(6),
                  rs.getObject(7, Integer.class),
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
  int patient() {
    return ids.patientId(1 + random.nextInt(scale.patients()));
  }
}
