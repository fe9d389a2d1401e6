package com.nirnoy.desk.bench;

import java.util.Locale;

/**
 * How big the benchmark clinic is. Every doctor sits at {@link #CHAMBERS_PER_DOCTOR} chambers with
 * three weekly sessions each; appointments fill the session grid over as many weeks as they need.
 *
 * @param name "full", "small", "tiny" or "custom"
 */
public record BenchScale(String name, int doctors, int patients, int appointments) {
  public static final int CHAMBERS_PER_DOCTOR = 3;

  public BenchScale {
    if (doctors < 1 || patients < 1 || appointments < 0) {
      throw new IllegalArgumentException("a scale needs at least one doctor and one patient");
    }
  }

  /** The scale: 10,000 doctors, 30,000 chambers, 200,000 patients, 2,000,000 bookings. */
  public static final BenchScale FULL = new BenchScale("full", 10_000, 200_000, 2_000_000);

  /** For CI: the same shape, seconds to load. */
  public static final BenchScale SMALL = new BenchScale("small", 200, 2_000, 20_000);

  /** For tests. */
  public static final BenchScale TINY = new BenchScale("tiny", 12, 40, 300);

  /** A preset by name. */
  public static BenchScale named(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "full" -> FULL;
      case "small" -> SMALL;
      case "tiny" -> TINY;
      default ->
          throw new IllegalArgumentException(
              "unknown scale '" + name + "': use full, small or tiny (or give the counts)");
    };
  }

  /** This scale with any given count replaced (null keeps it). */
  public BenchScale with(Integer newDoctors, Integer newPatients, Integer newAppointments) {
    if (newDoctors == null && newPatients == null && newAppointments == null) {
      return this;
    }
    return new BenchScale(
        "custom",
        newDoctors == null ? doctors : newDoctors,
        newPatients == null ? patients : newPatients,
        newAppointments == null ? appointments : newAppointments);
  }

  public int chambers() {
    return doctors * CHAMBERS_PER_DOCTOR;
  }

  public String describe() {
    return String.format(
        Locale.ROOT,
        "%s: %,d doctors, %,d chambers, %,d patients, %,d appointments",
        name,
        doctors,
        chambers(),
        patients,
        appointments);
  }
}
