package com.nirnoy.desk.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * How attempts ended, counted by kind from any thread: "booked", the conflicts by the exception (or
 * SQLSTATE) that reported them, and errors. Only errors fail a run; conflicts are the database
 * doing its job.
 */
final class Outcomes {
  static final String BOOKED = "booked";
  static final String ERROR_PREFIX = "error: ";

  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

  void add(String kind) {
    counts.computeIfAbsent(kind, k -> new LongAdder()).increment();
  }

  void error(Throwable e) {
    add(ERROR_PREFIX + e.getClass().getSimpleName());
  }

  long count(String kind) {
    LongAdder a = counts.get(kind);
    return a == null ? 0 : a.sum();
  }

  long total() {
    return counts.values().stream().mapToLong(LongAdder::sum).sum();
  }

  long errors() {
    return counts.entrySet().stream()
        .filter(e -> e.getKey().startsWith(ERROR_PREFIX))
        .mapToLong(e -> e.getValue().sum())
        .sum();
  }

  /** e.g. "booked 812, SlotTakenException 4,021, DoctorDoubleBookedException 167". */
  String describe() {
    Map<String, Long> sorted = new TreeMap<>();
    counts.forEach((k, v) -> sorted.put(k, v.sum()));
    return sorted.entrySet().stream()
        .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
        .map(e -> String.format(java.util.Locale.ROOT, "%s %,d", e.getKey(), e.getValue()))
        .collect(Collectors.joining(", "));
  }
}
