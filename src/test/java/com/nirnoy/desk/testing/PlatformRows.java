package com.nirnoy.desk.testing;

import com.nirnoy.desk.config.ConnectionSettings;
import com.nirnoy.desk.db.DataSources;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Inserts rows into the platform's schema ({@code db/schema}) as the web backend does: plain SQL,
 * only the platform's own columns, {@code "updatedAt"} set by the client (it has no default). Every
 * statement runs in a committed transaction of its own.
 */
public final class PlatformRows {
  private static final AtomicInteger PHONES = new AtomicInteger();

  private final DataSource ds;

  public PlatformRows(DataSource ds) {
    this.ds = ds;
  }

  public PlatformRows(ConnectionSettings settings) {
    this(DataSources.unpooled(settings));
  }

  /** A platform account. */
  public int user(String phone, String role) {
    return queryInt(
        "INSERT INTO \"User\" (phone, role, \"updatedAt\") VALUES (?, ?, ?) RETURNING id",
        phone,
        role,
        now());
  }

  /** A signed-in desk staff member: their user id and the session token the database gave. */
  public record SignedIn(int userId, String token) {}

  /**
   * A receptionist's account on a new platform account of {@code phone}, signed in through the
   * database's {@code nirnoy_sign_in}: what a desk's session presents.
   */
  public SignedIn signedInReceptionist(String phone) {
    int userId = user(phone, "PATIENT");
    execute(
        "INSERT INTO \"DeskStaff\" (\"userId\", name, role, \"passwordHash\")"
            + " VALUES (?, 'Test receptionist', 'RECEPTIONIST', crypt('test-password', gen_salt('bf', 4)))",
        userId);
    String token =
        query(
            String.class,
            "SELECT token FROM nirnoy_sign_in(ARRAY[?], NULL, 'test-password')",
            phone);
    return new SignedIn(userId, token);
  }

  /** A patient account: a User with role PATIENT and its Patient profile. */
  public int patient(String name, String phone) {
    int userId = user(phone, "PATIENT");
    return queryInt(
        "INSERT INTO \"Patient\" (\"userId\", name, \"updatedAt\") VALUES (?, ?, ?) RETURNING id",
        userId,
        name,
        now());
  }

  public int clinic(String name) {
    return queryInt(
        "INSERT INTO \"Clinic\" (name, address, area, city, \"updatedAt\")"
            + " VALUES (?, 'House 1, Road 2', 'Dhanmondi', 'Dhaka', ?) RETURNING id",
        name,
        now());
  }

  /** An APPROVED doctor with an account of its own (a unique phone). */
  public int doctor(String nameEn, String specialty, int feeNew) {
    int userId = user(uniquePhone(), "DOCTOR");
    return queryInt(
        "INSERT INTO \"Doctor\" (\"userId\", \"nameEn\", gender, \"primarySpecialty\","
            + " \"registrationStatus\", \"approvedAt\", \"consultationFeeNew\", \"updatedAt\")"
            + " VALUES (?, ?, 'FEMALE', ?, 'APPROVED', ?, ?, ?) RETURNING id",
        userId,
        nameEn,
        specialty,
        now(),
        feeNew,
        now());
  }

  /** A chamber (one weekly session) without fee overrides. */
  public int chamber(
      int doctorId,
      Integer clinicId,
      String daysOfWeek,
      String startTime,
      String endTime,
      int slotDuration,
      Integer maxPatients) {
    return chamber(
        doctorId,
        clinicId,
        daysOfWeek,
        startTime,
        endTime,
        slotDuration,
        maxPatients,
        null,
        null,
        null);
  }

  /** A chamber with its own fees ({@code null}: the doctor's, by the platform's rule). */
  public int chamber(
      int doctorId,
      Integer clinicId,
      String daysOfWeek,
      String startTime,
      String endTime,
      int slotDuration,
      Integer maxPatients,
      Integer consultationFee,
      Integer followUpFee,
      Integer reportCheckFee) {
    return queryInt(
        "INSERT INTO \"DoctorChamber\" (\"doctorId\", \"clinicId\", name, address, area,"
            + " \"daysOfWeek\", \"startTime\", \"endTime\", \"slotDuration\", \"maxPatients\","
            + " \"consultationFee\", \"followUpFee\", \"reportCheckFee\", \"updatedAt\")"
            + " VALUES (?, ?, 'Popular Diagnostic Centre', 'House 16, Road 2', 'Dhanmondi',"
            + " ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        doctorId,
        clinicId,
        daysOfWeek,
        startTime,
        endTime,
        slotDuration,
        maxPatients,
        consultationFee,
        followUpFee,
        reportCheckFee,
        now());
  }

  /**
   * Exactly what the web backend's {@code prisma.appointment.create} sends: no endTime, no
   * clinicId, the caller's serial (the web's count+1, or {@code null}), status REQUESTED.
   */
  public int webBooking(
      int patientId,
      int doctorId,
      int chamberId,
      LocalDateTime date,
      String startTime,
      Integer serialNumber,
      String visitType,
      Integer fee) {
    return queryInt(
        "INSERT INTO \"Appointment\" (\"patientId\", \"doctorId\", \"chamberId\", date,"
            + " \"startTime\", \"serialNumber\", status, \"visitType\", fee, \"updatedAt\")"
            + " VALUES (?, ?, ?, ?, ?, ?, 'REQUESTED', ?, ?, ?) RETURNING id",
        patientId,
        doctorId,
        chamberId,
        date,
        startTime,
        serialNumber,
        visitType,
        fee,
        now());
  }

  /** Runs one statement, committed; the number of rows it changed. */
  public int execute(String sql, Object... params) {
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, params);
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** The first column of the first row as an Integer, {@code null} when SQL NULL. */
  public Integer queryInt(String sql, Object... params) {
    return query(Integer.class, sql, params);
  }

  /** The first column of the first row as {@code type} ({@code null} when SQL NULL). */
  public <T> T query(Class<T> type, String sql, Object... params) {
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException("no row: " + sql);
        }
        return rs.getObject(1, type);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private static String uniquePhone() {
    return String.format("+88019%08d", PHONES.incrementAndGet());
  }

  /** As Prisma writes instants: UTC wall clock. */
  private static LocalDateTime now() {
    return LocalDateTime.now(ZoneOffset.UTC);
  }

  private static void bind(PreparedStatement ps, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      ps.setObject(i + 1, params[i]);
    }
  }
}
