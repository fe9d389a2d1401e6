package com.nirnoy.desk.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The bench's findings as Markdown: the machine, the command, and one table per measurement. */
final class BenchReport {
  private final List<String> lines = new ArrayList<>();

  BenchReport(String command, MachineInfo machine, String database, BenchScale scale) {
    lines.add("# Benchmarks");
    lines.add("");
    lines.add("Measured by `nirnoy-desk bench` (the app's own services and queries, see");
    lines.add("[scaling.md](scaling.md) for what the numbers mean for the platform).");
    lines.add("");
    lines.add("- Command: `" + command + "`");
    lines.add("- Machine: " + machine.describe());
    lines.add("- Database: " + database);
    lines.add("- Data: " + scale.describe());
  }

  void loaded(BenchDataLoader.Loaded loaded) {
    lines.add(
        String.format(
            Locale.ROOT,
            "- Loaded in %.1f s (set-based SQL); appointments from %s to %s",
            loaded.millis() / 1000.0,
            loaded.firstDay(),
            loaded.lastDay()));
  }

  void reused(BenchDataLoader.Loaded loaded) {
    lines.add(
        "- Data reused from an earlier run (appointments from "
            + loaded.firstDay()
            + " to "
            + loaded.lastDay()
            + ")");
  }

  void reads(List<LatencyRow> rows, int warmUp) {
    section("Searches and schedules (one request at a time, " + warmUp + " warm-up requests each)");
    lines.add(LatencyRow.HEADER);
    lines.add(LatencyRow.RULE);
    rows.forEach(r -> lines.add(r.markdown()));
  }

  void bookings(
      List<BookingBench.Phase> phases, double randomRatio, double hotRatio, double policyRatio) {
    section("Booking throughput");
    lines.add(BookingBench.Phase.HEADER);
    lines.add(BookingBench.Phase.RULE);
    phases.forEach(p -> lines.add(p.markdown()));
    lines.add("");
    lines.add(
        String.format(
            Locale.ROOT,
            "App / bare SQL throughput: **%.2f** on random free slots, **%.2f** on the hot set."
                + " The app as a desk login (session and row-level security policies in force) /"
                + " the app as the owner (no policies apply): **%.2f** (policies cost %.0f%%).",
            randomRatio,
            hotRatio,
            policyRatio,
            Math.max(0, (1 - policyRatio) * 100)));
  }

  void audit(DoubleBookingAudit.Findings findings) {
    section("Double-booking audit");
    lines.add(
        (findings.clean() ? "PASS: " : "FAIL: ")
            + findings.describe()
            + ", by a self-join over every appointment (not trusting the constraints).");
  }

  void plans(List<QueryPlans.Plan> plans) {
    section("Query plans (EXPLAIN ANALYZE, planner left alone)");
    lines.add(QueryPlans.Plan.HEADER);
    lines.add(QueryPlans.Plan.RULE);
    plans.forEach(p -> lines.add(p.markdown()));
  }

  /** A free-form section (the load mode's, the notes). */
  void section(String title, List<String> body) {
    section(title);
    lines.addAll(body);
  }

  private void section(String title) {
    lines.add("");
    lines.add("## " + title);
    lines.add("");
  }

  String markdown() {
    return String.join("\n", lines) + "\n";
  }
}
