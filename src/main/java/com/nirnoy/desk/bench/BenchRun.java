package com.nirnoy.desk.bench;

import com.nirnoy.desk.config.ClinicTime;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The whole benchmark: a database of its own at the chosen scale, then latencies of searches and
 * schedules, booking throughput (app and bare SQL), the double-booking audit, the hot queries'
 * plans and, when asked, the PgBouncer load mode.
 */
public final class BenchRun {
  private final BenchOptions options;
  private final Consumer<String> out;
  private final Clock clock = ClinicTime.clock();

  /** What a run found; it passes when nothing was double-booked and nothing failed. */
  public record Result(String markdown, DoubleBookingAudit.Findings audit, long errors) {
    public boolean passed() {
      return audit.clean() && errors == 0;
    }
  }

  public BenchRun(BenchOptions options, Consumer<String> out) {
    // the load mode asks the pool to open thousands of connections; its housekeeper, which does
    // that, otherwise looks only every 30 s (read once, when the first pool is made)
    System.setProperty("com.zaxxer.hikari.housekeeping.periodMs", "1000");
    this.options = options;
    this.out = out;
  }

  public Result run() throws IOException, SQLException {
    try (BenchDatabase db = open()) {
      out.accept("Benchmark database: " + describe(db));
      db.migrate();
      LocalDate today = LocalDate.now(clock);
      MachineInfo machine = MachineInfo.here(db.serverVersion());
      out.accept("Machine: " + machine.describe());
      BenchReport report =
          new BenchReport(options.command(), machine, describe(db), options.scale());
      BenchDataLoader.Loaded data = loadOrReuse(db, today, report);
      long errors = 0;
      int size = Math.max(2, options.clients());
      // the bench's desk connects as a desk login (policies and sessions in force), as counter
      // PCs do; the owner's desk (no policies apply to the owner) shows what they cost
      try (BenchDesk desk = BenchDesk.open(db.direct(), db.deskLogin(size), clock);
          BenchDesk asOwner = BenchDesk.open(db.direct(), db.pooled(size), clock)) {
        out.accept("Searches and schedules:");
        report.reads(
            new ReadBench(desk, options.scale(), data)
                .run(options.warmUp(), options.iterations(), out),
            options.warmUp());
        errors += bookings(db, desk, asOwner, today, data, report);
      }
      if (options.load() != null) {
        errors +=
            new LoadBench(db, options.scale(), data.ids(), options.load(), clock, out)
                .run(report, today);
      }
      out.accept("Auditing for double bookings...");
      DoubleBookingAudit.Findings audit = DoubleBookingAudit.run(db.unpooled());
      out.accept("  " + audit.describe());
      report.audit(audit);
      report.plans(QueryPlans.explain(db.unpooled()));
      return new Result(report.markdown(), audit, errors);
    }
  }

  private BenchDatabase open() throws IOException, SQLException {
    if (options.database() != null) {
      return BenchDatabase.external(options.database());
    }
    return BenchDatabase.embedded(options.benchDir().resolve("pgdata"), !options.reuse());
  }

  private static String describe(BenchDatabase db) {
    return db.isEmbedded()
        ? "the bench's own PostgreSQL (fsync on, shared_buffers 1GB), database "
            + BenchDatabase.NAME
        : db.direct().describe();
  }

  private BenchDataLoader.Loaded loadOrReuse(BenchDatabase db, LocalDate today, BenchReport report)
      throws SQLException {
    long doctors = db.doctors();
    if (doctors > 0) {
      if (!options.reuse() || doctors != options.scale().doctors()) {
        throw new BenchRefusal(
            "The benchmark database already has "
                + doctors
                + " doctors: the bench fills only an empty database (or, with --reuse, its own"
                + " earlier data of the same scale)");
      }
      BenchDataLoader.Loaded reused = BenchDataLoader.existing(db.unpooled(), options.scale());
      out.accept("Reusing the loaded data (" + options.scale().describe() + ")");
      report.reused(reused);
      return reused;
    }
    out.accept("Loading " + options.scale().describe() + " ...");
    BenchDataLoader.Loaded loaded =
        new BenchDataLoader(db.unpooled(), out).load(options.scale(), today);
    out.accept(String.format("Loaded in %.1f s", loaded.millis() / 1000.0));
    report.loaded(loaded);
    return loaded;
  }

  private long bookings(
      BenchDatabase db,
      BenchDesk desk,
      BenchDesk asOwner,
      LocalDate today,
      BenchDataLoader.Loaded data,
      BenchReport report)
      throws SQLException {
    out.accept("Booking throughput with " + options.clients() + " clients:");
    SlotFinder finder = new SlotFinder(db.unpooled(), options.scale(), data.ids(), 11);
    LocalDate from = today.plusDays(1);
    int warm = Math.min(500, options.bookings() / 4);
    List<BenchSlot> free = finder.free(3 * (options.bookings() + warm), from, data.lastDay());
    int half = free.size() / 3;
    List<BenchSlot> appSlots = free.subList(0, half);
    List<BenchSlot> bareSlots = free.subList(half, 2 * half);
    List<BenchSlot> ownerSlots = free.subList(2 * half, 3 * half);
    BookingBench bench = new BookingBench(options.clients());
    List<BookingBench.Phase> phases = new ArrayList<>();
    try (var barePool =
        com.nirnoy.desk.db.DataSources.pool(
            db.pooled(Math.max(2, options.clients())), "bench-bare")) {
      BareBooking bare = new BareBooking(barePool);
      int w = Math.min(warm, half / 5);
      bench.run("warm-up", appSlots.subList(0, w), s -> BookingBench.viaApp(desk, s));
      bench.run("warm-up", bareSlots.subList(0, w), bare::book);
      bench.run("warm-up", ownerSlots.subList(0, w), s -> BookingBench.viaApp(asOwner, s));
      phases.add(
          bench.run(
              "random free slots, app",
              appSlots.subList(w, half),
              s -> BookingBench.viaApp(desk, s)));
      phases.add(
          bench.run(
              "random free slots, bare SQL (web-style)", bareSlots.subList(w, half), bare::book));
      phases.add(
          bench.run(
              "random free slots, app as the owner (no policies)",
              ownerSlots.subList(w, half),
              s -> BookingBench.viaApp(asOwner, s)));
      phases.add(
          bench.hot(
              "hot set, app",
              finder.hot(4, from.plusDays(2)),
              options.hotAttempts(),
              finder,
              s -> BookingBench.viaApp(desk, s)));
      phases.add(
          bench.hot(
              "hot set, bare SQL (web-style)",
              finder.hot(4, from.plusDays(2)),
              options.hotAttempts(),
              finder,
              bare::book));
    }
    phases.forEach(p -> out.accept("  " + p.markdown()));
    double randomRatio = phases.get(0).attemptsPerSecond() / phases.get(1).attemptsPerSecond();
    double policyRatio = phases.get(0).attemptsPerSecond() / phases.get(2).attemptsPerSecond();
    double hotRatio = phases.get(3).attemptsPerSecond() / phases.get(4).attemptsPerSecond();
    out.accept(
        String.format(
            "  app/bare: %.2f random, %.2f hot; desk login/owner: %.2f",
            randomRatio, hotRatio, policyRatio));
    report.bookings(phases, randomRatio, hotRatio, policyRatio);
    return phases.stream().mapToLong(p -> p.outcomes().errors()).sum();
  }
}
