package com.nirnoy.desk.bench;

import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Samples both ends of the pooler once a second during the load and keeps the busiest numbers: on
 * the client side the desks' open connections to PgBouncer (the app's pool), on the server side
 * PostgreSQL's backends for the bench database and how many were running a query. (PgBouncer 1.18's
 * admin console refuses the JDBC driver's start-up settings, so PostgreSQL is asked instead.)
 */
final class PoolerWatch implements AutoCloseable {
  private static final String BACKENDS =
      """
      SELECT count(*), count(*) FILTER (WHERE state = 'active')
      FROM pg_stat_activity
      WHERE datname = current_database() AND backend_type = 'client backend'
        AND application_name <> 'nirnoy-bench-watch'
      """;

  private final Connection direct;
  private final HikariPoolMXBean clients;
  private final Thread sampler;
  private volatile boolean running = true;
  private int clientsOpen;
  private int serverBackends;
  private int serverBusy;

  private PoolerWatch(Connection direct, HikariPoolMXBean clients) {
    this.direct = direct;
    this.clients = clients;
    this.sampler = new Thread(this::sampleEverySecond, "pooler-watch");
    sampler.setDaemon(true);
  }

  static PoolerWatch start(DataSource server, HikariPoolMXBean clients) throws SQLException {
    Connection c = server.getConnection();
    c.setAutoCommit(true);
    c.setClientInfo("ApplicationName", "nirnoy-bench-watch");
    PoolerWatch w = new PoolerWatch(c, clients);
    w.sampler.start();
    return w;
  }

  private void sampleEverySecond() {
    while (running) {
      try (Statement st = direct.createStatement();
          ResultSet rs = st.executeQuery(BACKENDS)) {
        rs.next();
        record(clients.getTotalConnections(), rs.getInt(1), rs.getInt(2));
      } catch (SQLException e) {
        return;
      }
      LoadBench.sleep(1_000);
    }
  }

  private synchronized void record(int open, int backends, int busy) {
    clientsOpen = Math.max(clientsOpen, open);
    serverBackends = Math.max(serverBackends, backends);
    serverBusy = Math.max(serverBusy, busy);
  }

  synchronized String describe() {
    return String.format(
        Locale.ROOT,
        "at most %,d client connections open to PgBouncer, %d PostgreSQL backends for the bench"
            + " database (%d running a query at once)",
        clientsOpen,
        serverBackends,
        serverBusy);
  }

  @Override
  public void close() {
    running = false;
    try {
      sampler.join(3_000);
      direct.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (SQLException e) {
      // the run is over anyway
    }
  }
}
