package com.nirnoy.desk.check;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proves the hot queries can use their indexes. On a small table PostgreSQL rightly prefers a
 * sequential scan, so each plan is made with sequential scans discouraged ({@code SET LOCAL}, which
 * lasts only for this transaction and so is safe behind a transaction pooler). Each query names the
 * index meant to serve it; the item passes only when the plan uses that index.
 */
public final class QueryPlanChecks {
  private static final Pattern INDEX_NAME = Pattern.compile("\"Index Name\": \"([^\"]+)\"");

  /**
   * A query the screens run, with literal values, and the index meant to serve it. {@code
   * equallyServedBy} names an index that serves the same lookup just as well on small tables (the
   * planner may pick either there); the schema check still requires {@code index} itself.
   */
  public record HotQuery(String name, String index, String sql, String equallyServedBy) {
    public HotQuery(String name, String index, String sql) {
      this(name, index, sql, null);
    }

    boolean servedBy(Set<String> indexes) {
      return indexes.contains(index)
          || (equallyServedBy != null && indexes.contains(equallyServedBy));
    }
  }

  /** The clinic day every day-query below asks for, as the app bounds it (nearest midnight). */
  private static final String DAY =
      "\"date\" >= DATE '2026-12-01' - interval '12 hours'"
          + " AND \"date\" < DATE '2026-12-01' + interval '12 hours'";

  /** The hot queries, also explained by {@code nirnoy-desk bench} on its large database. */
  public static final List<HotQuery> QUERIES =
      List.of(
          new HotQuery(
              "Doctor search by specialty",
              "Doctor_primarySpecialty_idx",
              "SELECT id FROM \"Doctor\" WHERE \"primarySpecialty\" = 'Cardiology'"),
          new HotQuery(
              "Doctor search by name prefix",
              "Doctor_nameEn_prefix_idx",
              "SELECT id FROM \"Doctor\" WHERE lower(\"nameEn\") LIKE 'rah%'"),
          new HotQuery(
              "Doctor search by a word of the name",
              "Doctor_nameEn_trgm_idx",
              "SELECT id FROM \"Doctor\" WHERE lower(\"nameEn\") LIKE '% rah%'"),
          new HotQuery(
              "Doctor search by the Bangla name",
              "Doctor_nameBn_trgm_idx",
              "SELECT id FROM \"Doctor\" WHERE \"nameBn\" LIKE '%রহমান%'"),
          new HotQuery(
              "Doctor search by specialty prefix",
              "Doctor_specialty_prefix_idx",
              "SELECT id FROM \"Doctor\" WHERE lower(\"primarySpecialty\") LIKE 'car%'"),
          new HotQuery(
              "Doctor search by chamber name",
              "DoctorChamber_name_trgm_idx",
              "SELECT \"doctorId\" FROM \"DoctorChamber\" WHERE lower(name) LIKE '%popular%'"),
          new HotQuery(
              "Doctor search by area prefix",
              "DoctorChamber_area_prefix_idx",
              "SELECT \"doctorId\" FROM \"DoctorChamber\" WHERE lower(area) LIKE 'dha%'"),
          new HotQuery(
              "A specialty's approved doctors by rating",
              "Doctor_approved_specialty_rating_idx",
              "SELECT id FROM \"Doctor\" WHERE \"primarySpecialty\" = 'Cardiology'"
                  + " AND \"registrationStatus\" = 'APPROVED' ORDER BY \"averageRating\" DESC LIMIT 31"),
          new HotQuery(
              "Doctor search by registration status",
              "Doctor_registrationStatus_idx",
              "SELECT id FROM \"Doctor\" WHERE \"registrationStatus\" = 'PENDING'"),
          new HotQuery(
              "Doctor search by fee range",
              "Doctor_consultationFeeNew_idx",
              "SELECT id FROM \"Doctor\" WHERE \"consultationFeeNew\" BETWEEN 500 AND 800"),
          new HotQuery(
              "Doctor search by rating",
              "Doctor_averageRating_idx",
              "SELECT id FROM \"Doctor\" WHERE \"averageRating\" >= 4.5"),
          new HotQuery(
              "A doctor's profile by its address (slug)",
              "Doctor_slug_idx",
              "SELECT id FROM \"Doctor\" WHERE slug = 'dr-farhana-rahman'",
              // Prisma makes a unique index on the same column too; either is the same lookup
              "Doctor_slug_key"),
          new HotQuery(
              "Chambers in an area",
              "DoctorChamber_area_idx",
              "SELECT id FROM \"DoctorChamber\" WHERE area = 'Dhanmondi'"),
          new HotQuery(
              "Chambers in a city",
              "DoctorChamber_city_idx",
              "SELECT id FROM \"DoctorChamber\" WHERE city = 'Chattogram'"),
          new HotQuery(
              "Inactive chambers",
              "DoctorChamber_isActive_idx",
              "SELECT id FROM \"DoctorChamber\" WHERE NOT \"isActive\""),
          new HotQuery(
              "A doctor's chambers",
              "DoctorChamber_doctorId_idx",
              "SELECT id FROM \"DoctorChamber\" WHERE \"doctorId\" = 1",
              // the (doctorId, isActive) index leads with the same column
              "DoctorChamber_doctorId_isActive_idx"),
          new HotQuery(
              "A doctor's active chambers (schedule, available today)",
              "DoctorChamber_doctorId_isActive_idx",
              "SELECT id, \"daysOfWeek\" FROM \"DoctorChamber\" WHERE \"doctorId\" = 1 AND \"isActive\"",
              // a doctor has a handful of chambers: the doctorId index serves it as well
              "DoctorChamber_doctorId_idx"),
          new HotQuery(
              "A clinic's chambers",
              "DoctorChamber_clinicId_idx",
              "SELECT id FROM \"DoctorChamber\" WHERE \"clinicId\" = 1"),
          new HotQuery(
              "A doctor's day schedule",
              "Appointment_doctorId_date_idx",
              "SELECT id FROM \"Appointment\" WHERE \"doctorId\" = 1 AND status <> 'CANCELLED' AND "
                  + DAY
                  + " ORDER BY \"deskSlot\"",
              // the overlap rule's gist index leads with doctorId too; at full scale the planner
              // takes the btree (docs/benchmarks.md), on a small clinic either
              "Appointment_no_doctor_overlap"),
          new HotQuery(
              "A clinic's day list",
              "Appointment_clinicId_date_idx",
              "SELECT id FROM \"Appointment\" WHERE \"clinicId\" = 1 AND " + DAY),
          new HotQuery(
              "A chamber's appointments, day by day",
              "Appointment_chamberId_date_status_idx",
              "SELECT id FROM \"Appointment\" WHERE \"chamberId\" = 1 ORDER BY \"date\""),
          new HotQuery(
              "A patient's appointments",
              "Appointment_patientId_status_idx",
              "SELECT id FROM \"Appointment\" WHERE \"patientId\" = 1 ORDER BY \"date\""),
          new HotQuery(
              "Appointments of a day",
              "Appointment_date_status_idx",
              "SELECT id FROM \"Appointment\" WHERE " + DAY),
          new HotQuery(
              "Appointments by status",
              "Appointment_status_idx",
              "SELECT id FROM \"Appointment\" WHERE status = 'CHECKED_IN'"),
          new HotQuery(
              "Appointments booked since",
              "Appointment_bookedAt_idx",
              "SELECT id FROM \"Appointment\" WHERE \"bookedAt\" >= TIMESTAMP '2026-12-01 00:00'"),
          new HotQuery(
              "A doctor's leave",
              "DoctorLeave_doctorId_dates_idx",
              "SELECT id FROM \"DoctorLeave\" WHERE \"doctorId\" = 1"
                  + " AND \"startDate\" <= DATE '2026-12-07' AND \"endDate\" >= DATE '2026-12-01'"),
          new HotQuery(
              "A desk booking by its request id",
              "DeskBooking_requestId_key",
              "SELECT \"appointmentId\" FROM \"DeskBooking\" WHERE \"requestId\" = 'r-1'"),
          new HotQuery(
              "Accounts by phone",
              "User_phone_idx",
              "SELECT id FROM \"User\" WHERE phone = '+8801711000001'",
              // Prisma makes a unique index on the same column too; either is the same lookup
              "User_phone_key"),
          new HotQuery(
              "Accounts by email",
              "User_email_idx",
              "SELECT id FROM \"User\" WHERE email = 'karim@example.com'",
              "User_email_key"),
          new HotQuery(
              "Accounts by role", "User_role_idx", "SELECT id FROM \"User\" WHERE role = 'ADMIN'"));

  private final Connection c;

  QueryPlanChecks(Connection c) {
    this.c = c;
  }

  List<CheckResult> run() throws SQLException {
    List<CheckResult> results = new ArrayList<>();
    for (HotQuery q : QUERIES) {
      results.add(check(q));
    }
    return results;
  }

  /** The indexes a plan in {@code EXPLAIN (FORMAT JSON)} uses, in plan order. */
  public static Set<String> indexNames(String jsonPlan) {
    Set<String> indexes = new LinkedHashSet<>();
    Matcher m = INDEX_NAME.matcher(jsonPlan);
    while (m.find()) {
      indexes.add(m.group(1));
    }
    return indexes;
  }

  private CheckResult check(HotQuery q) throws SQLException {
    String plan;
    try (Statement st = c.createStatement()) {
      st.execute("SET LOCAL enable_seqscan = off");
      try (ResultSet rs = st.executeQuery("EXPLAIN (FORMAT JSON) " + q.sql())) {
        rs.next();
        plan = rs.getString(1);
      }
    } finally {
      c.rollback();
    }
    Set<String> indexes = indexNames(plan);
    String item = q.name() + " uses its index";
    if (q.servedBy(indexes) && !plan.contains("\"Seq Scan\"")) {
      return CheckResult.pass(
          item, indexes.contains(q.index()) ? q.index() : q.equallyServedBy() + " (as good here)");
    }
    String detail =
        q.index()
            + " does not serve it; the plan "
            + (indexes.isEmpty() ? "scans the whole table" : "uses " + String.join(", ", indexes));
    long rows = rowsOfTable(q.index());
    if (!indexes.isEmpty() && exists(q.index()) && rows < SMALL_TABLE) {
      // on a few rows any index is as cheap; the planner's pick says nothing about real data
      return CheckResult.warn(
          item,
          detail
              + " while the table holds "
              + Math.max(rows, 0)
              + " rows; run check again once it holds the clinic's data");
    }
    return CheckResult.fail(item, detail);
  }

  /** Below this many rows a planner preferring another index is not a fault of the schema. */
  static final long SMALL_TABLE = 10_000;

  private boolean exists(String index) throws SQLException {
    try (var ps = c.prepareStatement("SELECT to_regclass(quote_ident(?)) IS NOT NULL")) {
      ps.setString(1, index);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getBoolean(1);
      }
    } finally {
      c.rollback();
    }
  }

  /** The planner's row estimate of the table an index (named Table_...) belongs to; -1 unknown. */
  private long rowsOfTable(String index) throws SQLException {
    try (var ps =
        c.prepareStatement(
            "SELECT t.reltuples::bigint FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid"
                + " JOIN pg_class t ON t.oid = x.indrelid WHERE i.relname = ?")) {
      ps.setString(1, index);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : -1;
      }
    } finally {
      c.rollback();
    }
  }
}
