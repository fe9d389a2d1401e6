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
 * lasts only for this transaction and so is safe behind a transaction pooler): if the plan still
 * scans the table, no index serves the query.
 */
final class QueryPlanChecks {
  private static final Pattern INDEX_NAME = Pattern.compile("\"Index Name\": \"([^\"]+)\"");

  /** A query the screens run, with literal values, and the table it must not scan. */
  record HotQuery(String name, String table, String sql) {}

  static final List<HotQuery> QUERIES =
      List.of(
          new HotQuery(
              "Doctor search by specialty",
              "Doctor",
              "SELECT id FROM \"Doctor\" WHERE specialty = 'Cardiology' AND status = 'ACTIVE'"),
          new HotQuery(
              "Doctor search by name prefix",
              "Doctor",
              "SELECT id FROM \"Doctor\" WHERE lower(name) LIKE 'rah%'"),
          new HotQuery(
              "Doctor search by fee range",
              "Doctor",
              "SELECT id FROM \"Doctor\" WHERE fee BETWEEN 500 AND 800"),
          new HotQuery(
              "Doctor search by rating", "Doctor", "SELECT id FROM \"Doctor\" WHERE rating >= 4.5"),
          new HotQuery(
              "Chambers by city and area",
              "DoctorChamber",
              "SELECT id FROM \"DoctorChamber\" WHERE city = 'Dhaka' AND area = 'Dhanmondi' AND \"isActive\""),
          new HotQuery(
              "A doctor's chambers",
              "DoctorChamber",
              "SELECT id FROM \"DoctorChamber\" WHERE \"doctorId\" = 'x'"),
          new HotQuery(
              "A doctor's day schedule",
              "Appointment",
              "SELECT id FROM \"Appointment\" WHERE \"doctorId\" = 'x' AND date = DATE '2026-12-01' ORDER BY \"startTime\""),
          new HotQuery(
              "A chamber's day list",
              "Appointment",
              "SELECT id FROM \"Appointment\" WHERE \"chamberId\" = 'x' AND date = DATE '2026-12-01' ORDER BY \"startTime\""),
          new HotQuery(
              "A patient's appointments",
              "Appointment",
              "SELECT id FROM \"Appointment\" WHERE \"patientId\" = 'x' ORDER BY date"),
          new HotQuery(
              "Appointments of a day by status",
              "Appointment",
              "SELECT id FROM \"Appointment\" WHERE date = DATE '2026-12-01' AND status = 'CONFIRMED'"),
          new HotQuery(
              "Patients by phone",
              "User",
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
    Set<String> indexes = new LinkedHashSet<>();
    Matcher m = INDEX_NAME.matcher(plan);
    while (m.find()) {
      indexes.add(m.group(1));
    }
    String item = q.name() + " uses an index";
    if (plan.contains("\"Seq Scan\"") || indexes.isEmpty()) {
      return CheckResult.fail(
          item, "scans the whole \"" + q.table() + "\" table: no index serves it");
    }
    return CheckResult.pass(item, String.join(", ", indexes));
  }
}
