package com.nirnoy.desk.check;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Tables, the double-booking constraints and every index, read from the catalog. */
final class SchemaChecks {
  private final Connection c;

  SchemaChecks(Connection c) {
    this.c = c;
  }

  List<CheckResult> run() throws SQLException {
    List<CheckResult> results = new ArrayList<>();
    results.add(tables());
    results.add(slotRule());
    results.add(overlapRule());
    for (var entry : SchemaContract.INDEXES.entrySet()) {
      results.add(indexes(entry.getKey(), entry.getValue()));
    }
    for (var entry : new TreeMap<>(SchemaContract.DESK_INDEXES).entrySet()) {
      results.add(indexes(entry.getKey(), entry.getValue()));
    }
    for (var entry : new TreeMap<>(SchemaContract.SEARCH_INDEXES).entrySet()) {
      results.add(indexes("Search indexes on ", entry.getKey(), entry.getValue()));
    }
    results.add(triggers());
    return results;
  }

  private CheckResult triggers() throws SQLException {
    Set<String> present =
        names(
            "SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
                + " WHERE NOT t.tgisinternal AND t.tgenabled <> 'D' AND pg_table_is_visible(c.oid)");
    List<String> expected =
        SchemaContract.TRIGGERS.values().stream().flatMap(List::stream).sorted().toList();
    List<String> missing = expected.stream().filter(t -> !present.contains(t)).toList();
    String item =
        "Desk rules, audit and live-refresh triggers "
            + (expected.size() - missing.size())
            + "/"
            + expected.size();
    return missing.isEmpty()
        ? CheckResult.pass(
            item,
            "bookings refused on leave; history recorded and append-only; desks told of changes")
        : CheckResult.fail(item, "missing or disabled " + String.join(", ", missing));
  }

  private CheckResult tables() throws SQLException {
    Set<String> present =
        names(
            "SELECT c.relname FROM pg_class c WHERE c.relkind = 'r' AND pg_table_is_visible(c.oid)");
    List<String> missing =
        SchemaContract.TABLES.stream().filter(t -> !present.contains(t)).toList();
    String item = "Tables present";
    return missing.isEmpty()
        ? CheckResult.pass(item, String.join(", ", SchemaContract.TABLES))
        : CheckResult.fail(
            item, "missing " + String.join(", ", missing) + "; run: nirnoy-desk migrate");
  }

  private CheckResult slotRule() throws SQLException {
    String item = "Unique constraint " + SchemaContract.SLOT_RULE;
    try (PreparedStatement ps =
        c.prepareStatement(
            """
            SELECT i.indisunique, pg_get_indexdef(i.indexrelid), pg_get_expr(i.indpred, i.indrelid)
            FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid
            WHERE ic.relname = ? AND t.relname = 'Appointment' AND pg_table_is_visible(t.oid)
            """)) {
      ps.setString(1, SchemaContract.SLOT_RULE);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return CheckResult.fail(
              item, "missing: double booking of one slot is not stopped by the database");
        }
        String def = rs.getString(2);
        String predicate = rs.getString(3);
        boolean columnsRight = def.contains("(\"doctorId\", \"chamberId\", date, \"startTime\")");
        if (!rs.getBoolean(1) || !columnsRight) {
          return CheckResult.fail(
              item, "present but not unique on (doctorId, chamberId, date, startTime): " + def);
        }
        if (predicate == null || !predicate.contains("CANCELLED")) {
          return CheckResult.warn(
              item, "present, but a cancelled appointment keeps holding its slot");
        }
        return CheckResult.pass(
            item,
            "unique on (doctorId, chamberId, date, startTime); cancelled rows free their slot");
      }
    }
  }

  private CheckResult overlapRule() throws SQLException {
    String item = "Overlap constraint " + SchemaContract.OVERLAP_RULE;
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT pg_get_constraintdef(k.oid) FROM pg_constraint k JOIN pg_class t ON t.oid = k.conrelid"
                + " WHERE k.conname = ? AND k.contype = 'x' AND t.relname = 'Appointment'"
                + " AND pg_table_is_visible(t.oid)")) {
      ps.setString(1, SchemaContract.OVERLAP_RULE);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? CheckResult.pass(
                item, "a doctor is never booked at overlapping times, at one chamber or two")
            : CheckResult.fail(
                item, "missing: a doctor could be booked twice at overlapping times");
      }
    }
  }

  private CheckResult indexes(String table, List<String> expected) throws SQLException {
    return indexes("Indexes on ", table, expected);
  }

  private CheckResult indexes(String label, String table, List<String> expected)
      throws SQLException {
    Set<String> present = new TreeSet<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT indexname FROM pg_indexes WHERE tablename = ? AND schemaname = current_schema()")) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          present.add(rs.getString(1));
        }
      }
    }
    List<String> missing = expected.stream().filter(i -> !present.contains(i)).toList();
    String item = label + table + " " + (expected.size() - missing.size()) + "/" + expected.size();
    return missing.isEmpty()
        ? CheckResult.pass(item, String.join(", ", expected))
        : CheckResult.fail(item, "missing " + String.join(", ", missing));
  }

  private Set<String> names(String sql) throws SQLException {
    Set<String> names = new TreeSet<>();
    try (PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }
}
