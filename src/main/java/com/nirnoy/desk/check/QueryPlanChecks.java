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

  /** The hot queries, also explained by {@code nirnoy-desk bench} on its large database. */
  public static final List<HotQuery> QUERIES =
      List.of(
          new HotQuery(
              "Doctor search by specialty",
              "Doctor_specialty_idx",
              "SELECT id FROM \"Doctor\" WHERE specialty = 'Cardiology'"),
          new HotQuery(
              "Doctor search by name prefix",
              "Doctor_name_idx",
              "SELECT id FROM \"Doctor\" WHERE lower(name) LIKE 'rah%'"),
          new HotQuery(
              "Doctor search by a word of the name",
              "Doctor_name_trgm_idx",
              "SELECT id FROM \"Doctor\" WHERE lower(name) LIKE '% rah%'"),
          new HotQuery(
              "Doctor search by specialty prefix",
              "Doctor_specialty_prefix_idx",
              "SELECT id FROM \"Doctor\" WHERE lower(specialty) LIKE 'car%'"),
          new HotQuery(
              "Doctor search by chamber name",
              "DoctorChamber_name_trgm_idx",
              "SELECT \"doctorId\" FROM \"DoctorChamber\" WHERE lower(name) LIKE '%popular%'"),
          new HotQuery(
              "Doctor search by area prefix",
              "DoctorChamber_area_prefix_idx",
              "SELECT \"doctorId\" FROM \"DoctorChamber\" WHERE lower(area) LIKE 'dha%'"),
          new HotQuery(
              "Doctor sits on a weekday (available today)",
              "ChamberSession_doctorId_day_idx",
              "SELECT \"chamberId\" FROM \"ChamberSession\" WHERE \"doctorId\" = 'x' AND \"dayOfWeek\" = 2 AND \"isActive\"",
              // the overlap rule's gist index has the same leading columns; at full scale the
              // planner takes the btree (see docs/benchmarks.md), on a small clinic either
              "ChamberSession_no_overlap"),
          new HotQuery(
              "A specialty's active doctors by rating",
              "Doctor_active_specialty_rating_idx",
              "SELECT id FROM \"Doctor\" WHERE specialty = 'Cardiology' AND status = 'ACTIVE'"
                  + " ORDER BY rating DESC LIMIT 31"),
          new HotQuery(
              "Doctor search by status",
              "Doctor_status_idx",
              "SELECT id FROM \"Doctor\" WHERE status = 'ON_LEAVE'"),
          new HotQuery(
              "Doctor search by fee range",
              "Doctor_fee_idx",
              "SELECT id FROM \"Doctor\" WHERE fee BETWEEN 500 AND 800"),
          new HotQuery(
              "Doctor search by rating",
              "Doctor_rating_idx",
              "SELECT id FROM \"Doctor\" WHERE rating >= 4.5"),
          new HotQuery(
              "Chambers by city and area",
              "DoctorChamber_city_area_idx",
              "SELECT id FROM \"DoctorChamber\" WHERE city = 'Dhaka' AND area = 'Dhanmondi'"),
          new HotQuery(
              "A doctor's chambers",
              "DoctorChamber_doctorId_idx",
              "SELECT id FROM \"DoctorChamber\" WHERE \"doctorId\" = 'x'"),
          new HotQuery(
              "A doctor's day schedule",
              "Appointment_doctorId_date_idx",
              "SELECT id FROM \"Appointment\" WHERE \"doctorId\" = 'x' AND date = DATE '2026-12-01' ORDER BY \"startTime\""),
          new HotQuery(
              "Chambers at one place (for its day list)",
              "DoctorChamber_place_idx",
              "SELECT id FROM \"DoctorChamber\" WHERE name = 'Dhanmondi Diagnostic Centre' AND address = 'House 1, Road 1, Dhanmondi, Dhaka'"),
          new HotQuery(
              "A chamber's day list",
              "Appointment_chamberId_date_idx",
              "SELECT id FROM \"Appointment\" WHERE \"chamberId\" = 'x' AND date = DATE '2026-12-01' ORDER BY \"startTime\""),
          new HotQuery(
              "A patient's appointments",
              "Appointment_patientId_idx",
              "SELECT id FROM \"Appointment\" WHERE \"patientId\" = 'x' ORDER BY date"),
          new HotQuery(
              "Appointments of a day",
              "Appointment_date_idx",
              "SELECT id FROM \"Appointment\" WHERE date = DATE '2026-12-01'"),
          new HotQuery(
              "Appointments by status",
              "Appointment_status_idx",
              "SELECT id FROM \"Appointment\" WHERE status = 'ARRIVED'"),
          new HotQuery(
              "Patients by phone",
              "User_phone_idx",
              "SELECT id FROM \"User\" WHERE phone = '+8801711000001'"));

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
    return CheckResult.fail(
        item,
        q.index()
            + " does not serve it; the plan "
            + (indexes.isEmpty() ? "scans the whole table" : "uses " + String.join(", ", indexes)));
  }
}
