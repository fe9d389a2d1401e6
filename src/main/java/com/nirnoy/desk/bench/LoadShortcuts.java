package com.nirnoy.desk.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What makes the bulk load fast without weakening what it proves: row triggers off for the loading
 * session (the loader then writes what {@code Appointment_desk_fill} would: held time, clinic,
 * serial), the appointments' look-up indexes and the overlap rule built after the rows are in
 * (adding the rule back checks every row at once). The unique slot rule ({@code
 * Appointment_doctorId_chamberId_date_startTime_key}) and {@code Appointment_serial_key} stay on.
 */
final class LoadShortcuts {
  private static final List<String> TABLES =
      List.of("User", "Doctor", "Clinic", "DoctorChamber", "Patient", "Appointment", "DeskBooking");

  private LoadShortcuts() {}

  /**
   * Turns row triggers off for this session: as a superuser with {@code session_replication_role =
   * replica} (also skips the foreign-key checks, whose rows exist by construction), otherwise by
   * disabling the tables' own triggers. Returns true for the first.
   */
  static boolean skipTriggers(Connection c, boolean skip) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")) {
      boolean superuser = rs.next() && rs.getBoolean(1);
      skipTriggers(c, skip, superuser);
      return superuser;
    }
  }

  static void skipTriggers(Connection c, boolean skip, boolean replica) throws SQLException {
    if (replica) {
      BenchDataLoader.execute(
          c, "SET session_replication_role = " + (skip ? "replica" : "DEFAULT"));
      return;
    }
    for (String table : TABLES) {
      BenchDataLoader.execute(
          c, "ALTER TABLE \"" + table + "\" " + (skip ? "DISABLE" : "ENABLE") + " TRIGGER USER");
    }
  }

  /**
   * Drops the appointment indexes that only serve look-ups (built again after the load, faster than
   * kept up row by row); the rules' indexes stay, so every row is checked as it goes in.
   */
  static List<String> dropLookupIndexes(Connection c) throws SQLException {
    List<String> definitions = new ArrayList<>();
    List<String> names = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                """
                SELECT i.indexname, i.indexdef FROM pg_indexes i
                WHERE i.tablename = 'Appointment' AND i.indexdef NOT LIKE 'CREATE UNIQUE%'
                  AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conname = i.indexname)
                """)) {
      while (rs.next()) {
        names.add(rs.getString(1));
        definitions.add(rs.getString(2));
      }
    }
    for (String name : names) {
      BenchDataLoader.execute(c, "DROP INDEX \"" + name + "\"");
    }
    return definitions;
  }

  /**
   * Takes the overlap rule off while loading: kept on, its GiST index slows every insert as the
   * table grows (the doctor ids of a chunk spread over the whole key range). Added back after the
   * load under its own name, which checks every row at once; it stays newer than the slot rule, so
   * an identical slot is still reported by the slot rule, as the web expects.
   */
  static List<String> dropOverlapRule(Connection c) throws SQLException {
    String definition;
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT pg_get_constraintdef(oid) FROM pg_constraint"
                    + " WHERE conname = 'Appointment_no_doctor_overlap'")) {
      if (!rs.next()) {
        return List.of();
      }
      definition = rs.getString(1);
    }
    BenchDataLoader.execute(
        c, "ALTER TABLE \"Appointment\" DROP CONSTRAINT \"Appointment_no_doctor_overlap\"");
    return List.of(
        "ALTER TABLE \"Appointment\" ADD CONSTRAINT \"Appointment_no_doctor_overlap\" "
            + definition);
  }

  static void recreate(Connection c, List<String> definitions) throws SQLException {
    for (String definition : definitions) {
      BenchDataLoader.execute(c, definition);
    }
  }
}
