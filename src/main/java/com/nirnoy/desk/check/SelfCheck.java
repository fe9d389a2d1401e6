package com.nirnoy.desk.check;

import com.nirnoy.desk.config.ConnectionSettings;
import com.nirnoy.desk.db.DataSources;
import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.db.DatabaseErrors;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The seed's verification checklist, automated on the platform's schema: how the schema came to be
 * (made by the desk or adopted from the platform), structure, pooling, the connections (server
 * verified, both URLs on one database), index use and double-booking prevention, each a
 * pass/warn/fail line. Works through the same pooled settings as the app; changes nothing in the
 * database.
 */
public final class SelfCheck {
  /**
   * The platform's limit on pooled connections per client (the seed's {@code connection_limit}).
   */
  public static final int POOL_LIMIT = 20;

  private final ConnectionSettings pooled;
  private final ConnectionSettings direct;
  private final boolean embedded;
  private final List<Class<?>> entities;

  public SelfCheck(
      ConnectionSettings pooled,
      ConnectionSettings direct,
      boolean embedded,
      List<Class<?>> entities) {
    this.pooled = pooled;
    this.direct = direct;
    this.embedded = embedded;
    this.entities = entities;
  }

  /** Runs every item; a failure to connect is itself a result, not an exception. */
  public List<CheckResult> run() {
    PoolingChecks pooling = new PoolingChecks(pooled, direct, embedded);
    ConnectionChecks connections = new ConnectionChecks(pooled, direct, embedded);
    List<CheckResult> results = new ArrayList<>(pooling.run());
    results.add(connections.serverVerified());
    try (HikariDataSource ds = DataSources.pool(pooled.withPoolSize(2), "nirnoy-check");
        Connection c = ds.getConnection()) {
      results.add(
          CheckResult.pass(
              "Database answers (SELECT 1)", serverVersion(c) + " via " + pooled.describe()));
      results.add(pooling.serverConnections(c));
      results.add(pooling.poolingSeen());
      results.addAll(guard(c, RoleChecks.ITEM, () -> List.of(RoleChecks.run(c, embedded))));
      results.add(connections.sameDatabase());
      results.addAll(guard(c, "Schema layout", () -> new LayoutChecks(c, direct).run()));
      results.addAll(guard(c, "Schema", () -> new SchemaChecks(c).run()));
      results.add(hibernateValidates());
      results.addAll(guard(c, "Query plans", () -> new QueryPlanChecks(c).run()));
      results.addAll(guard(c, "Double-booking prevention", () -> bookingRules(c)));
    } catch (SQLException | RuntimeException e) {
      results.add(
          CheckResult.fail(
              "Database answers (SELECT 1)",
              "cannot connect to " + pooled.describe() + ": " + DatabaseErrors.rootMessage(e)));
    }
    return results;
  }

  /**
   * The double-booking probes write test rows (rolled back), which a desk login may not: as one,
   * they run over DIRECT_URL when that is the owner's (the IT person checking a desk), else the
   * rules' presence (Schema, above) is what this desk can see.
   */
  private List<CheckResult> bookingRules(Connection c) throws SQLException {
    if (embedded || !RoleChecks.isDesk(c)) {
      return new BookingRuleChecks(c).run();
    }
    try (Connection owner = DataSources.unpooled(direct).getConnection()) {
      owner.setAutoCommit(false);
      if (!RoleChecks.isDesk(owner)) {
        return new BookingRuleChecks(owner).run();
      }
    }
    return List.of(
        CheckResult.pass(
            "Double-booking prevention",
            "the rules are in place (Schema, above); the probes that book test rows run when the"
                + " IT person runs check with the owner's DIRECT_URL"));
  }

  /** True when no item failed. */
  public static boolean passed(List<CheckResult> results) {
    return results.stream().noneMatch(r -> r.status() == CheckResult.Status.FAIL);
  }

  private CheckResult hibernateValidates() {
    String item = "The app's mapping matches the schema (Hibernate validate)";
    try {
      Database.open(pooled.withPoolSize(1), entities).close();
      return CheckResult.pass(item, entities.size() + " entities");
    } catch (RuntimeException e) {
      return CheckResult.fail(item, DatabaseErrors.rootMessage(e));
    }
  }

  private static String serverVersion(Connection c) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT 1, current_setting('server_version')")) {
      rs.next();
      String version = "PostgreSQL " + rs.getString(2);
      c.rollback();
      return version;
    }
  }

  private interface Group {
    List<CheckResult> run() throws SQLException;
  }

  /** Runs a group; its failure is one FAIL line, and the next group starts a clean transaction. */
  private static List<CheckResult> guard(Connection c, String name, Group group) {
    try {
      return group.run();
    } catch (SQLException | RuntimeException e) {
      try {
        c.rollback();
      } catch (SQLException ignored) {
        // the connection is gone: the next group says so
      }
      return List.of(CheckResult.fail(name, DatabaseErrors.rootMessage(e)));
    }
  }
}
