package com.nirnoy.desk.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Drives the simulated desks: each thinks (exponential think time), acts, waits for its answer,
 * thinks again (a closed loop, as a receptionist works). A fixed pool of workers takes the desks
 * whose think time is over, in due order.
 */
final class DeskDriver {
  private final BenchOptions.Load load;
  private final DeskMix mix;

  DeskDriver(BenchOptions.Load load, DeskMix mix) {
    this.load = load;
    this.mix = mix;
  }

  private static final class Desk implements Delayed {
    final Random random;
    long dueNanos;

    Desk(long seed, long dueNanos) {
      this.random = new Random(seed);
      this.dueNanos = dueNanos;
    }

    @Override
    public long getDelay(TimeUnit unit) {
      return unit.convert(dueNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
    }

    @Override
    public int compareTo(Delayed o) {
      return Long.compare(dueNanos, ((Desk) o).dueNanos);
    }
  }

  void run() {
    long think = load.thinkTime().toNanos();
    long now = System.nanoTime();
    long end = now + load.duration().toNanos();
    DelayQueue<Desk> waiting = new DelayQueue<>();
    Random spread = new Random(5);
    for (int i = 0; i < load.desks(); i++) {
      waiting.add(new Desk(i, now + (long) (spread.nextDouble() * think)));
    }
    ExecutorService workers = Executors.newFixedThreadPool(load.workers());
    List<java.util.concurrent.Future<?>> running = new ArrayList<>();
    for (int w = 0; w < load.workers(); w++) {
      running.add(
          workers.submit(
              () -> {
                while (System.nanoTime() < end) {
                  Desk d = poll(waiting);
                  if (d == null) {
                    continue;
                  }
                  mix.act(d.random, d.dueNanos);
                  d.dueNanos = System.nanoTime() + thinkTime(d.random, think);
                  waiting.add(d);
                }
              }));
    }
    for (var f : running) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException(e.getCause());
      }
    }
    workers.shutdownNow();
  }

  private static Desk poll(DelayQueue<Desk> waiting) {
    try {
      return waiting.poll(100, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /** Exponential with mean {@code meanNanos}: most desks act soon, a few wait long. */
  private static long thinkTime(Random random, long meanNanos) {
    return (long) (-Math.log(1 - random.nextDouble()) * meanNanos);
  }
}
