package com.nirnoy.desk.check;

import com.nirnoy.desk.config.ConnectionSettings;
import com.nirnoy.desk.db.DataSources;
import com.nirnoy.desk.db.DatabaseErrors;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** The seed's "Connection Pooling" items: pooled port for the app, direct port for migrations. */
final class PoolingChecks {
  private final ConnectionSettings pooled;
  private final ConnectionSettings direct;
  private final boolean embedded;

  PoolingChecks(ConnectionSettings pooled, ConnectionSettings direct, boolean embedded) {
    this.pooled = pooled;
    this.direct = direct;
    this.embedded = embedded;
  }

  List<CheckResult> run() {
    return List.of(pooledConnection(), migrationConnection(), poolSize());
  }

  private CheckResult pooledConnection() {
    String item = "App connects through the pooler";
    if (embedded) {
      return CheckResult.pass(
          item, "built-in database on this computer: direct local connections, no pooler needed");
    }
    if (pooled.pgbouncer()) {
      return CheckResult.pass(
          item,
          "DATABASE_URL port "
              + pooled.port()
              + ", pgbouncer=true (transaction pooling, prepared statements off)");
    }
    if (pooled.port() == ConnectionSettings.SUPABASE_POOLER_PORT) {
      return CheckResult.fail(
          item,
          "DATABASE_URL uses port 6543 without pgbouncer=true: add ?pgbouncer=true or queries will fail");
    }
    return CheckResult.warn(
        item,
        "DATABASE_URL port "
            + pooled.port()
            + " has no pgbouncer=true: connecting directly (fine for one clinic server, not for Supabase)");
  }

  private CheckResult migrationConnection() {
    String item = "Migrations use the direct connection";
    if (embedded) {
      return CheckResult.pass(item, "built-in database: port " + direct.port());
    }
    if (direct.pgbouncer() || direct.port() == ConnectionSettings.SUPABASE_POOLER_PORT) {
      return CheckResult.fail(
          item,
          "migrations would go through the transaction pooler (port "
              + direct.port()
              + "): set DIRECT_URL to port 5432");
    }
    return CheckResult.pass(item, direct.source() + " port " + direct.port());
  }

  private CheckResult poolSize() {
    String item = "Pool size within the limit";
    int size = pooled.maxPoolSize();
    return size <= SelfCheck.POOL_LIMIT
        ? CheckResult.pass(
            item, "at most " + size + " connections (limit " + SelfCheck.POOL_LIMIT + ")")
        : CheckResult.fail(
            item,
            "connection_limit="
                + size
                + " is above "
                + SelfCheck.POOL_LIMIT
                + ": lower it in DATABASE_URL");
  }

  /**
   * The seed's "active connections stay below 20": server connections to this database now. Other
   * clients (the web backend, other desks, the pooler) share the server, so going over is a warning
   * to look, not proof this app misbehaves; this app's own pool is capped by "Pool size" above.
   */
  CheckResult serverConnections(Connection c) {
    String item = "Active server connections below " + SelfCheck.POOL_LIMIT;
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()")) {
      rs.next();
      int total = rs.getInt(1);
      c.rollback();
      return total < SelfCheck.POOL_LIMIT
          ? CheckResult.pass(item, total + " on this database now")
          : CheckResult.warn(
              item,
              total + " on this database now: check which clients hold them (pg_stat_activity)");
    } catch (SQLException e) {
      return CheckResult.warn(
          item, "could not read pg_stat_activity: " + DatabaseErrors.rootMessage(e));
    }
  }

  /**
   * The pooling the server actually sees, measured rather than read from the URL (decision 0015).
   * Two client connections, both still open, each ask for their server backend: the same backend
   * for both proves transaction pooling (a direct connection or a session pooler gives each client
   * its own backend while it stays connected; PgBouncer hands the most recently used server
   * connection to the next transaction). Apart from that, the port PostgreSQL itself listens on
   * ({@code inet_server_port()}) differs from the port dialled when anything sits in between.
   */
  CheckResult poolingSeen() {
    String item = "Pooling mode seen from the server";
    try (Connection a = DataSources.unpooled(pooled).getConnection();
        Connection b = DataSources.unpooled(pooled).getConnection()) {
      int serverPort = number(a, "SELECT coalesce(inet_server_port(), 0)");
      int first = number(a, "SELECT pg_backend_pid()");
      int second = number(b, "SELECT pg_backend_pid()");
      String ports = "server port " + serverPort + ", the app dials " + pooled.port();
      if (first == second) {
        return pooled.pgbouncer()
            ? CheckResult.pass(
                item,
                "transaction pooling (PgBouncer): two open client connections shared server"
                    + " backend "
                    + first
                    + "; "
                    + ports)
            : CheckResult.fail(
                item, "transaction pooling found, but DATABASE_URL lacks pgbouncer=true: add it");
      }
      if (serverPort != 0 && serverPort != pooled.port()) {
        String proxy =
            "a pooler or proxy in front ("
                + ports
                + "); each client had its own backend, so transaction pooling is not proven";
        return pooled.pgbouncer() ? CheckResult.pass(item, proxy) : CheckResult.warn(item, proxy);
      }
      return pooled.pgbouncer()
          ? CheckResult.warn(
              item, "pgbouncer=true, but connections reach PostgreSQL directly (" + ports + ")")
          : CheckResult.pass(item, "direct connections to PostgreSQL, no pooler (" + ports + ")");
    } catch (SQLException | RuntimeException e) {
      return CheckResult.warn(item, "could not tell: " + DatabaseErrors.rootMessage(e));
    }
  }

  private static int number(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
