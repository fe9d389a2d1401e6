package com.nirnoy.desk.bench;

import com.nirnoy.desk.doctor.DoctorQuery;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Latency of what a receptionist waits for, one request at a time through the app's own services:
 * doctor search (specialty + area, a name prefix as typed, "available today"), a doctor's day and
 * week across chambers, and a chamber's day list (every doctor at its clinic). Random doctors,
 * chambers and dates over the loaded range; a warm-up first, so caches and the JIT are as on a desk
 * that has been open a while.
 */
final class ReadBench {
  private static final int PAGE = 30;

  private final BenchDesk desk;
  private final BenchScale scale;
  private final BenchDataLoader.Loaded data;
  private final Random random = new Random(7);
  private final List<String> prefixes;

  ReadBench(BenchDesk desk, BenchScale scale, BenchDataLoader.Loaded data) {
    this.desk = desk;
    this.scale = scale;
    this.data = data;
    List<String> p = new ArrayList<>();
    for (String name : BenchNames.load().names) {
      p.add(name.substring(0, Math.min(3, name.length())).toLowerCase(java.util.Locale.ROOT));
    }
    this.prefixes = p;
  }

  /** Runs each operation {@code warmUp} times unmeasured, then {@code iterations} times. */
  List<LatencyRow> run(int warmUp, int iterations, Consumer<String> progress) {
    Map<String, Runnable> ops = new LinkedHashMap<>();
    ops.put("Doctor search: specialty + area", this::searchSpecialtyAndArea);
    ops.put("Doctor search: name prefix (3 letters)", this::searchNamePrefix);
    ops.put("Doctor search: available today + specialty", this::searchAvailableToday);
    ops.put("A doctor's day (all chambers)", this::doctorDay);
    ops.put("A doctor's week (all chambers)", this::doctorWeek);
    ops.put("A chamber's day list", this::chamberDay);
    List<LatencyRow> rows = new ArrayList<>();
    for (Map.Entry<String, Runnable> op : ops.entrySet()) {
      for (int i = 0; i < warmUp; i++) {
        op.getValue().run();
      }
      Latencies l = new Latencies();
      for (int i = 0; i < iterations; i++) {
        l.time(op.getValue());
      }
      LatencyRow row = l.row(op.getKey());
      progress.accept("  " + row.markdown());
      rows.add(row);
    }
    return rows;
  }

  private void searchSpecialtyAndArea() {
    desk.doctors.search(
        new DoctorQuery(
            null, pick(BenchNames.SPECIALTIES), pick(BenchNames.AREAS), null, null, null, false),
        0,
        PAGE);
  }

  private void searchNamePrefix() {
    desk.doctors.search(DoctorQuery.text(pick(prefixes)), 0, PAGE);
  }

  private void searchAvailableToday() {
    desk.doctors.search(
        new DoctorQuery(null, pick(BenchNames.SPECIALTIES), null, null, null, null, true), 0, PAGE);
  }

  private void doctorDay() {
    desk.schedules.day(doctor(), date());
  }

  private void doctorWeek() {
    desk.schedules.week(
        doctor(), date().with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY)));
  }

  private void chamberDay() {
    int d = 1 + random.nextInt(scale.doctors());
    int k = 1 + random.nextInt(BenchScale.CHAMBERS_PER_DOCTOR);
    desk.appointments.chamberDay(data.ids().chamberId(d, k), date());
  }

  private int doctor() {
    return data.ids().doctorId(1 + random.nextInt(scale.doctors()));
  }

  private LocalDate date() {
    long days = data.lastDay().toEpochDay() - data.firstDay().toEpochDay();
    return data.firstDay().plusDays(random.nextInt((int) days + 1));
  }

  private <T> T pick(List<T> from) {
    return from.get(random.nextInt(from.size()));
  }
}
