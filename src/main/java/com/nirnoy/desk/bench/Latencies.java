package com.nirnoy.desk.bench;

import java.util.concurrent.TimeUnit;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** Latencies of one operation, recorded from any thread, in microseconds (HdrHistogram). */
final class Latencies {
  private static final long MAX_MICROS = TimeUnit.MINUTES.toMicros(10);
  private final Histogram histogram = new ConcurrentHistogram(MAX_MICROS, 3);

  void recordNanos(long nanos) {
    histogram.recordValue(Math.max(0, Math.min(MAX_MICROS, nanos / 1_000)));
  }

  /** Times {@code work} and records it. */
  void time(Runnable work) {
    long started = System.nanoTime();
    work.run();
    recordNanos(System.nanoTime() - started);
  }

  long count() {
    return histogram.getTotalCount();
  }

  /** The percentiles as a report row. */
  LatencyRow row(String name) {
    return new LatencyRow(
        name,
        histogram.getTotalCount(),
        millis(histogram.getValueAtPercentile(50)),
        millis(histogram.getValueAtPercentile(95)),
        millis(histogram.getValueAtPercentile(99)),
        millis(histogram.getMaxValue()));
  }

  private static double millis(long micros) {
    return micros / 1000.0;
  }
}
