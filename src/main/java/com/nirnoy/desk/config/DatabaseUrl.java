package com.nirnoy.desk.config;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a {@code postgresql://} URL as the Nirnoy web backend (Prisma) writes it, e.g. {@code
 * postgresql://postgres:${PASSWORD}@db.abc.supabase.co:6543/postgres?pgbouncer=true&connection_limit=20},
 * and turns it into JDBC and pool settings.
 *
 * <p>Rules: {@code pgbouncer=true} turns server-side prepared statements off ({@code
 * prepareThreshold=0}, required behind a transaction pooler); {@code connection_limit} becomes the
 * pool's maximum size; any host that is not local must use TLS, and by default verifies the server
 * ({@code sslmode=verify-full}: its certificate against the CA file, and its name), so nobody on
 * the network path can pose as the clinic's database. Only an explicit {@code sslmode=require}
 * encrypts without verifying ({@code check} warns about it). Passwords may contain characters that
 * are not percent-encoded; the last {@code @} before the path separates them from the host.
 */
public final class DatabaseUrl {
  static final int DEFAULT_PORT = 5432;
  static final int DEFAULT_POOL_SIZE = 10;
  static final int MAX_POOL_SIZE = 1000;
  private static final Set<String> KNOWN_SSL_MODES =
      Set.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");
  private static final Set<String> WEAK_SSL_MODES = Set.of("disable", "allow", "prefer");

  /** Prisma options that mean nothing to JDBC; accepted silently so the web's URL works as-is. */
  private static final Set<String> IGNORED_PRISMA_OPTIONS =
      Set.of("statement_cache_size", "socket_timeout", "pool_timeout");

  private DatabaseUrl() {}

  /**
   * Parses {@code url}, read from the setting named {@code variable}.
   *
   * @throws ConfigException with one line naming {@code variable} when the URL cannot be used
   */
  public static ConnectionSettings parse(String variable, String url) {
    return parse(variable, url, null);
  }

  /**
   * Parses {@code url} like {@link #parse(String, String)}; {@code rootCert} is the CA file to
   * verify the server with when the URL names none ({@code sslrootcert}), or null for pgjdbc's
   * default ({@code ~/.postgresql/root.crt}, on Windows {@code %APPDATA%\postgresql\root.crt}).
   */
  public static ConnectionSettings parse(String variable, String url, String rootCert) {
    if (url == null || url.isBlank()) {
      throw new ConfigException(
          variable + " is empty: set it to postgresql://USER:PASSWORD@HOST:PORT/DATABASE");
    }
    String text = unquote(url.strip());
    int schemeEnd = text.indexOf("://");
    String scheme = schemeEnd < 0 ? "" : text.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
    if (!scheme.equals("postgresql") && !scheme.equals("postgres")) {
      throw new ConfigException(
          variable
              + " must start with postgresql:// (found \""
              + (schemeEnd < 0 ? "no scheme" : scheme + "://")
              + "\"): write it as postgresql://USER:PASSWORD@HOST:PORT/DATABASE");
    }
    String rest = text.substring(schemeEnd + 3);
    if (rest.indexOf('#') >= 0) {
      throw new ConfigException(
          variable + " contains '#': if it is part of the password, write it as %23");
    }
    // the user info ends at the last '@' before the path or query ('@' may stay raw in a password;
    // '/', '?' and '#' in a password must be %-encoded, as in any URL)
    int authorityEnd = firstOf(rest, '/', '?');
    int at = rest.lastIndexOf('@', authorityEnd < 0 ? rest.length() : authorityEnd);
    if (at < 0) {
      throw new ConfigException(
          variable + " has no user: write it as postgresql://USER:PASSWORD@HOST:PORT/DATABASE");
    }
    String userInfo = rest.substring(0, at);
    int colon = userInfo.indexOf(':');
    String user = decode(variable, colon < 0 ? userInfo : userInfo.substring(0, colon));
    String password = colon < 0 ? null : decode(variable, userInfo.substring(colon + 1));
    if (user.isBlank()) {
      throw new ConfigException(variable + " has an empty user name before the password");
    }
    String afterAt = rest.substring(at + 1);
    if (afterAt.indexOf('@') < 0) {
      return parseServer(variable, user, password, afterAt, rootCert);
    }
    // an '@' after the host: in an option's value it may be an application name; anywhere else a
    // '/' or '?' left raw in the password cut it short, and what follows is the rest of it, so no
    // message (nor the host and database named in logs) may come from it
    int query = afterAt.indexOf('?');
    try {
      if (afterAt.substring(0, query < 0 ? afterAt.length() : query).indexOf('@') >= 0) {
        throw new ConfigException("an '@' in the host or database name");
      }
      return parseServer(variable, user, password, afterAt, rootCert);
    } catch (ConfigException e) {
      throw new ConfigException(
          variable
              + " cannot be read: if the password contains '/', '?' or '#', write them as %2F, %3F"
              + " and %23");
    }
  }

  private static ConnectionSettings parseServer(
      String variable, String user, String password, String afterAt, String rootCert) {
    int query = afterAt.indexOf('?');
    String hostPortPath = query < 0 ? afterAt : afterAt.substring(0, query);
    Map<String, String> params =
        parseQuery(variable, query < 0 ? "" : afterAt.substring(query + 1));
    int slash = hostPortPath.indexOf('/');
    String hostPort = slash < 0 ? hostPortPath : hostPortPath.substring(0, slash);
    String database = slash < 0 ? "" : decode(variable, hostPortPath.substring(slash + 1));
    if (database.isEmpty()) {
      database = "postgres";
    }
    if (database.contains("/")) {
      throw new ConfigException(
          variable + " has a database name with '/' in it: \"" + database + "\"");
    }
    HostPort hp = HostPort.parse(variable, hostPort);
    return buildSettings(variable, user, password, hp, database, params, rootCert);
  }

  private static ConnectionSettings buildSettings(
      String variable,
      String user,
      String password,
      HostPort hp,
      String database,
      Map<String, String> params,
      String defaultRootCert) {
    boolean pgbouncer = parseBoolean(variable, "pgbouncer", params.remove("pgbouncer"), false);
    int poolSize =
        parseInt(
            variable,
            "connection_limit",
            params.remove("connection_limit"),
            1,
            MAX_POOL_SIZE,
            DEFAULT_POOL_SIZE);
    Integer connectTimeout =
        params.containsKey("connect_timeout")
            ? parseInt(variable, "connect_timeout", params.remove("connect_timeout"), 0, 3600, 0)
            : null;
    String schema = params.remove("schema");
    String applicationName = params.remove("application_name");
    // Prisma's sslcert is the CA file; sslaccept=strict asks for a verified certificate
    String rootCert = params.remove("sslrootcert");
    String prismaCert = params.remove("sslcert");
    rootCert = rootCert != null ? rootCert : prismaCert != null ? prismaCert : defaultRootCert;
    String sslAccept = params.remove("sslaccept");
    String requestedMode = params.remove("sslmode");
    if (requestedMode == null && "strict".equalsIgnoreCase(sslAccept)) {
      requestedMode = "verify-full";
    }
    String sslMode = sslMode(variable, hp, requestedMode);
    IGNORED_PRISMA_OPTIONS.forEach(params::remove);
    if (!params.isEmpty()) {
      throw new ConfigException(
          variable
              + " has an option this app does not know: "
              + params.keySet().iterator().next()
              + " (known: pgbouncer, connection_limit, sslmode, sslrootcert, schema, connect_timeout,"
              + " application_name)");
    }

    StringBuilder jdbc =
        new StringBuilder("jdbc:postgresql://")
            .append(hp.forJdbc())
            .append('/')
            .append(encode(database))
            .append("?sslmode=")
            .append(sslMode)
            .append("&ApplicationName=")
            .append(encode(applicationName == null ? "nirnoy-desk" : applicationName));
    if (pgbouncer) {
      jdbc.append("&prepareThreshold=0");
    }
    if (schema != null && !schema.isBlank()) {
      jdbc.append("&currentSchema=").append(encode(schema));
    }
    if (connectTimeout != null) {
      jdbc.append("&connectTimeout=").append(connectTimeout);
    }
    if (rootCert != null && !rootCert.isBlank()) {
      jdbc.append("&sslrootcert=").append(encode(rootCert));
    }
    return new ConnectionSettings(
        variable,
        jdbc.toString(),
        user,
        password,
        hp.host(),
        hp.port(),
        database,
        pgbouncer,
        poolSize,
        sslMode);
  }

  private static String sslMode(String variable, HostPort hp, String requested) {
    if (requested == null) {
      return hp.isLocal() ? "prefer" : "verify-full";
    }
    String mode = requested.toLowerCase(Locale.ROOT);
    if (!KNOWN_SSL_MODES.contains(mode)) {
      throw new ConfigException(
          variable
              + " has sslmode="
              + requested
              + ": use verify-full (the default), verify-ca or require");
    }
    if (!hp.isLocal() && WEAK_SSL_MODES.contains(mode)) {
      throw new ConfigException(
          variable
              + " has sslmode="
              + mode
              + " for "
              + hp.host()
              + ": TLS is required for any host that is not local; remove sslmode (the server is"
              + " then verified: verify-full)");
    }
    return mode;
  }

  private static Map<String, String> parseQuery(String variable, String query) {
    Map<String, String> params = new LinkedHashMap<>();
    if (query.isEmpty()) {
      return params;
    }
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = decode(variable, eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
      String value = eq < 0 ? "" : decode(variable, pair.substring(eq + 1));
      if (params.put(key, value) != null) {
        throw new ConfigException(variable + " sets the option " + key + " twice");
      }
    }
    return params;
  }

  private static boolean parseBoolean(String variable, String name, String value, boolean dflt) {
    if (value == null) {
      return dflt;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default ->
          throw new ConfigException(
              variable + " has " + name + "=" + value + ": use true or false");
    };
  }

  private static int parseInt(
      String variable, String name, String value, int min, int max, int dflt) {
    if (value == null) {
      return dflt;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n < min || n > max) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new ConfigException(
          variable
              + " has "
              + name
              + "="
              + value
              + ": use a whole number from "
              + min
              + " to "
              + max);
    }
  }

  private static int firstOf(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    return i < 0 ? j : j < 0 ? i : Math.min(i, j);
  }

  /** A value pasted with its quotes (e.g. from a Windows {@code set X="..."}) still works. */
  private static String unquote(String s) {
    boolean quoted =
        s.length() >= 2
            && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"));
    return quoted ? s.substring(1, s.length() - 1).strip() : s;
  }

  static String decode(String variable, String s) {
    try {
      // URLDecoder turns '+' into a space; in a URL's user info and path '+' is a plain '+'
      return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(
          variable + " has a broken %-escape: encode a literal % in the password as %25");
    }
  }

  private static String encode(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
