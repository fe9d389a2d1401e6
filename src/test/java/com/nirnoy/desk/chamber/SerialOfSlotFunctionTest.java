package com.nirnoy.desk.chamber;

import static org.assertj.core.api.Assertions.assertThat;

import com.nirnoy.desk.chamber.SerialNumbering.Grid;
import com.nirnoy.desk.db.DataSources;
import com.nirnoy.desk.testing.Fixtures;
import com.nirnoy.desk.testing.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database numbers a booking's serial ({@code nirnoy_serial_of}) by the same rule the desk
 * shows ({@link SerialNumbering}): checked for every minute of many random chamber days, on real
 * PostgreSQL.
 */
class SerialOfSlotFunctionTest {
  /** A Tuesday. */
  private static final LocalDate DAY = LocalDate.of(2026, 12, 8);

  private static HikariDataSource ds;
  private static Fixtures fx;

  @BeforeAll
  static void open() {
    ds = DataSources.pool(TestDatabases.freshDatabase(), "serial-test");
    fx = new Fixtures(ds);
  }

  @AfterAll
  static void close() {
    ds.close();
  }

  @Test
  void numbersEveryMinuteOfRandomDaysAsTheDeskDoes() throws SQLException {
    Random random = new Random(20261125);
    for (int day = 0; day < 40; day++) {
      String doctor = fx.doctor("Doctor " + day, "Medicine", 500);
      String chamber = fx.chamber(doctor, "Chamber " + day, "Dhanmondi");
      List<Grid> active = new ArrayList<>();
      int minute = 6 * 60 + random.nextInt(180);
      for (int n = 1 + random.nextInt(3); n > 0; n--) {
        int length = 20 + random.nextInt(240);
        var grid =
            new Grid(
                LocalTime.of(0, 0).plusMinutes(minute),
                LocalTime.of(0, 0).plusMinutes(minute + length),
                1 + random.nextInt(30),
                1 + random.nextInt(40));
        boolean on = random.nextInt(5) > 0;
        String id = session(chamber, doctor, grid);
        if (on) {
          active.add(grid);
        } else {
          fx.execute("UPDATE \"ChamberSession\" SET \"isActive\" = false WHERE id = ?", id);
        }
        minute += length + random.nextInt(120);
      }
      // another weekday's session must not count
      fx.session(
          chamber, doctor, DayOfWeek.WEDNESDAY, LocalTime.of(6, 0), LocalTime.of(7, 0), 5, 9);

      Map<LocalTime, Integer> byDatabase = serialsOfEveryMinute(chamber);
      for (var e : byDatabase.entrySet()) {
        assertThat(Optional.ofNullable(e.getValue()))
            .as("serial at %s with sessions %s", e.getKey(), active)
            .isEqualTo(SerialNumbering.serialOf(active, e.getKey()));
      }
    }
  }

  @Test
  void aStartBetweenMinutesIsReadAsItsMinuteLikeTheDesk() throws SQLException {
    String doctor = fx.doctor("Nusrat Jahan", "Medicine", 500);
    String chamber = fx.chamber(doctor, "Ibn Sina", "Kalabagan");
    var grid = new Grid(LocalTime.of(9, 0), LocalTime.of(10, 0), 10, 6);
    session(chamber, doctor, grid);

    LocalTime halfPast = LocalTime.of(9, 10, 30);
    assertThat(Optional.ofNullable(serialOf(chamber, halfPast)))
        .isEqualTo(SerialNumbering.serialOf(List.of(grid), halfPast))
        .contains(2);
  }

  private static String session(String chamber, String doctor, Grid g) {
    return fx.session(
        chamber, doctor, DAY.getDayOfWeek(), g.start(), g.end(), g.slotMinutes(), g.maxSerials());
  }

  private static Map<LocalTime, Integer> serialsOfEveryMinute(String chamber) throws SQLException {
    Map<LocalTime, Integer> serials = new HashMap<>();
    try (Connection c = ds.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT m, nirnoy_serial_of(?, ?, time '00:00' + m * interval '1 minute')"
                    + " FROM generate_series(0, 1439) m")) {
      ps.setString(1, chamber);
      ps.setObject(2, DAY);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          serials.put(LocalTime.of(0, 0).plusMinutes(rs.getInt(1)), rs.getObject(2, Integer.class));
        }
      }
      c.rollback();
    }
    assertThat(serials).hasSize(1440);
    return serials;
  }

  private static Integer serialOf(String chamber, LocalTime start) throws SQLException {
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT nirnoy_serial_of(?, ?, ?)")) {
      ps.setString(1, chamber);
      ps.setObject(2, DAY);
      ps.setObject(3, start);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        Integer serial = rs.getObject(1, Integer.class);
        c.rollback();
        return serial;
      }
    }
  }
}
