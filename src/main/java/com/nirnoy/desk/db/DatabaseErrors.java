package com.nirnoy.desk.db;

import com.nirnoy.desk.config.Settings;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * The one place that reads what PostgreSQL said: SQLSTATE and constraint name, from the {@link
 * PSQLException} at the bottom of any exception chain. Hibernate loses the constraint name of
 * exclusion constraints (its {@code getConstraintName()} is null for 23P01), so the chain is walked
 * to the driver's server message instead; that also does not depend on the server's language.
 */
public final class DatabaseErrors {
  /** Deadlock and serialization failure: the transaction may simply be tried again. */
  private static final Set<String> RETRYABLE = Set.of("40P01", "40001");

  /**
   * The server ended the session: admin_shutdown (a restart, pg_terminate_backend), crash_shutdown,
   * cannot_connect_now (still starting). Like a dropped network, the outcome of a commit in flight
   * is unknown.
   */
  private static final Set<String> SESSION_ENDED = Set.of("57P01", "57P02", "57P03");

  /** The key a refusal quotes: its columns, then its values (which are not to be logged). */
  private static final Pattern QUOTED_KEY =
      Pattern.compile("^Key (\\(.*?\\))=\\(.*", Pattern.DOTALL);

  private static final Pattern REFERENCE =
      Pattern.compile(" (is not present in|is still referenced from) table (\"[^\"]*\")\\.$");

  private DatabaseErrors() {}

  /** The refusal behind {@code error}, if it was a constraint violation. */
  public static Optional<DatabaseRefusal> refusal(Throwable error) {
    return serverError(error)
        .flatMap(
            psql -> {
              DatabaseRefusal.Kind kind = DatabaseRefusal.Kind.of(psql.getSQLState());
              if (kind == null) {
                return Optional.empty();
              }
              ServerErrorMessage server = psql.getServerErrorMessage();
              String constraint = server == null ? null : server.getConstraint();
              String detail = server == null ? null : withoutValues(server.getDetail());
              return Optional.of(new DatabaseRefusal(kind, constraint, psql.getSQLState(), detail));
            });
  }

  /** The rule the server named with its error (a constraint, or a name a function raised). */
  public static Optional<String> constraint(Throwable error) {
    return serverError(error)
        .map(PSQLException::getServerErrorMessage)
        .map(ServerErrorMessage::getConstraint);
  }

  /** True for a deadlock or serialization failure: "try again", never "slot taken". */
  public static boolean isRetryable(Throwable error) {
    return sqlState(error).map(RETRYABLE::contains).orElse(false);
  }

  /**
   * True when the connection itself failed (server gone or restarted, network dropped, pool timed
   * out): whether a commit in flight happened is then unknown.
   */
  public static boolean isConnectionFailure(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("08") || SESSION_ENDED.contains(sql.getSQLState()))) {
        return true;
      }
      if (t instanceof java.net.ConnectException
          || t instanceof java.sql.SQLTransientConnectionException) {
        return true;
      }
    }
    return false;
  }

  /** The first SQLSTATE found in the chain. */
  public static Optional<String> sqlState(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        return Optional.of(sql.getSQLState());
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return Optional.empty();
  }

  private static Optional<PSQLException> serverError(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof PSQLException psql) {
        return Optional.of(psql);
      }
      if (t instanceof SQLException sql && sql.getNextException() instanceof PSQLException next) {
        return Optional.of(next);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return Optional.empty();
  }

  /**
   * A refusal's detail without the row's values, which may be a patient's name and phone or a
   * password hash: "Key (phone)=(...) already exists." keeps its columns, "Failing row contains
   * (...)" nothing of the row.
   */
  static String withoutValues(String detail) {
    if (detail == null) {
      return null;
    }
    if (detail.startsWith("Failing row contains")) {
      return "Failing row contains (values not shown)";
    }
    Matcher key = QUOTED_KEY.matcher(detail);
    if (!key.matches()) {
      return detail.contains("=(") ? "(values not shown)" : detail;
    }
    String columns = "Key " + key.group(1) + "=(values not shown)";
    Matcher reference = REFERENCE.matcher(detail);
    if (reference.find()) {
      return columns + " " + reference.group(1) + " table " + reference.group(2);
    }
    if (detail.endsWith(" already exists.")) {
      return columns + " already exists";
    }
    return detail.contains(" conflicts with existing key ")
        ? columns + " conflicts with an existing key"
        : columns;
  }

  /**
   * When {@code error} is the server failing TLS verification (or the CA file missing): one line
   * saying so and what to do.
   */
  public static Optional<String> tlsProblem(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      String message = t.getMessage() == null ? "" : t.getMessage();
      if (message.startsWith("Could not open SSL root certificate file")) {
        String file = message.substring("Could not open SSL root certificate file".length());
        return Optional.of(
            "no CA certificate to verify the server with at "
                + file.strip().replaceAll("\\.$", "")
                + ": "
                + Settings.CA_ADVICE);
      }
      if (message.startsWith("The server does not support SSL")) {
        return Optional.of(
            "the server does not offer TLS, which verifying it needs: connect to a server that"
                + " does (Supabase's do), or for a server on this computer remove sslmode from the"
                + " URL");
      }
      if (message.startsWith("Loading the SSL root certificate")) {
        return Optional.of(
            "the CA certificate file could not be read as a certificate: " + Settings.CA_ADVICE);
      }
      if (message.contains("could not be verified by hostnameverifier")) {
        return Optional.of(
            "the server's certificate is not for the host in the URL: use the host name the"
                + " provider gives (e.g. db.PROJECT.supabase.co), and "
                + Settings.CA_ADVICE);
      }
      if (t instanceof javax.net.ssl.SSLHandshakeException
              && (message.contains("PKIX") || message.contains("certificate"))
          || t instanceof java.security.cert.CertificateException
          || t instanceof java.security.cert.CertPathValidatorException
          || t instanceof java.security.cert.CertPathBuilderException) {
        return Optional.of(
            "the server's certificate could not be verified ("
                + firstLine(rootOf(t))
                + "): "
                + Settings.CA_ADVICE);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return Optional.empty();
  }

  /**
   * The first line of the deepest cause's message: what actually went wrong; for a server that
   * could not be verified, what to do about it ({@link #tlsProblem}).
   */
  public static String rootMessage(Throwable e) {
    Optional<String> tls = tlsProblem(e);
    if (tls.isPresent()) {
      return tls.get();
    }
    return firstLine(rootOf(e));
  }

  private static Throwable rootOf(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }

  private static String firstLine(Throwable t) {
    String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return message.strip().lines().findFirst().orElse(message);
  }
}
