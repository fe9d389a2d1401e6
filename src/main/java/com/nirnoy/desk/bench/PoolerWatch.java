package com.nirnoy.desk.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;

/**
 * Samples PgBouncer's admin console ({@code SHOW POOLS}) once a second during the load and keeps
 * the busiest numbers: clients active and waiting, server connections in use, the longest wait.
 */
final class PoolerWatch implements AutoCloseable {
  private final Connection admin;
  private final String database;
  private final Thread sampler;
  private volatile boolean running = true;
  private volatile String version = "PgBouncer";
  private int clientsActive;
  private int clientsWaiting;
  private int serversActive;
  private double longestWaitSeconds;

  private PoolerWatch(Connection admin, String database) {
    this.admin = admin;
    this.database = database;
    this.sampler = new Thread(this::sampleEverySecond, "pgbouncer-watch");
    sampler.setDaemon(true);
  }

  static PoolerWatch start(int port, String user, String database) throws SQLException {
    Properties p = new Properties();
    p.setProperty("user", user);
    p.setProperty("preferQueryMode", "simple");
    p.setProperty("sslmode", "disable");
    Connection c =
        DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/pgbouncer", p);
    PoolerWatch w = new PoolerWatch(c, database);
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SHOW VERSION")) {
      if (rs.next()) {
        w.version = rs.getString(1);
      }
    }
    w.sampler.start();
    return w;
  }

  private void sampleEverySecond() {
    while (running) {
      try (Statement st = admin.createStatement();
          ResultSet rs = st.executeQuery("SHOW POOLS")) {
        while (rs.next()) {
          if (database.equals(rs.getString("database"))) {
            record(rs);
          }
        }
      } catch (SQLException e) {
        return;
      }
      LoadBench.sleep(1_000);
    }
  }

  private synchronized void record(ResultSet rs) throws SQLException {
    clientsActive = Math.max(clientsActive, rs.getInt("cl_active"));
    clientsWaiting = Math.max(clientsWaiting, rs.getInt("cl_waiting"));
    serversActive = Math.max(serversActive, rs.getInt("sv_active"));
    double wait = rs.getLong("maxwait") + rs.getLong("maxwait_us") / 1e6;
    longestWaitSeconds = Math.max(longestWaitSeconds, wait);
  }

  String version() {
    return version;
  }

  synchronized String describe() {
    return String.format(
        Locale.ROOT,
        "%s; %,d clients linked, %,d waiting for a server connection, %d server connections"
            + " active, longest wait %.3f s",
        version,
        clientsActive,
        clientsWaiting,
        serversActive,
        longestWaitSeconds);
  }

  @Override
  public void close() {
    running = false;
    try {
      sampler.join(3_000);
      admin.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (SQLException e) {
      // the pooler is going away anyway
    }
  }
}
