package com.nirnoy.desk.bench;

import java.util.Locale;

/** One line of a latency table: how many, and the 50th/95th/99th percentile and worst, in ms. */
record LatencyRow(String name, long count, double p50, double p95, double p99, double max) {
  static final String HEADER = "| operation | count | p50 ms | p95 ms | p99 ms | max ms |";
  static final String RULE = "|---|---:|---:|---:|---:|---:|";

  String markdown() {
    return String.format(
        Locale.ROOT,
        "| %s | %,d | %s | %s | %s | %s |",
        name,
        count,
        ms(p50),
        ms(p95),
        ms(p99),
        ms(max));
  }

  static String ms(double v) {
    return String.format(Locale.ROOT, v < 10 ? "%.2f" : "%.1f", v);
  }
}
