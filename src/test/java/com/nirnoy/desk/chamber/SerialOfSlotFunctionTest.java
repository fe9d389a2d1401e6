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
import java.time.LocalDate;
import java.time.LocalTime;
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
 * shows ({@link SerialNumbering}): a serial is the slot's place in its chamber row's weekly session
 * that day (decision 0023). Checked for every minute of many random chamber days, on real
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
  void numbersEveryMinuteOfRandomSessionsAsTheDeskDoes() throws SQLException {
    Random random = new Random(20261125);
    for (int day = 0; day < 40; day++) {
      int doctor = fx.doctor("Doctor " + day, "Medicine", 500);
      for (int n = 1 + random.nextInt(3); n > 0; n--) {
        int minute = 6 * 60 + random.nextInt(600);
        int length = 20 + random.nextInt(240);
        boolean capped = random.nextInt(4) > 0;
        var grid =
            new Grid(
                LocalTime.of(0, 0).plusMinutes(minute),
                LocalTime.of(0, 0).plusMinutes(minute + length),
                1 + random.nextInt(30),
                capped ? 1 + random.nextInt(40) : Integer.MAX_VALUE);
        int chamber =
            fx.chamber(
                doctor,
                null,
                "Chamber " + day + "-" + n,
                "Dhanmondi",
                "Sun,Tue,Thu",
                grid.start(),
                grid.end(),
                grid.slotMinutes(),
                capped ? grid.maxSerials() : null);
        Map<LocalTime, Integer> byDatabase = serialsOfEveryMinute(chamber, DAY);
        for (var e : byDatabase.entrySet()) {
          assertThat(Optional.ofNullable(e.getValue()))
              .as("serial at %s in session %s", e.getKey(), grid)
              .isEqualTo(SerialNumbering.serialOf(List.of(grid), e.getKey()));
        }
      }
    }
  }

  @Test
  void aChamberHasNoSerialsOnADayItDoesNotSit() throws SQLException {
    int doctor = fx.doctor("Nasima Khatun", "Medicine", 500);
    int chamber =
        fx.chamber(
            doctor,
            null,
            "Ibn Sina",
            "Kalabagan",
            "Sat,Mon,Wed",
            LocalTime.of(6, 0),
            LocalTime.of(23, 0),
            5,
            null);

    assertThat(serialsOfEveryMinute(chamber, DAY).values()).containsOnlyNulls();
    assertThat(serialsOfEveryMinute(chamber, DAY.plusDays(1)).get(LocalTime.of(6, 10)))
        .isEqualTo(3);
  }

  @Test
  void aStartBetweenMinutesIsReadAsItsMinuteLikeTheDesk() throws SQLException {
    int doctor = fx.doctor("Nusrat Jahan", "Medicine", 500);
    var grid = new Grid(LocalTime.of(9, 0), LocalTime.of(10, 0), 10, 6);
    int chamber =
        fx.chamber(doctor, null, "Ibn Sina", "Kalabagan", "Tue", grid.start(), grid.end(), 10, 6);

    LocalTime halfPast = LocalTime.of(9, 10, 30);
    assertThat(Optional.ofNullable(serialOf(chamber, halfPast)))
        .isEqualTo(SerialNumbering.serialOf(List.of(grid), halfPast))
        .contains(2);
  }

  private static Map<LocalTime, Integer> serialsOfEveryMinute(int chamber, LocalDate day)
      throws SQLException {
    Map<LocalTime, Integer> serials = new HashMap<>();
    try (Connection c = ds.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT m, nirnoy_serial_of(?, ?, time '00:00' + m * interval '1 minute')"
                    + " FROM generate_series(0, 1439) m")) {
      ps.setInt(1, chamber);
      ps.setObject(2, day);
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

  private static Integer serialOf(int chamber, LocalTime start) throws SQLException {
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT nirnoy_serial_of(?, ?, ?)")) {
      ps.setInt(1, chamber);
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
