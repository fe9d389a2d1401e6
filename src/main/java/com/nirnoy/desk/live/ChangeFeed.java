package com.nirnoy.desk.live;

import com.nirnoy.desk.config.ConnectionSettings;
import com.nirnoy.desk.db.DataSources;
import com.nirnoy.desk.db.DatabaseErrors;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hears the database announce changed doctor-days ({@code LISTEN nirnoy_changes}, fed by the V3
 * triggers, so writes from the web backend are heard too) and hands them to subscribers in bursts.
 *
 * <p>It holds one direct connection of its own, outside the pool: a transaction pooler does not
 * keep {@code LISTEN} (it is session state). When that connection fails it reconnects by itself,
 * waiting longer each time (up to {@link #MAX_BACKOFF_MS}), and then sends {@link
 * Changes#everything()}, because whatever changed meanwhile was not heard. Subscribers are called
 * on the feed's own thread; a screen hops to its UI thread itself.
 */
public final class ChangeFeed implements AutoCloseable {
  /** Notifications arriving this soon after the first of a burst are delivered together. */
  static final long COALESCE_MS = 200;

  static final long FIRST_BACKOFF_MS = 250;
  static final long MAX_BACKOFF_MS = 5_000;

  /** With nothing heard for this long, the connection is asked whether it is still alive. */
  private static final int ALIVE_CHECK_MS = 5_000;

  private static final int POLL_MS = 250;
  private static final Logger log = LoggerFactory.getLogger(ChangeFeed.class);

  private final DataSource source;
  private final List<Consumer<Changes>> subscribers = new CopyOnWriteArrayList<>();
  private final CountDownLatch firstListen = new CountDownLatch(1);
  private final Thread thread;
  private volatile boolean running = true;
  private volatile boolean listening;
  private volatile Connection current;

  private ChangeFeed(DataSource source) {
    this.source = source;
    this.thread = new Thread(this::run, "nirnoy-change-feed");
    thread.setDaemon(true);
  }

  /**
   * Starts listening on {@code direct} and waits (briefly) until it does, so screens loaded after
   * this call miss nothing. Behind a transaction pooler without a direct URL there is nothing to
   * listen on: the feed then stays silent and says so in the log.
   */
  public static ChangeFeed start(ConnectionSettings direct) {
    if (direct.pgbouncer()) {
      log.warn(
          "Live refresh is off: LISTEN needs a direct connection, and only the pooled URL is set;"
              + " set DIRECT_URL");
      return new ChangeFeed(null);
    }
    ChangeFeed feed = new ChangeFeed(DataSources.listener(direct));
    feed.thread.start();
    try {
      feed.firstListen.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return feed;
  }

  /** Calls {@code subscriber} with every burst of changes until the returned handle is run. */
  public Runnable subscribe(Consumer<Changes> subscriber) {
    subscribers.add(subscriber);
    return () -> subscribers.remove(subscriber);
  }

  /** True while the feed's connection is up and listening. */
  public boolean isListening() {
    return listening;
  }

  /** The server process behind the feed's connection (tests cut it to prove reconnecting). */
  public Optional<Integer> backendPid() {
    Connection c = current;
    try {
      return c == null
          ? Optional.empty()
          : Optional.of(c.unwrap(PGConnection.class).getBackendPID());
    } catch (SQLException e) {
      return Optional.empty();
    }
  }

  private void run() {
    long backoff = FIRST_BACKOFF_MS;
    boolean missedSome = false;
    while (running) {
      try (Connection c = source.getConnection()) {
        c.setAutoCommit(true);
        try (Statement st = c.createStatement()) {
          st.execute("LISTEN nirnoy_changes");
        }
        current = c;
        listening = true;
        firstListen.countDown();
        if (missedSome) {
          log.info("Live refresh reconnected; every screen reloads what it may have missed");
          publish(Changes.everything());
        }
        backoff = FIRST_BACKOFF_MS;
        listen(c);
      } catch (SQLException | RuntimeException e) {
        if (running) {
          if (!missedSome || listening) {
            log.warn("Live refresh lost its connection: {}", DatabaseErrors.rootMessage(e));
          }
          missedSome = true;
          listening = false;
          current = null;
          pause(backoff);
          backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
        }
      }
    }
    listening = false;
  }

  private void listen(Connection c) throws SQLException {
    PGConnection pg = c.unwrap(PGConnection.class);
    long quietSince = System.currentTimeMillis();
    while (running) {
      PGNotification[] heard = pg.getNotifications(POLL_MS);
      if (heard != null && heard.length > 0) {
        publish(burst(pg, heard));
        quietSince = System.currentTimeMillis();
      } else if (System.currentTimeMillis() - quietSince > ALIVE_CHECK_MS) {
        if (!c.isValid(2)) {
          throw new SQLException("the listening connection stopped answering", "08006");
        }
        quietSince = System.currentTimeMillis();
      }
    }
  }

  /** The first notifications and whatever follows within {@link #COALESCE_MS}, as one burst. */
  private Changes burst(PGConnection pg, PGNotification[] first) throws SQLException {
    List<Change> days = new ArrayList<>();
    boolean unreadable = add(days, first);
    long until = System.currentTimeMillis() + COALESCE_MS;
    for (long left = COALESCE_MS; left > 0; left = until - System.currentTimeMillis()) {
      PGNotification[] more = pg.getNotifications((int) left);
      if (more != null) {
        unreadable |= add(days, more);
      }
    }
    return unreadable ? Changes.everything() : new Changes(false, List.copyOf(days));
  }

  private static boolean add(List<Change> days, PGNotification[] heard) {
    boolean unreadable = false;
    for (PGNotification n : heard) {
      Optional<Change> change = Change.parse(n.getParameter());
      change.filter(ch -> !days.contains(ch)).ifPresent(days::add);
      unreadable |= change.isEmpty();
    }
    return unreadable;
  }

  private void publish(Changes changes) {
    for (Consumer<Changes> s : subscribers) {
      try {
        s.accept(changes);
      } catch (RuntimeException e) {
        log.warn("A screen failed to take a change: {}", e.getMessage(), e);
      }
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops listening; returns within about half a second. */
  @Override
  public void close() {
    running = false;
    subscribers.clear();
    if (thread.isAlive()) {
      thread.interrupt();
      try {
        thread.join(2_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
