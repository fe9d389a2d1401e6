package com.nirnoy.desk.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The platform tables and columns the desk relies on, with the types the platform's Prisma schema
 * gives them. A database the web backend created is adopted only when it has every one of them with
 * a compatible type; otherwise {@link #differences} lists exactly what differs and nothing is
 * changed.
 */
public final class PlatformContract {
  private static final String INTEGER = "integer";
  private static final String TEXT = "text";
  private static final String TIMESTAMP = "timestamp without time zone";
  private static final String BOOLEAN = "boolean";
  private static final String DOUBLE = "double precision";

  /** table -> column -> information_schema data type. */
  private static final Map<String, Map<String, String>> TABLES = new LinkedHashMap<>();

  static {
    table("User", "id", INTEGER, "phone", TEXT, "email", TEXT, "role", TEXT, "isActive", BOOLEAN);
    table("User", "createdAt", TIMESTAMP, "updatedAt", TIMESTAMP);
    table("Admin", "id", INTEGER, "userId", INTEGER, "name", TEXT, "role", TEXT);
    table("Doctor", "id", INTEGER, "userId", INTEGER, "nameEn", TEXT, "nameBn", TEXT);
    table("Doctor", "gender", TEXT, "title", TEXT, "primarySpecialty", TEXT, "bmdcNumber", TEXT);
    table("Doctor", "registrationStatus", TEXT, "experienceYears", INTEGER);
    table("Doctor", "consultationFeeNew", INTEGER, "consultationFeeFollowUp", INTEGER);
    table("Doctor", "consultationFeeReport", INTEGER, "averageRating", DOUBLE);
    table("Doctor", "acceptNewPatients", BOOLEAN, "totalAppointments", INTEGER);
    table("Doctor", "createdAt", TIMESTAMP, "updatedAt", TIMESTAMP);
    table("Clinic", "id", INTEGER, "name", TEXT, "type", TEXT, "address", TEXT, "area", TEXT);
    table("Clinic", "city", TEXT, "phone", TEXT, "isActive", BOOLEAN, "updatedAt", TIMESTAMP);
    table("DoctorChamber", "id", INTEGER, "doctorId", INTEGER, "clinicId", INTEGER);
    table("DoctorChamber", "name", TEXT, "address", TEXT, "area", TEXT, "city", TEXT);
    table("DoctorChamber", "phone", TEXT, "daysOfWeek", TEXT, "startTime", TEXT, "endTime", TEXT);
    table("DoctorChamber", "slotDuration", INTEGER, "maxPatients", INTEGER);
    table("DoctorChamber", "consultationFee", INTEGER, "followUpFee", INTEGER);
    table("DoctorChamber", "reportCheckFee", INTEGER, "isActive", BOOLEAN);
    table("DoctorChamber", "createdAt", TIMESTAMP, "updatedAt", TIMESTAMP);
    table("Patient", "id", INTEGER, "userId", INTEGER, "name", TEXT, "nameEn", TEXT);
    table("Patient", "dateOfBirth", TIMESTAMP, "gender", TEXT, "updatedAt", TIMESTAMP);
    table("Specialty", "id", INTEGER, "name", TEXT, "nameBn", TEXT, "isActive", BOOLEAN);
    table("Specialty", "displayOrder", INTEGER);
    table("Appointment", "id", INTEGER, "patientId", INTEGER, "doctorId", INTEGER);
    table("Appointment", "chamberId", INTEGER, "clinicId", INTEGER, "date", TIMESTAMP);
    table("Appointment", "startTime", TEXT, "endTime", TEXT, "serialNumber", INTEGER);
    table("Appointment", "status", TEXT, "visitType", TEXT, "consultationType", TEXT);
    table("Appointment", "patientName", TEXT, "patientPhone", TEXT, "patientAge", INTEGER);
    table("Appointment", "patientGender", TEXT, "notes", TEXT, "fee", INTEGER);
    table("Appointment", "bookedAt", TIMESTAMP, "confirmedAt", TIMESTAMP);
    table("Appointment", "checkedInAt", TIMESTAMP, "startedAt", TIMESTAMP);
    table("Appointment", "completedAt", TIMESTAMP, "cancelledAt", TIMESTAMP);
    table("Appointment", "cancellationReason", TEXT, "createdAt", TIMESTAMP);
    table("Appointment", "updatedAt", TIMESTAMP);
  }

  private PlatformContract() {}

  private static void table(String table, String... columnsAndTypes) {
    Map<String, String> columns = TABLES.computeIfAbsent(table, t -> new LinkedHashMap<>());
    for (int i = 0; i < columnsAndTypes.length; i += 2) {
      columns.put(columnsAndTypes[i], columnsAndTypes[i + 1]);
    }
  }

  /** The platform tables the desk relies on. */
  public static List<String> tables() {
    return List.copyOf(TABLES.keySet());
  }

  /**
   * What the database in {@code c} lacks or has differently, one line each (e.g. {@code
   * Appointment.date is text; the desk needs timestamp without time zone}); empty when the desk can
   * stand on it.
   */
  public static List<String> differences(Connection c) throws SQLException {
    Map<String, Map<String, String>> found = columnsOf(c);
    List<String> differences = new ArrayList<>();
    TABLES.forEach(
        (table, columns) -> {
          Map<String, String> actual = found.get(table);
          if (actual == null) {
            differences.add("table \"" + table + "\" is missing");
            return;
          }
          columns.forEach(
              (column, type) -> {
                String has = actual.get(column);
                if (has == null) {
                  differences.add(
                      table + "." + column + " is missing (the desk needs " + type + ")");
                } else if (!compatible(has, type)) {
                  differences.add(table + "." + column + " is " + has + "; the desk needs " + type);
                }
              });
        });
    return differences;
  }

  private static boolean compatible(String actual, String needed) {
    return actual.equals(needed) || (needed.equals(TEXT) && actual.equals("character varying"));
  }

  private static Map<String, Map<String, String>> columnsOf(Connection c) throws SQLException {
    Map<String, Map<String, String>> found = new HashMap<>();
    try (var ps =
        c.prepareStatement(
            "SELECT table_name, column_name, data_type FROM information_schema.columns"
                + " WHERE table_schema = current_schema()")) {
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          found
              .computeIfAbsent(rs.getString(1), t -> new HashMap<>())
              .put(rs.getString(2), rs.getString(3));
        }
      }
    }
    return found;
  }
}
