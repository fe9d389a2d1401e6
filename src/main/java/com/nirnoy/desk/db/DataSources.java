package com.nirnoy.desk.db;

import com.nirnoy.desk.config.ConnectionSettings;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Builds connection pools and single connections from {@link ConnectionSettings}.
 *
 * <p>Every data source asks the driver to keep the server's error detail out of exception messages
 * ({@code logServerErrorDetail=false}): a refusal's detail quotes the row ("Key (phone)=(...)",
 * "Failing row contains (...)"), and exception messages reach log files. Code that needs the detail
 * reads it from the server's message object ({@link DatabaseErrors}), which keeps it.
 */
public final class DataSources {
  /**
   * The work pool's limit on one statement, in seconds. A desk's statements take milliseconds
   * (docs/benchmarks.md: reads 2-6 ms at full scale), so ten seconds is a thousand times that and
   * still short enough that a receptionist is told "no answer" instead of facing a frozen screen.
   * The driver enforces it by sending a cancel request, which works through PgBouncer; a
   * server-side {@code statement_timeout} would have to be sent as a startup option, which a
   * transaction pooler may refuse, or set per session, which it does not keep.
   */
  static final int STATEMENT_LIMIT_SECONDS = 10;

  /**
   * How long the work pool waits for any answer on its socket, in seconds: the backstop for a
   * pooler that hangs or a network that dropped without a word (no reset ever comes), where not
   * even the cancel request gets through. Longer than {@link #STATEMENT_LIMIT_SECONDS}, so a server
   * that is merely slow is stopped by the cancel first (SQLSTATE 57014, the connection stays
   * usable).
   */
  static final int SOCKET_TIMEOUT_SECONDS = 15;

  private DataSources() {}

  /**
   * A HikariCP pool. Behind a transaction pooler nothing may rely on session state, so the pool
   * sets none: no init SQL, and the driver's prepared statements are off through the URL. A
   * statement gets {@link #STATEMENT_LIMIT_SECONDS}, a silent socket {@link
   * #SOCKET_TIMEOUT_SECONDS}, so a hung pooler or a dropped network ends in an SQLException (a
   * connection failure: the app's "unknown outcome" and offline handling take it) instead of a
   * request that never returns. TCP keepalive lets the operating system find idle pooled
   * connections that a router or NAT dropped (at its own pace, often hours); the pool checks a
   * connection before lending it anyway.
   */
  public static HikariDataSource pool(ConnectionSettings settings, String poolName) {
    HikariConfig config = base(settings, poolName);
    config.addDataSourceProperty("queryTimeout", String.valueOf(STATEMENT_LIMIT_SECONDS));
    config.addDataSourceProperty("socketTimeout", String.valueOf(SOCKET_TIMEOUT_SECONDS));
    config.addDataSourceProperty("tcpKeepAlive", "true");
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
    HikariConfig config = base(settings, poolName);
    // in the URL, where they win over a connect_timeout the clinic's URL may set
    config.setJdbcUrl(settings.jdbcUrl() + "&connectTimeout=2&socketTimeout=3");
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
    ds.setLogServerErrorDetail(false);
    return ds;
  }

  private static HikariConfig base(ConnectionSettings settings, String poolName) {
    HikariConfig config = new HikariConfig();
    config.setPoolName(poolName);
    config.setJdbcUrl(settings.jdbcUrl());
    config.setUsername(settings.user());
    config.setPassword(settings.password());
    config.addDataSourceProperty("logServerErrorDetail", "false");
    return config;
  }
}
