package com.nirnoy.desk.testing;

import com.nirnoy.desk.config.ConnectionSettings;
import com.nirnoy.desk.config.DatabaseUrl;
import com.nirnoy.desk.pooler.PgBouncer;
import com.nirnoy.desk.pooler.PgBouncerConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assumptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tests' face of {@link PgBouncer}: one in front of a test PostgreSQL on this computer, for
 * every database on it, as Supabase's pooler on port 6543 sits in front of its database. Without
 * PgBouncer installed, tests that need it are skipped, with one line saying how to enable them (CI
 * sets {@code NIRNOY_REQUIRE_PGBOUNCER}, so there they fail instead of skipping).
 */
public final class PgBouncerServer implements AutoCloseable {
  public static final String SKIPPED =
      "PgBouncer tests skipped: install Debian's pgbouncer (apt-get install pgbouncer) or run bash"
          + " .ci/run";
  private static final AtomicBoolean TOLD = new AtomicBoolean();
  private static final Logger log = LoggerFactory.getLogger(PgBouncerServer.class);

  private final PgBouncer bouncer;

  private PgBouncerServer(PgBouncer bouncer) {
    this.bouncer = bouncer;
  }

  /**
   * Starts PgBouncer in front of the server on {@code serverPort}, or skips the calling test when
   * PgBouncer is not installed.
   */
  public static PgBouncerServer inFrontOf(int serverPort, String... deskLogins) {
    requireInstalled();
    try {
      return new PgBouncerServer(
          PgBouncer.launch(
              PgBouncerConfig.allDatabases("127.0.0.1", serverPort, "postgres")
                  .withClientUsers(java.util.List.of(deskLogins))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Skips the calling test when PgBouncer is not installed; fails it instead on CI. */
  public static void requireInstalled() {
    if (PgBouncer.installed().isPresent()) {
      return;
    }
    if (System.getenv("NIRNOY_REQUIRE_PGBOUNCER") != null) {
      throw new IllegalStateException(
          PgBouncer.NOT_INSTALLED + ", and CI requires the PgBouncer tests");
    }
    if (TOLD.compareAndSet(false, true)) {
      log.warn(SKIPPED);
    }
    Assumptions.abort(SKIPPED);
  }

  /** Starts it again on the same port and waits until it accepts connections. */
  public void start() {
    try {
      bouncer.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stops it at once (clients lose their connections), keeping its port for {@link #start()}. */
  public void stop() {
    bouncer.stop();
  }

  /**
   * The app's settings for {@code database} through this PgBouncer, parsed from a URL of the seed's
   * shape ({@code ...?pgbouncer=true&connection_limit=N}).
   */
  public ConnectionSettings pooled(String database, int connectionLimit) {
    return pooledAs("postgres", database, connectionLimit);
  }

  /** The same, connecting as {@code user} (a desk login passed to {@link #inFrontOf}). */
  public ConnectionSettings pooledAs(String user, String database, int connectionLimit) {
    return DatabaseUrl.parse(
        "DATABASE_URL",
        "postgresql://%s@localhost:%d/%s?pgbouncer=true&connection_limit=%d"
            .formatted(user, bouncer.port(), database, connectionLimit));
  }

  public int port() {
    return bouncer.port();
  }

  @Override
  public void close() {
    bouncer.close();
  }
}
