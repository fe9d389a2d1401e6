package com.nirnoy.desk.live;

import java.time.LocalDate;
import java.util.List;

/**
 * What changed in the database within one short burst (a fraction of a second), delivered to
 * screens at once so a burst of bookings costs each screen one reload.
 *
 * @param reloadAll true when changes may have been missed (the listener was reconnecting, or a
 *     message could not be read): every screen should reload
 * @param days the doctor-days announced
 */
public record Changes(boolean reloadAll, List<Change> days) {

  /** "Reload everything": sent after the listener reconnects. */
  public static Changes everything() {
    return new Changes(true, List.of());
  }

  /** True when a screen showing {@code doctorId} from {@code from} to {@code to} must reload. */
  public boolean touches(int doctorId, LocalDate from, LocalDate to) {
    return reloadAll
        || days.stream()
            .anyMatch(
                c -> c.doctorId() == doctorId && !c.date().isBefore(from) && !c.date().isAfter(to));
  }

  /** True when a screen showing every doctor on {@code date} must reload. */
  public boolean touches(LocalDate date) {
    return reloadAll || days.stream().anyMatch(c -> c.date().equals(date));
  }
}
