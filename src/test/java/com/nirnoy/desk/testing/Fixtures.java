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

  private static final java.util.concurrent.atomic.AtomicInteger PHONES =
      new java.util.concurrent.atomic.AtomicInteger();

  /**
   * A patient as the web registers one: an account for {@code phone} (E.164, e.g. +8801711000001)
   * with this person as its {@code Patient}; returns the patient's id. The platform keeps one
   * account per phone, so a phone used before gives that account's patient, now with this name.
   */
  public int patient(String name, String phone) {
    int user =
        insert(
            "INSERT INTO \"User\" (phone, role, \"updatedAt\") VALUES (?, 'PATIENT', now())"
                + " ON CONFLICT (phone) DO UPDATE SET \"updatedAt\" = now() RETURNING id",
            phone);
    return insert(
        "INSERT INTO \"Patient\" (\"userId\", name, \"updatedAt\") VALUES (?, ?, now())"
            + " ON CONFLICT (\"userId\") DO UPDATE SET name = EXCLUDED.name RETURNING id",
        user,
        name);
  }

  /**
   * An APPROVED doctor (with a platform account of their own) whose new-patient fee is {@code fee}
   * and follow-up fee half of it; returns the doctor's id.
   */
  public int doctor(String name, String specialty, int fee) {
    int user =
        insert(
            "INSERT INTO \"User\" (phone, role, \"updatedAt\") VALUES (?, 'DOCTOR', now()) RETURNING id",
            String.format("+88019%09d", PHONES.incrementAndGet()));
    return insert(
        "INSERT INTO \"Doctor\" (\"userId\", \"nameEn\", gender, \"primarySpecialty\","
            + " \"registrationStatus\", \"consultationFeeNew\", \"consultationFeeFollowUp\","
            + " \"updatedAt\") VALUES (?, ?, 'Female', ?, 'APPROVED', ?, ?, now()) RETURNING id",
        user,
        name,
        specialty,
        fee,
        fee / 2);
  }

  /** A clinic; returns its id. */
  public int clinic(String name, String area) {
    return insert(
        "INSERT INTO \"Clinic\" (name, address, area, city, \"updatedAt\")"
            + " VALUES (?, ?, ?, 'Dhaka', now()) RETURNING id",
        name,
        "House 1, Road 2, " + area,
        area);
  }

  /**
   * A chamber of the doctor, sitting every day of the week {@code start}-{@code end} with 15-minute
   * slots and no cap; returns its id.
   */
  public int chamber(int doctorId, String name, String area) {
    return chamber(
        doctorId,
        null,
        name,
        area,
        "Sat,Sun,Mon,Tue,Wed,Thu,Fri",
        LocalTime.of(17, 0),
        LocalTime.of(21, 0),
        15,
        null);
  }

  /** A chamber (one weekly session, decision 0023) of the doctor; returns its id. */
  public int chamber(
      int doctorId,
      Integer clinicId,
      String name,
      String area,
      String days,
      LocalTime start,
      LocalTime end,
      int slotMinutes,
      Integer maxPatients) {
    return insert(
        "INSERT INTO \"DoctorChamber\" (\"doctorId\", \"clinicId\", name, address, area, \"daysOfWeek\","
            + " \"startTime\", \"endTime\", \"slotDuration\", \"maxPatients\", \"updatedAt\")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now()) RETURNING id",
        doctorId,
        clinicId,
        name,
        "House 1, Road 2, " + area,
        area,
        days,
        hhmm(start),
        hhmm(end),
        slotMinutes,
        maxPatients);
  }

  /**
   * Sets the chamber's weekly schedule: {@code day} only, {@code start}-{@code end}, slot length
   * and cap (what the old per-session fixture made).
   */
  public void schedule(
      int chamberId,
      DayOfWeek day,
      LocalTime start,
      LocalTime end,
      int slotMinutes,
      Integer maxPatients) {
    execute(
        "UPDATE \"DoctorChamber\" SET \"daysOfWeek\" = ?, \"startTime\" = ?, \"endTime\" = ?,"
            + " \"slotDuration\" = ?, \"maxPatients\" = ?, \"updatedAt\" = now() WHERE id = ?",
        com.nirnoy.desk.chamber.WeeklyDays.format(java.util.EnumSet.of(day)),
        hhmm(start),
        hhmm(end),
        slotMinutes,
        maxPatients,
        chamberId);
  }

  private static String hhmm(LocalTime t) {
    return t.format(java.time.format.DateTimeFormatter.ofPattern("HH:mm"));
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

  /**
   * Puts an appointment straight into {@code status}, past the database's status flow and every
   * other trigger (as a restore would): test set-up only, for states the flow cannot reach back to.
   */
  public void forceStatus(int appointmentId, String status) {
    execute(
        "SET LOCAL session_replication_role = replica;"
            + " UPDATE \"Appointment\" SET status = ?, \"confirmedAt\" = CASE WHEN ? = 'REQUESTED'"
            + " THEN NULL ELSE \"confirmedAt\" END WHERE id = ?",
        status,
        status,
        appointmentId);
  }

  /** The connections these fixtures write through (the owner's, for a desk-login test). */
  public DataSource dataSource() {
    return ds;
  }

  /** The first column of the first row of {@code sql}, as text (null when no row). */
  public String queryText(String sql, Object... params) {
    return strings(sql, params).stream().findFirst().orElse(null);
  }

  private int insert(String sql, Object... params) {
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        int id = rs.getInt(1);
        c.commit();
        return id;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private static void bind(PreparedStatement ps, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      if (params[i] == null) {
        ps.setNull(i + 1, java.sql.Types.NULL);
      } else {
        ps.setObject(i + 1, params[i]);
      }
    }
  }
}
