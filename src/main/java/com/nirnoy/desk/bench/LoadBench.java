package com.nirnoy.desk.bench;

import com.nirnoy.desk.config.ConnectionSettings;
import com.nirnoy.desk.pooler.PgBouncer;
import com.nirnoy.desk.pooler.PgBouncerConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * The load mode: thousands of desks as client connections through a real PgBouncer (transaction
 * pooling, a fixed number of server connections), each doing the {@link DeskMix} with a think time
 * between actions, for a bounded time. How it is simulated: the app's pool opens one TCP client
 * connection to PgBouncer per desk and keeps all of them open for the run; a bounded set of worker
 * threads (Java 17: no virtual threads) serves the desks whose think time is over, so a desk that
 * waits for a worker waits as a busy server would make it wait, and that wait is in its latency.
 */
final class LoadBench {
  private final BenchDatabase db;
  private final BenchScale scale;
  private final BenchIds ids;
  private final BenchOptions.Load load;
  private final Clock clock;
  private final Consumer<String> out;

  LoadBench(
      BenchDatabase db,
      BenchScale scale,
      BenchIds ids,
      BenchOptions.Load load,
      Clock clock,
      Consumer<String> out) {
    this.db = db;
    this.scale = scale;
    this.ids = ids;
    this.load = load;
    this.clock = clock;
    this.out = out;
  }

  /** Runs the load and adds its section to {@code report}; returns the number of errors. */
  long run(BenchReport report, LocalDate today) throws IOException, SQLException {
    out.accept(
        String.format(
            Locale.ROOT,
            "Load: %,d desks through PgBouncer (%d server connections), %d workers, think %s, for %s",
            load.desks(),
            load.serverConnections(),
            load.workers(),
            load.thinkTime(),
            load.duration()));
    double expectedActions =
        load.desks() * (double) load.duration().toMillis() / load.thinkTime().toMillis();
    int slotsWanted = (int) Math.min(300_000, expectedActions * 0.15 * 1.5 + 1_000);
    Queue<BenchSlot> free =
        new ConcurrentLinkedQueue<>(
            new SlotFinder(db.unpooled(), scale, ids, 23)
                .free(slotsWanted, today.plusDays(1), today.plusDays(AppointmentGrid.DAYS_AHEAD)));
    Queue<Integer> toCheckIn = new ConcurrentLinkedQueue<>(todaysToCome(today));
    // the desks connect as a desk login through PgBouncer, as counter PCs reach Supabase
    ConnectionSettings direct = db.deskLogin(2);
    try (PgBouncer bouncer = startBouncer(direct)) {
      ConnectionSettings pooled = throughBouncer(direct, bouncer.port(), load.desks());
      try (BenchDesk desk = BenchDesk.open(db.direct(), pooled, clock)) {
        HikariDataSource pool = (HikariDataSource) desk.db.dataSource();
        int open = openAll(pool, load.desks());
        DeskMix mix = new DeskMix(desk, scale, today, ids, free, toCheckIn);
        try (PoolerWatch watch = PoolerWatch.start(db.unpooled(), pool.getHikariPoolMXBean())) {
          long started = System.nanoTime();
          new DeskDriver(load, mix).run();
          double seconds = (System.nanoTime() - started) / 1e9;
          report.section(
              "Load: " + load.desks() + " desks through PgBouncer",
              lines(mix, open, seconds, watch, bouncer.version()));
        }
        return mix.outcomes.errors();
      }
    }
  }

  private List<String> lines(
      DeskMix mix, int open, double seconds, PoolerWatch watch, String pgbouncer) {
    List<String> l = new ArrayList<>();
    l.add(
        String.format(
            Locale.ROOT,
            "%,d desks, each one TCP client connection to PgBouncer (%,d open for the whole run),"
                + " %s with %d server connections (transaction pooling); %d worker threads"
                + " act for the desks whose think time (exponential, mean %d ms) is over. %.0f s.",
            load.desks(),
            open,
            pgbouncer,
            load.serverConnections(),
            load.workers(),
            load.thinkTime().toMillis(),
            seconds));
    l.add("");
    l.add(LatencyRow.HEADER);
    l.add(LatencyRow.RULE);
    mix.latencies.forEach((name, lat) -> l.add(lat.row(name).markdown()));
    l.add(mix.all.row("all actions").markdown());
    l.add("");
    l.add(
        String.format(
            Locale.ROOT,
            "Throughput **%,.0f actions/s**; errors **%,d**; outcomes: %s.",
            mix.all.count() / seconds,
            mix.outcomes.errors(),
            mix.outcomes.describe()));
    l.add("At the busiest second: " + watch.describe() + ".");
    l.add("Latency is from the moment a desk's think time ended to its answer, so time spent");
    l.add("waiting for a worker thread or for one of PgBouncer's server connections is included.");
    out.accept(String.join("\n", l));
    return l;
  }

  private PgBouncer startBouncer(ConnectionSettings direct) throws IOException {
    if (PgBouncer.installed().isEmpty()) {
      throw new IOException(PgBouncer.NOT_INSTALLED + "; the load mode needs it");
    }
    return PgBouncer.launch(
        PgBouncerConfig.oneDatabase(
                "127.0.0.1", direct.port(), direct.database(), direct.user(), direct.password())
            .withConnections(load.serverConnections(), load.desks()));
  }

  private static ConnectionSettings throughBouncer(ConnectionSettings direct, int port, int size) {
    String url =
        "jdbc:postgresql://127.0.0.1:"
            + port
            + "/"
            + direct.database()
            + "?sslmode=disable&ApplicationName=nirnoy-bench-load&prepareThreshold=0";
    return new ConnectionSettings(
        "bench-pgbouncer",
        url,
        direct.user(),
        direct.password(),
        "127.0.0.1",
        port,
        direct.database(),
        true,
        size,
        "disable");
  }

  /** Makes the pool open every desk's connection now (it otherwise opens them on demand). */
  private int openAll(HikariDataSource pool, int desks) {
    pool.getHikariConfigMXBean().setMinimumIdle(desks);
    long deadline = System.nanoTime() + 300_000_000_000L;
    int open = 0;
    while (System.nanoTime() < deadline) {
      open = pool.getHikariPoolMXBean().getTotalConnections();
      if (open >= desks) {
        break;
      }
      out.accept(String.format(Locale.ROOT, "  %,d of %,d client connections open", open, desks));
      sleep(2_000);
    }
    return open;
  }

  /** Today's appointments still to come (booked at the desk or requested on the web), shuffled. */
  private List<Integer> todaysToCome(LocalDate today) throws SQLException {
    List<Integer> found = new ArrayList<>();
    try (Connection c = db.unpooled().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT id FROM \"Appointment\" WHERE \"date\" >= CAST(? AS date) - interval '12 hours'"
                    + " AND \"date\" < CAST(? AS date) + interval '12 hours'"
                    + " AND status IN ('REQUESTED', 'CONFIRMED') ORDER BY random()")) {
      ps.setDate(1, Date.valueOf(today));
      ps.setDate(2, Date.valueOf(today));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          found.add(rs.getInt(1));
        }
      }
    }
    return found;
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
