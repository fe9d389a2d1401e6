package com.nirnoy.desk.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Percentiles as the report prints them. */
class LatenciesTest {
  @Test
  void percentilesOfAThousandEvenlySpreadRequests() {
    Latencies l = new Latencies();
    for (int ms = 1; ms <= 1000; ms++) {
      l.recordNanos(ms * 1_000_000L);
    }

    LatencyRow row = l.row("search");

    assertThat(row.count()).isEqualTo(1000);
    assertThat(row.p50()).isCloseTo(500, within(1.0));
    assertThat(row.p95()).isCloseTo(950, within(1.0));
    assertThat(row.p99()).isCloseTo(990, within(1.0));
    assertThat(row.max()).isCloseTo(1000, within(1.0));
    assertThat(row.markdown()).startsWith("| search | 1,000 | 500.").contains("| 990.");
  }

  @Test
  void smallTimesKeepTwoDecimals() {
    Latencies l = new Latencies();
    l.recordNanos(1_234_000);
    assertThat(l.row("day").markdown()).isEqualTo("| day | 1 | 1.23 | 1.23 | 1.23 | 1.23 |");
  }

  @Test
  void outcomesCountConflictsApartFromErrors() {
    Outcomes o = new Outcomes();
    o.add(Outcomes.BOOKED);
    o.add("SlotTakenException");
    o.add("SlotTakenException");
    o.error(new IllegalStateException("x"));

    assertThat(o.total()).isEqualTo(4);
    assertThat(o.errors()).isEqualTo(1);
    assertThat(o.describe())
        .isEqualTo("SlotTakenException 2, booked 1, error: IllegalStateException 1");
  }
}
