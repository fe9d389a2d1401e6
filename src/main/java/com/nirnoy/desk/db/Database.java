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
   * The SQL expression that names the actor (one parameter: the staff member's user id) for the
   * audit triggers, for the rest of the transaction.
   */
  public static final String NAME_ACTOR_SQL = "set_config('nirnoy.actor_id', ?, true)";

  private final ConnectionSettings settings;
  private final HikariDataSource pool;
  private final SessionFactory sessionFactory;
  private volatile Supplier<String> actor = () -> null;
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
   * snapshots kept for dirty checking), without naming the actor (nothing is written to audit), so
   * a look-up costs its own queries and the commit.
   */
  public <T> T read(Function<Session, T> work) {
    return withRetries(work, Use.READ);
  }

  /**
   * Runs {@code work} like {@link #inTransaction}, but does not name the actor first: {@code work}
   * names it itself in its first statement ({@link #NAME_ACTOR_SQL}), which saves a round trip for
   * a use case that is one statement, such as a booking.
   */
  public <T> T inTransactionNamingActorItself(Function<Session, T> work) {
    return withRetries(work, Use.SELF_NAMED_WRITE);
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
    SELF_NAMED_WRITE(true, false),
    DRY_RUN(false, true),
    READ(true, false);

    final boolean commit;
    final boolean nameActor;

    Use(boolean commit, boolean nameActor) {
      this.commit = commit;
      this.nameActor = nameActor;
    }
  }

  /**
   * Who is working at this desk: {@code actorId} gives the signed-in staff member's user id, or
   * null. Every transaction names that id to the database as the transaction-local setting {@code
   * nirnoy.actor_id} (safe behind PgBouncer's transaction pooling, unlike session state), which the
   * audit triggers record.
   */
  public void actorFrom(Supplier<String> actorId) {
    this.actor = actorId;
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
        if (use.nameActor) {
          nameActor(session);
        }
        T result = work.apply(session);
        if (use.commit) {
          tx.commit();
        } else {
          session.flush();
          tx.rollback();
        }
        return result;
      } catch (Throwable t) {
        if (tx.isActive()) {
          try {
            tx.rollback();
          } catch (RuntimeException rollbackFailure) {
            t.addSuppressed(rollbackFailure);
          }
        }
        throw t;
      }
    }
  }

  private void nameActor(Session session) {
    String actorId = actor.get();
    if (actorId != null) {
      session.doWork(
          c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + NAME_ACTOR_SQL)) {
              ps.setString(1, actorId);
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
