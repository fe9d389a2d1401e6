package com.nirnoy.desk.check;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Tables, the double-booking rules and every index, read from the catalog; the slot rule is
 * recognised by its columns, under either of its names.
 */
final class SchemaChecks {
  private final Connection c;

  SchemaChecks(Connection c) {
    this.c = c;
  }

  /** The slot rule as the catalog has it: name, definition, and whether it is as the desk needs. */
  record SlotRule(String name, boolean unique, String predicate, String definition) {
    boolean knownName() {
      return name.equals(SchemaContract.SLOT_RULE)
          || name.equals(SchemaContract.SLOT_RULE_CLIENT_NAME);
    }

    boolean freesCancelled() {
      return predicate != null && predicate.contains("<>") && predicate.contains("CANCELLED");
    }
  }

  List<CheckResult> run() throws SQLException {
    List<CheckResult> results = new ArrayList<>();
    results.add(tables());
    Optional<SlotRule> slot = slotRule();
    results.add(slotRule(slot));
    results.add(overlapRule());
    results.add(serialRule());
    for (var entry : SchemaContract.INDEXES.entrySet()) {
      if (entry.getKey().equals("Appointment")) {
        results.add(appointmentIndexes(entry.getValue(), slot));
      } else {
        results.add(indexes("Indexes on ", entry.getKey(), entry.getValue()));
      }
    }
    for (var entry : new TreeMap<>(SchemaContract.DESK_INDEXES).entrySet()) {
      results.add(indexes("Desk indexes on ", entry.getKey(), entry.getValue()));
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
            "every client's appointment gets its held time, clinic and serial; bookings refused"
                + " on leave; history recorded and append-only; desks told of changes")
        : CheckResult.fail(item, "missing or disabled " + String.join(", ", missing));
  }

  private CheckResult tables() throws SQLException {
    Set<String> present =
        names(
            "SELECT c.relname FROM pg_class c WHERE c.relkind IN ('r', 'p')"
                + " AND pg_table_is_visible(c.oid)");
    List<String> missing =
        SchemaContract.TABLES.stream().filter(t -> !present.contains(t)).toList();
    String item =
        "Tables present "
            + (SchemaContract.TABLES.size() - missing.size())
            + "/"
            + SchemaContract.TABLES.size();
    return missing.isEmpty()
        ? CheckResult.pass(
            item,
            "the platform's "
                + SchemaContract.PLATFORM_TABLES.size()
                + " and the desk's "
                + String.join(", ", SchemaContract.DESK_TABLES))
        : CheckResult.fail(
            item, "missing " + String.join(", ", missing) + "; run: nirnoy-desk migrate");
  }

  /**
   * The unique index on exactly the slot's columns (any name): Prisma names it {@code
   * Appointment_doctorId_chamberId_date_startTime_key}, the seed's clients {@code
   * unique_appointment_slot}. Prefers one under a known name when there are several.
   */
  Optional<SlotRule> slotRule() throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            """
            SELECT ic.relname, i.indisunique, pg_get_expr(i.indpred, i.indrelid),
                   pg_get_indexdef(i.indexrelid)
            FROM pg_index i
            JOIN pg_class ic ON ic.oid = i.indexrelid
            JOIN pg_class t ON t.oid = i.indrelid
            WHERE t.relname = 'Appointment' AND pg_table_is_visible(t.oid) AND i.indexprs IS NULL
              AND (SELECT array_agg(a.attname::text ORDER BY k.ord)
                   FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(attnum, ord)
                   JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum)
                  = ?::text[]
            ORDER BY (ic.relname IN (?, ?)) DESC, i.indisunique DESC, ic.relname
            """)) {
      ps.setArray(1, c.createArrayOf("text", SchemaContract.SLOT_COLUMNS.toArray()));
      ps.setString(2, SchemaContract.SLOT_RULE);
      ps.setString(3, SchemaContract.SLOT_RULE_CLIENT_NAME);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new SlotRule(rs.getString(1), rs.getBoolean(2), rs.getString(3), rs.getString(4)));
      }
    }
  }

  private CheckResult slotRule(Optional<SlotRule> found) {
    String item = "Slot rule (unique_appointment_slot)";
    String columns = "(" + String.join(", ", SchemaContract.SLOT_COLUMNS) + ")";
    if (found.isEmpty()) {
      return CheckResult.fail(
          item,
          "missing: no index on "
              + columns
              + ", so double booking of one slot is not stopped by the database");
    }
    SlotRule r = found.get();
    if (!r.unique()) {
      return CheckResult.fail(item, r.name() + " is on " + columns + " but not unique");
    }
    if (!r.knownName()) {
      return CheckResult.fail(
          item,
          "unique on "
              + columns
              + " as "
              + r.name()
              + ", but the desk words a refusal only under "
              + SchemaContract.SLOT_RULE
              + " or "
              + SchemaContract.SLOT_RULE_CLIENT_NAME
              + "; rename it");
    }
    if (!r.freesCancelled()) {
      return CheckResult.warn(
          item,
          r.name()
              + " unique on "
              + columns
              + ", but a cancelled appointment keeps holding its slot; run: nirnoy-desk migrate");
    }
    return CheckResult.pass(
        item,
        r.name()
            + " unique on "
            + columns
            + " WHERE status <> 'CANCELLED' (cancelled rows free it)");
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

  private CheckResult serialRule() throws SQLException {
    String item = "Unique serial " + SchemaContract.SERIAL_RULE;
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT i.indisunique FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid"
                + " JOIN pg_class t ON t.oid = i.indrelid"
                + " WHERE ic.relname = ? AND t.relname = 'Appointment' AND pg_table_is_visible(t.oid)")) {
      ps.setString(1, SchemaContract.SERIAL_RULE);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return CheckResult.fail(item, "missing: two patients could get one serial on a day");
        }
        return rs.getBoolean(1)
            ? CheckResult.pass(item, "a serial is given once among a chamber-day's active visits")
            : CheckResult.fail(item, "present but not unique");
      }
    }
  }

  /** The seed's Appointment indexes: six by name, and the slot rule by its columns. */
  private CheckResult appointmentIndexes(List<String> named, Optional<SlotRule> slot)
      throws SQLException {
    Set<String> present = indexNames("Appointment");
    List<String> found = new ArrayList<>(named.stream().filter(present::contains).toList());
    List<String> missing =
        new ArrayList<>(named.stream().filter(i -> !present.contains(i)).toList());
    if (slot.isPresent() && slot.get().unique()) {
      found.add(slot.get().name());
    } else {
      missing.add("the slot rule (" + String.join(", ", SchemaContract.SLOT_COLUMNS) + ")");
    }
    int expected = named.size() + 1;
    String item = "Indexes on Appointment " + found.size() + "/" + expected;
    return missing.isEmpty()
        ? CheckResult.pass(item, String.join(", ", found))
        : CheckResult.fail(item, "missing " + String.join(", ", missing));
  }

  private CheckResult indexes(String label, String table, List<String> expected)
      throws SQLException {
    Set<String> present = indexNames(table);
    List<String> missing = expected.stream().filter(i -> !present.contains(i)).toList();
    String item = label + table + " " + (expected.size() - missing.size()) + "/" + expected.size();
    return missing.isEmpty()
        ? CheckResult.pass(item, String.join(", ", expected))
        : CheckResult.fail(item, "missing " + String.join(", ", missing));
  }

  private Set<String> indexNames(String table) throws SQLException {
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
    return present;
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
