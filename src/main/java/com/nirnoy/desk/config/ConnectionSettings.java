package com.nirnoy.desk.config;

/**
 * Everything needed to open connections to one PostgreSQL database.
 *
 * @param source where the settings came from, e.g. {@code DATABASE_URL} or {@code embedded}
 * @param jdbcUrl the JDBC URL, without user or password
 * @param pgbouncer true when a transaction pooler (PgBouncer, Supavisor) sits in front: prepared
 *     statements are off and nothing may rely on session state
 * @param maxPoolSize the most connections this app's pool may hold open
 */
public record ConnectionSettings(
    String source,
    String jdbcUrl,
    String user,
    String password,
    String host,
    int port,
    String database,
    boolean pgbouncer,
    int maxPoolSize,
    String sslMode) {

  /** The port Supabase's transaction pooler listens on. */
  public static final int SUPABASE_POOLER_PORT = 6543;

  /** Settings for a server on this computer, reached without TLS (embedded PostgreSQL, tests). */
  public static ConnectionSettings local(
      String source, int port, String database, String user, int maxPoolSize) {
    String url =
        "jdbc:postgresql://localhost:" + port + "/" + database + "?ApplicationName=nirnoy-desk";
    return new ConnectionSettings(
        source, url, user, null, "localhost", port, database, false, maxPoolSize, "disable");
  }

  public ConnectionSettings withPassword(String newPassword) {
    return new ConnectionSettings(
        source, jdbcUrl, user, newPassword, host, port, database, pgbouncer, maxPoolSize, sslMode);
  }

  /** The same database, reached as another role. */
  public ConnectionSettings withLogin(String newUser, String newPassword) {
    return new ConnectionSettings(
        source,
        jdbcUrl,
        newUser,
        newPassword,
        host,
        port,
        database,
        pgbouncer,
        maxPoolSize,
        sslMode);
  }

  public ConnectionSettings withPoolSize(int size) {
    return new ConnectionSettings(
        source, jdbcUrl, user, password, host, port, database, pgbouncer, size, sslMode);
  }

  /** Where this points, safe to show and log: never the password. */
  public String describe() {
    return user + "@" + host + ":" + port + "/" + database + (pgbouncer ? " (pgbouncer)" : "");
  }

  /** Never print the password, even by accident. */
  @Override
  public String toString() {
    return "ConnectionSettings["
        + source
        + " "
        + describe()
        + ", pool "
        + maxPoolSize
        + ", sslmode "
        + sslMode
        + "]";
  }
}
