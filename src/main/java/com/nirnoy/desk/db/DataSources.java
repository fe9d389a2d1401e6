package com.nirnoy.desk.db;

import com.nirnoy.desk.config.ConnectionSettings;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** Builds connection pools and single connections from {@link ConnectionSettings}. */
public final class DataSources {
  private DataSources() {}

  /**
   * A HikariCP pool. Behind a transaction pooler nothing may rely on session state, so the pool
   * sets none: no init SQL, and the driver's prepared statements are off through the URL.
   */
  public static HikariDataSource pool(ConnectionSettings settings, String poolName) {
    HikariConfig config = new HikariConfig();
    config.setPoolName(poolName);
    config.setJdbcUrl(settings.jdbcUrl());
    config.setUsername(settings.user());
    config.setPassword(settings.password());
    config.setMaximumPoolSize(settings.maxPoolSize());
    config.setMinimumIdle(Math.min(2, settings.maxPoolSize()));
    config.setConnectionTimeout(10_000);
    config.setValidationTimeout(3_000);
    if (settings.maxPoolSize() > 2) {
      config.setIdleTimeout(120_000);
    }
    config.setMaxLifetime(1_500_000);
    config.setAutoCommit(false);
    // start even when the server is down: the app shows "offline" instead of refusing to open
    config.setInitializationFailTimeout(-1);
    return new HikariDataSource(config);
  }

  /**
   * A one-connection pool that gives up within about two seconds: for "does the database answer?",
   * so a desk notices an outage at once instead of after the work pool's ten-second wait. A socket
   * timeout also covers a pooler that accepts the query but has no server to send it to.
   */
  public static HikariDataSource quickProbe(ConnectionSettings settings, String poolName) {
    HikariConfig config = new HikariConfig();
    config.setPoolName(poolName);
    config.setJdbcUrl(settings.jdbcUrl() + "&connectTimeout=2&socketTimeout=3");
    config.setUsername(settings.user());
    config.setPassword(settings.password());
    config.setMaximumPoolSize(1);
    config.setMinimumIdle(1);
    config.setConnectionTimeout(2_000);
    config.setValidationTimeout(1_000);
    config.setAutoCommit(false);
    config.setInitializationFailTimeout(-1);
    return new HikariDataSource(config);
  }

  /**
   * One plain connection of its own, outside any pool, for {@code LISTEN}: notifications belong to
   * a session, which a transaction pooler does not keep. Connecting gives up after five seconds.
   */
  public static DataSource listener(ConnectionSettings direct) {
    PGSimpleDataSource ds = (PGSimpleDataSource) unpooled(direct);
    ds.setConnectTimeout(5);
    ds.setTcpKeepAlive(true);
    ds.setApplicationName("nirnoy-desk-changes");
    return ds;
  }

  /** An unpooled data source, for migrations and one-off work over the direct connection. */
  public static DataSource unpooled(ConnectionSettings settings) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(settings.jdbcUrl());
    ds.setUser(settings.user());
    ds.setPassword(settings.password());
    return ds;
  }
}
