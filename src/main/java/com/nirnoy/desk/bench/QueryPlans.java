package com.nirnoy.desk.bench;

import com.nirnoy.desk.check.QueryPlanChecks;
import com.nirnoy.desk.check.QueryPlanChecks.HotQuery;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * {@code EXPLAIN ANALYZE} of every hot query of {@code nirnoy-desk check}, on the bench's large
 * database and with the planner left alone (the check discourages sequential scans because its
 * tables are small; here the data is big enough for the planner to choose by itself).
 */
final class QueryPlans {
  private static final Pattern NODE = Pattern.compile("\"Node Type\": \"([^\"]+)\"");
  private static final Pattern EXECUTION = Pattern.compile("\"Execution Time\": ([0-9.]+)");

  /** One explained query: the plan's first node, the indexes it used, and its execution time. */
  record Plan(HotQuery query, String topNode, Set<String> indexes, double millis) {
    boolean usesIndex() {
      return indexes.contains(query.index());
    }

    String markdown() {
      return String.format(
          Locale.ROOT,
          "| %s | `%s` | %s | %s | %.2f |",
          query.name(),
          query.index(),
          topNode,
          indexes.isEmpty() ? "none" : String.join(", ", indexes),
          millis);
    }

    static final String HEADER =
        "| hot query | index meant to serve it | plan's first node | indexes used | ms |";
    static final String RULE = "|---|---|---|---|---:|";
  }

  private QueryPlans() {}

  static List<Plan> explain(DataSource ds) throws SQLException {
    List<Plan> plans = new ArrayList<>();
    try (Connection c = ds.getConnection();
        Statement st = c.createStatement()) {
      for (HotQuery q : QueryPlanChecks.QUERIES) {
        String json;
        try (ResultSet rs = st.executeQuery("EXPLAIN (ANALYZE, FORMAT JSON) " + q.sql())) {
          rs.next();
          json = rs.getString(1);
        }
        plans.add(
            new Plan(q, first(NODE, json, "?"), QueryPlanChecks.indexNames(json), time(json)));
      }
      if (!c.getAutoCommit()) {
        c.rollback();
      }
    }
    return plans;
  }

  private static String first(Pattern p, String text, String otherwise) {
    Matcher m = p.matcher(text);
    return m.find() ? m.group(1) : otherwise;
  }

  private static double time(String json) {
    return Double.parseDouble(first(EXECUTION, json, "0"));
  }
}
