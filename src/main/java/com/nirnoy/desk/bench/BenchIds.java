package com.nirnoy.desk.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Where the benchmark's ids start: the loader gives doctor {@code i} (from 1) the id {@code doctor
 * + i}, its account {@code user + i}, its chambers {@code chamber + 3(i - 1) + k} (k = 1..3),
 * patient {@code j} the id {@code patient + j} and account {@code user + doctors + j}. On an empty
 * database every base is 0; the id sequences are moved past the loaded rows afterwards.
 */
public record BenchIds(
    int user, int doctor, int clinic, int chamber, int patient, int appointment) {

  /** The bases for a load into {@code c}: after whatever rows the tables already hold. */
  static BenchIds next(Connection c) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                """
                SELECT (SELECT coalesce(max(id), 0) FROM "User"),
                       (SELECT coalesce(max(id), 0) FROM "Doctor"),
                       (SELECT coalesce(max(id), 0) FROM "Clinic"),
                       (SELECT coalesce(max(id), 0) FROM "DoctorChamber"),
                       (SELECT coalesce(max(id), 0) FROM "Patient"),
                       (SELECT coalesce(max(id), 0) FROM "Appointment")
                """)) {
      rs.next();
      return new BenchIds(
          rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6));
    }
  }

  /**
   * The bases of an earlier load (its doctors, chambers and patients are the tables' only rows).
   */
  static BenchIds loaded(Connection c) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                """
                SELECT (SELECT min("userId") - 1 FROM "Doctor"), (SELECT min(id) - 1 FROM "Doctor"),
                       (SELECT coalesce(min(id) - 1, 0) FROM "Clinic"),
                       (SELECT min(id) - 1 FROM "DoctorChamber"), (SELECT min(id) - 1 FROM "Patient"),
                       (SELECT coalesce(min(id) - 1, 0) FROM "Appointment")
                """)) {
      rs.next();
      return new BenchIds(
          rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6));
    }
  }

  /** The id of doctor {@code i} (1-based). */
  public int doctorId(int i) {
    return doctor + i;
  }

  /** The id of chamber {@code k} (1..3) of doctor {@code i}. */
  public int chamberId(int i, int k) {
    return chamber + (i - 1) * BenchScale.CHAMBERS_PER_DOCTOR + k;
  }

  /** The id of patient {@code j} (1-based). */
  public int patientId(int j) {
    return patient + j;
  }
}
