package com.nirnoy.desk.pooler;

import java.nio.file.Path;

/**
 * What a {@link PgBouncer} sits in front of and how many connections it takes and gives: always
 * transaction pooling (as Supabase's port 6543), trusted local clients, listening on 127.0.0.1.
 *
 * @param database the one database it offers, or {@code null} for every database on the server
 *     (clients then pass their own user name through)
 * @param serverUser the user it connects to the server as, or {@code null} for the client's
 * @param clientUser the user clients connect to it as (PgBouncer wants every client user listed)
 * @param moreClientUsers other users clients may connect as (e.g. the clinic's desk logins)
 * @param serverConnections at most this many connections to each database on the server
 * @param maxClients at least this many clients may connect at once (a margin is added)
 */
public record PgBouncerConfig(
    String serverHost,
    int serverPort,
    String database,
    String serverUser,
    String serverPassword,
    String clientUser,
    java.util.List<String> moreClientUsers,
    int serverConnections,
    int maxClients) {

  private static final int DEFAULT_SERVER_CONNECTIONS = 20;
  private static final int DEFAULT_MAX_CLIENTS = 400;
  private static final int CLIENT_MARGIN = 100;

  public PgBouncerConfig {
    if (serverConnections < 1 || maxClients < 1) {
      throw new IllegalArgumentException(
          "PgBouncer needs at least one server connection and one client");
    }
  }

  /** Every database on the server, clients connecting as {@code user} (passed through). */
  public static PgBouncerConfig allDatabases(String serverHost, int serverPort, String user) {
    return new PgBouncerConfig(
        serverHost,
        serverPort,
        null,
        null,
        null,
        user,
        java.util.List.of(),
        DEFAULT_SERVER_CONNECTIONS,
        DEFAULT_MAX_CLIENTS);
  }

  /** Only {@code database}, reached as {@code user} with {@code password} (may be null). */
  public static PgBouncerConfig oneDatabase(
      String serverHost, int serverPort, String database, String user, String password) {
    return new PgBouncerConfig(
        serverHost,
        serverPort,
        database,
        user,
        password,
        user,
        java.util.List.of(),
        DEFAULT_SERVER_CONNECTIONS,
        DEFAULT_MAX_CLIENTS);
  }

  /** The same, with {@code serverConnections} to the server and room for {@code maxClients}. */
  public PgBouncerConfig withConnections(int serverConnections, int maxClients) {
    return new PgBouncerConfig(
        serverHost,
        serverPort,
        database,
        serverUser,
        serverPassword,
        clientUser,
        moreClientUsers,
        serverConnections,
        maxClients);
  }

  /** The same, also letting clients connect as {@code users}. */
  public PgBouncerConfig withClientUsers(java.util.List<String> users) {
    return new PgBouncerConfig(
        serverHost,
        serverPort,
        database,
        serverUser,
        serverPassword,
        clientUser,
        java.util.List.copyOf(users),
        serverConnections,
        maxClients);
  }

  /**
   * pgbouncer.ini for listening on {@code listenPort}, with its user list at {@code userList}. No
   * log or pid file: it logs to its output, which the launcher keeps; the reset query is off
   * (transaction pooling never runs it) and a lost server is retried every second, so it comes back
   * soon after a PostgreSQL restart.
   */
  public String ini(int listenPort, Path userList) {
    return String.join(
        "\n",
        "[databases]",
        (database == null ? "*" : database) + " = " + serverConnString(),
        "[pgbouncer]",
        "listen_addr = 127.0.0.1",
        "listen_port = " + listenPort,
        "unix_socket_dir =",
        "auth_type = trust",
        "auth_file = " + userList,
        "admin_users = " + clientUser,
        "pool_mode = transaction",
        "default_pool_size = " + serverConnections,
        "max_db_connections = " + serverConnections,
        "max_client_conn = " + (maxClients + CLIENT_MARGIN),
        "server_reset_query =",
        "server_login_retry = 1",
        "ignore_startup_parameters = extra_float_digits,options",
        "");
  }

  /** The user list: with {@code auth_type = trust} only the name counts. */
  public String userList() {
    StringBuilder list = new StringBuilder("\"" + clientUser + "\" \"\"\n");
    moreClientUsers.forEach(u -> list.append('"').append(u).append("\" \"\"\n"));
    return list.toString();
  }

  private String serverConnString() {
    StringBuilder s = new StringBuilder("host=" + serverHost + " port=" + serverPort);
    if (database != null) {
      s.append(" dbname=").append(database);
    }
    if (serverUser != null) {
      s.append(" user=").append(serverUser);
    }
    if (serverPassword != null) {
      s.append(" password=").append(serverPassword);
    }
    return s.toString();
  }
}
