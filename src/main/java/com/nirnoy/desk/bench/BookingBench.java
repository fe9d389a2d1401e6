package com.nirnoy.desk.bench;

import com.nirnoy.desk.booking.BookingConflictException;
import com.nirnoy.desk.booking.BookingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Booking throughput with N concurrent clients: through the app's {@code BookingService} and, in
 * the same run and on other slots of the same kind, as bare INSERTs over plain JDBC with the same
 * number of threads and connections. Two workloads: random free slots (almost all succeed), and a
 * hot set many clients want at once (almost all conflict).
 */
final class BookingBench {
  /** One measured phase. */
  record Phase(String name, int clients, double seconds, Outcomes outcomes, LatencyRow latency) {
    double attemptsPerSecond() {
      return outcomes.total() / seconds;
    }

    double bookedPerSecond() {
      return outcomes.count(Outcomes.BOOKED) / seconds;
    }

    String markdown() {
      return String.format(
          Locale.ROOT,
          "| %s | %d | %,d | %,.0f | %,.0f | %s | %s | %s |",
          name,
          clients,
          outcomes.total(),
          attemptsPerSecond(),
          bookedPerSecond(),
          LatencyRow.ms(latency.p50()),
          LatencyRow.ms(latency.p99()),
          outcomes.describe());
    }

    static final String HEADER =
        "| workload | clients | attempts | attempts/s | booked/s | p50 ms | p99 ms | outcomes |";
    static final String RULE = "|---|---:|---:|---:|---:|---:|---:|---|";
  }

  private final int clients;

  BookingBench(int clients) {
    this.clients = clients;
  }

  /** Books each slot once, {@code clients} at a time; returns how it went. */
  Phase run(String name, List<BenchSlot> slots, Function<BenchSlot, String> book) {
    AtomicInteger next = new AtomicInteger();
    return measure(
        name,
        () -> {
          int i = next.getAndIncrement();
          return i < slots.size() ? slots.get(i) : null;
        },
        book);
  }

  /** {@code attempts} bookings of slots drawn at random from {@code hot}, for random patients. */
  Phase hot(
      String name,
      List<BenchSlot> hot,
      int attempts,
      SlotFinder patients,
      Function<BenchSlot, String> book) {
    List<BenchSlot> drawn = new ArrayList<>(attempts);
    for (int i = 0; i < attempts; i++) {
      drawn.add(
          hot.get(ThreadLocalRandom.current().nextInt(hot.size())).forPatient(patients.patient()));
    }
    return run(name, drawn, book);
  }

  private interface SlotSource {
    BenchSlot next();
  }

  private Phase measure(String name, SlotSource source, Function<BenchSlot, String> book) {
    Outcomes outcomes = new Outcomes();
    Latencies latencies = new Latencies();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long started = System.nanoTime();
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < clients; t++) {
        running.add(
            pool.submit(
                () -> {
                  for (BenchSlot s = source.next(); s != null; s = source.next()) {
                    long t0 = System.nanoTime();
                    String kind;
                    try {
                      kind = book.apply(s);
                    } catch (RuntimeException e) {
                      kind = Outcomes.ERROR_PREFIX + e.getClass().getSimpleName();
                    }
                    latencies.recordNanos(System.nanoTime() - t0);
                    outcomes.add(kind);
                  }
                }));
      }
      for (Future<?> f : running) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    return new Phase(name, clients, seconds, outcomes, latencies.row(name));
  }

  /** Books through the app's service; the outcome is the exception that refused it, if any. */
  static String viaApp(BenchDesk desk, BenchSlot s) {
    try {
      desk.booking.book(s.request());
      return Outcomes.BOOKED;
    } catch (BookingConflictException e) {
      return e.getClass().getSimpleName();
    } catch (BookingException e) {
      return "refused: " + e.getClass().getSimpleName();
    }
  }
}
