package com.nirnoy.desk.db;

import com.nirnoy.desk.config.ConnectionSettings;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pooled connection to the clinic database: a HikariCP pool under a Hibernate session factory
 * that only validates the schema Flyway made. All work goes through {@link #inTransaction}: one
 * short transaction per use case.
 */
public final class Database implements AutoCloseable {
  /** Attempts for a transaction that hit a deadlock or serialization failure. */
  static final int MAX_ATTEMPTS = 5;

  private static final Logger log = LoggerFactory.getLogger(Database.class);

  /**
   * The SQL expression that presents the desk's session token (one parameter) for the rest of the
   * transaction: the database derives the staff member and role from it (for its policies and audit
   * trail) and refuses an ended session with {@link SessionEndedException}.
   */
  public static final String USE_SESSION_SQL = "nirnoy_use_session(?)";

  private final ConnectionSettings settings;
  private final HikariDataSource pool;
  private final SessionFactory sessionFactory;
  private volatile Supplier<String> sessionToken = () -> null;
  private volatile Runnable onSessionEnded = () -> {};
  private HikariDataSource probe;

  private Database(
      ConnectionSettings settings, HikariDataSource pool, SessionFactory sessionFactory) {
    this.settings = settings;
    this.pool = pool;
    this.sessionFactory = sessionFactory;
  }

  /** Opens the pool and validates the entity mapping against the (already migrated) schema. */
  public static Database open(ConnectionSettings pooled, List<Class<?>> entities) {
    HikariDataSource pool = DataSources.pool(pooled, "nirnoy-pool");
    try {
      Configuration cfg = new Configuration();
      entities.forEach(cfg::addAnnotatedClass);
      cfg.getProperties().put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, pool);
      cfg.setProperty(AvailableSettings.HBM2DDL_AUTO, "validate");
      // the schema uses Prisma's quoted camelCase names; field names match them exactly
      cfg.setProperty(AvailableSettings.GLOBALLY_QUOTED_IDENTIFIERS, "true");
      cfg.setProperty(AvailableSettings.STATEMENT_BATCH_SIZE, "50");
      cfg.setProperty(AvailableSettings.ORDER_INSERTS, "true");
      cfg.setProperty(AvailableSettings.ORDER_UPDATES, "true");
      cfg.setProperty(AvailableSettings.CONNECTION_PROVIDER_DISABLES_AUTOCOMMIT, "true");
      cfg.setProperty(AvailableSettings.SHOW_SQL, "false");
      // the platform's instants are TIMESTAMP(3) columns holding UTC wall-clock time (Prisma's)
      cfg.setProperty(AvailableSettings.JDBC_TIME_ZONE, "UTC");
      cfg.setProperty(AvailableSettings.PREFERRED_INSTANT_JDBC_TYPE, "TIMESTAMP");
      SessionFactory sf = cfg.buildSessionFactory();
      Database db = new Database(pooled, pool, sf);
      log.info(
          "Database connected with connection pooling enabled (HikariCP, at most {} connections) to {}",
          pooled.maxPoolSize(),
          pooled.describe());
      log.info(poolingMode(pooled));
      return db;
    } catch (RuntimeException e) {
      pool.close();
      throw new DatabaseUnavailableException(
          "Could not open "
              + pooled.describe()
              + ": "
              + DatabaseErrors.sqlState(e).map(s -> "SQLSTATE " + s + ", ").orElse("")
              + DatabaseErrors.rootMessage(e),
          e);
    }
  }

  /** The seed's second start-up line, made true: which pooling is actually in use. */
  public static String poolingMode(ConnectionSettings s) {
    if (s.pgbouncer()) {
      return "Using pgBouncer pooling mode (transaction pooling; server-side prepared statements off)";
    }
    if (s.port() == ConnectionSettings.SUPABASE_POOLER_PORT) {
      return "Port 6543 is Supabase's transaction pooler but pgbouncer=true is missing: add it to the URL";
    }
    return "Using direct connections (no external pooler); HikariCP pools them";
  }

  /**
   * Runs {@code work} in one transaction: commits when it returns, rolls back on any throwable, and
   * always closes the session. A deadlock or serialization failure is retried a bounded number of
   * times (they mean "try again", never "slot taken"); any other failure is rethrown as is.
   */
  public <T> T inTransaction(Function<Session, T> work) {
    return withRetries(work, Use.WRITE);
  }

  /**
   * Runs {@code work}, which only reads, like {@link #inTransaction}: in a read-only session (no
   * snapshots kept for dirty checking).
   */
  public <T> T read(Function<Session, T> work) {
    return withRetries(work, Use.READ);
  }

  /**
   * Runs {@code work} like {@link #inTransaction}, but does not present the session first: {@code
   * work} presents it itself with its first statement ({@link #USE_SESSION_SQL}, see {@link
   * #sessionToken()}), which saves a round trip for a use case that is one statement, such as a
   * booking.
   */
  public <T> T inTransactionPresentingSessionItself(Function<Session, T> work) {
    return withRetries(work, Use.SELF_PRESENTED_WRITE);
  }

  /**
   * Runs {@code work} in a committing transaction that presents no session: for signing in and out,
   * and for what the sign-in screen asks before anyone is signed in.
   */
  public <T> T withoutSession(Function<Session, T> work) {
    return withRetries(work, Use.NO_SESSION);
  }

  /**
   * Runs {@code work} like {@link #inTransaction} but always rolls back: a dry run, e.g. to show
   * what a change would do before the user confirms it. Triggers run and are rolled back too.
   */
  public <T> T inRolledBackTransaction(Function<Session, T> work) {
    return withRetries(work, Use.DRY_RUN);
  }

  /** What a transaction is for, which decides how it starts and ends. */
  private enum Use {
    WRITE(true, true),
    SELF_PRESENTED_WRITE(true, false),
    DRY_RUN(false, true),
    READ(true, true),
    NO_SESSION(true, false);

    final boolean commit;
    final boolean presentSession;

    Use(boolean commit, boolean presentSession) {
      this.commit = commit;
      this.presentSession = presentSession;
    }
  }

  /**
   * Who is working at this desk: {@code token} gives the opaque token of the signed-in staff
   * member's database session ({@code nirnoy_sign_in}), or null. Every transaction presents it
   * ({@link #USE_SESSION_SQL}, transaction-local, so safe behind PgBouncer's transaction pooling);
   * the database derives who is working from it, never from anything else the desk says.
   */
  public void sessionFrom(Supplier<String> token) {
    this.sessionToken = token;
  }

  /**
   * Called (on the thread that met it) when the database refuses this desk's session: it expired,
   * was revoked, or its account was deactivated. The desk signs in again.
   */
  public void onSessionEnded(Runnable action) {
    this.onSessionEnded = action;
  }

  /** The token every transaction presents, or null when nobody is signed in. */
  public String sessionToken() {
    return sessionToken.get();
  }

  private <T> T withRetries(Function<Session, T> work, Use use) {
    for (int attempt = 1; ; attempt++) {
      try {
        return once(work, use);
      } catch (RuntimeException e) {
        if (attempt >= MAX_ATTEMPTS || !DatabaseErrors.isRetryable(e)) {
          throw e;
        }
        log.debug(
            "Transaction attempt {} hit {}; retrying",
            attempt,
            DatabaseErrors.sqlState(e).orElse("?"));
        pause(attempt);
      }
    }
  }

  private <T> T once(Function<Session, T> work, Use use) {
    try (Session session = sessionFactory.openSession()) {
      session.setDefaultReadOnly(use == Use.READ);
      Transaction tx = session.beginTransaction();
      try {
        if (use.presentSession) {
          presentSession(session);
        }
        T result = work.apply(session);
        if (use.commit) {
          tx.commit();
        } else {
          session.flush();
          tx.rollback();
        }
        return result;
      } catch (RuntimeException e) {
        rollBack(tx, e);
        if (SessionEndedException.isEnded(e)) {
          onSessionEnded.run();
          throw new SessionEndedException(e);
        }
        throw e;
      } catch (Error t) {
        rollBack(tx, t);
        throw t;
      }
    }
  }

  private static void rollBack(Transaction tx, Throwable t) {
    if (tx.isActive()) {
      try {
        tx.rollback();
      } catch (RuntimeException rollbackFailure) {
        t.addSuppressed(rollbackFailure);
      }
    }
  }

  private void presentSession(Session session) {
    String token = sessionToken.get();
    if (token != null) {
      session.doWork(
          c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + USE_SESSION_SQL)) {
              ps.setString(1, token);
              ps.execute();
            }
          });
    }
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(1, 10L << attempt));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while retrying a transaction", e);
    }
  }

  /**
   * {@code SELECT 1} on a connection of its own with short timeouts: true when the database
   * answers, false within about three seconds when it (or the pooler in front) does not.
   */
  public boolean isHealthy() {
    try (Connection c = probe().getConnection();
        Statement st = c.createStatement()) {
      st.setQueryTimeout(2);
      st.execute("SELECT 1");
      c.rollback();
      return true;
    } catch (SQLException | RuntimeException e) {
      log.warn("Health check failed: {}", DatabaseErrors.rootMessage(e));
      return false;
    }
  }

  private synchronized HikariDataSource probe() {
    if (probe == null) {
      probe = DataSources.quickProbe(settings, "nirnoy-health");
    }
    return probe;
  }

  /** The pool itself, for plain-JDBC work such as the self-check and demo data. */
  public DataSource dataSource() {
    return pool;
  }

  public ConnectionSettings settings() {
    return settings;
  }

  @Override
  public void close() {
    sessionFactory.close();
    pool.close();
    synchronized (this) {
      if (probe != null) {
        probe.close();
      }
    }
  }
}
