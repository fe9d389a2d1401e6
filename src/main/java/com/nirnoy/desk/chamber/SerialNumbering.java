package com.nirnoy.desk.chamber;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How serials are numbered: each serial is one slot of its session, slot 1 at the start, one per
 * slot length, at most the cap and only slots that end by the session's end. A chamber row is one
 * weekly session (decision 0023), so a chamber's day has one grid; given several, serials run
 * across them in order. The serial and the estimated time are two readings of the same slot, so
 * they always agree; the database numbers bookings by the same rule ({@code nirnoy_serial_of}).
 */
public final class SerialNumbering {
  private SerialNumbering() {}

  /** One session's grid: when it runs, how long a slot is, and its daily cap. */
  public record Grid(LocalTime start, LocalTime end, int slotMinutes, int maxSerials) {
    /** The cap, or fewer when the session is too short to hold it. */
    public int serialCount() {
      return (int) Math.min(maxSerials, Duration.between(start, end).toMinutes() / slotMinutes);
    }

    public LocalTime startOf(int position) {
      return start.plusMinutes((long) (position - 1) * slotMinutes);
    }
  }

  /** The first serial of {@code grid} among all of its chamber's sessions that day. */
  public static int firstSerial(List<Grid> dayAtChamber, Grid grid) {
    return 1
        + dayAtChamber.stream()
            .filter(g -> g.start().isBefore(grid.start()))
            .mapToInt(Grid::serialCount)
            .sum();
  }

  /** The serial of a slot starting at {@code start}, if it lies on one session's grid. */
  public static Optional<Integer> serialOf(List<Grid> dayAtChamber, LocalTime start) {
    return dayAtChamber.stream()
        .sorted(Comparator.comparing(Grid::start))
        .filter(g -> !start.isBefore(g.start()) && start.isBefore(g.end()))
        .findFirst()
        .flatMap(
            g -> {
              long minutes = Duration.between(g.start(), start).toMinutes();
              int position = (int) (minutes / g.slotMinutes()) + 1;
              boolean onGrid = minutes % g.slotMinutes() == 0 && position <= g.serialCount();
              return onGrid
                  ? Optional.of(firstSerial(dayAtChamber, g) + position - 1)
                  : Optional.empty();
            });
  }
}
