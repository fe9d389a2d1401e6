package com.nirnoy.desk.db;

import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
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
              String detail = server == null ? null : server.getDetail();
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

  /** The first line of the deepest cause's message: what actually went wrong. */
  public static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message =
        root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return message.strip().lines().findFirst().orElse(message);
  }
}
