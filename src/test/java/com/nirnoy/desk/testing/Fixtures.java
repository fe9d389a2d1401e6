package com.nirnoy.desk.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Inserts the rows a test needs with plain SQL, as any other client of the database would. */
public final class Fixtures {
  private final DataSource ds;

  public Fixtures(DataSource ds) {
    this.ds = ds;
  }

  public String patient(String name, String phone) {
    return insert(
        "INSERT INTO \"User\" (name, phone, role) VALUES (?, ?, 'PATIENT') RETURNING id",
        name,
        phone);
  }

  public String doctor(String name, String specialty, int fee) {
    return insert(
        "INSERT INTO \"Doctor\" (name, specialty, fee, \"followUpFee\") VALUES (?, ?, ?, ?) RETURNING id",
        name,
        specialty,
        fee,
        fee / 2);
  }

  public String chamber(String doctorId, String name, String area) {
    return insert(
        "INSERT INTO \"DoctorChamber\" (\"doctorId\", name, address, area, city) VALUES (?, ?, ?, ?, 'Dhaka') RETURNING id",
        doctorId,
        name,
        "House 1, Road 2, " + area,
        area);
  }

  public String session(
      String chamberId,
      String doctorId,
      DayOfWeek day,
      LocalTime start,
      LocalTime end,
      int slotMinutes,
      int maxSerials) {
    return insert(
        "INSERT INTO \"ChamberSession\" (\"chamberId\", \"doctorId\", \"dayOfWeek\", \"startTime\", \"endTime\", \"slotMinutes\", \"maxSerials\")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
        chamberId,
        doctorId,
        day.getValue(),
        start,
        end,
        slotMinutes,
        maxSerials);
  }

  /** Runs one statement in its own committed transaction. */
  public int execute(String sql, Object... params) {
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, params);
      int n = ps.executeUpdate();
      c.commit();
      return n;
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** Counts rows matching a query such as {@code SELECT count(*) FROM ...}. */
  public long count(String sql, Object... params) {
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        long n = rs.getLong(1);
        c.rollback();
        return n;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** The first column of every row {@code sql} returns, as text. */
  public List<String> strings(String sql, Object... params) {
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, params);
      List<String> values = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          values.add(rs.getString(1));
        }
      }
      c.rollback();
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private String insert(String sql, Object... params) {
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        String id = rs.getString(1);
        c.commit();
        return id;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private static void bind(PreparedStatement ps, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      ps.setObject(i + 1, params[i]);
    }
  }
}
