package com.nirnoy.desk.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A doctor's day across all chambers: each session with its serials, plus appointments that fall on
 * no session's grid (so nothing booked is ever hidden).
 */
public record DaySchedule(
    int doctorId, LocalDate date, List<SessionDay> sessions, List<Slot> offGrid) {

  /** Every slot of the day in time order. */
  public List<Slot> allSlots() {
    return Stream.concat(sessions.stream().flatMap(s -> s.slots().stream()), offGrid.stream())
        .sorted(java.util.Comparator.comparing(Slot::start))
        .toList();
  }

  /** The first bookable serial at {@code chamberId}, if any (a walk-in gets this one). */
  public Optional<Slot> firstFree(int chamberId) {
    return sessions.stream()
        .filter(s -> s.session().chamberId() == chamberId)
        .flatMap(s -> s.slots().stream())
        .filter(Slot::isFree)
        .findFirst();
  }
}
