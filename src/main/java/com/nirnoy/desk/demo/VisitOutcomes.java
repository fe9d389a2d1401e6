package com.nirnoy.desk.demo;

import com.nirnoy.desk.booking.AppointmentStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Decides how each booked visit stands at "now": visits that have ended were completed or missed,
 * the first patient of a running session is with the doctor, those due soon are waiting at the
 * chamber, later ones are confirmed; a few are cancelled, with a reason, before their time.
 */
final class VisitOutcomes {
  static final double CANCELLED_PAST = 0.08;
  static final double CANCELLED_COMING = 0.05;
  static final double NO_SHOW = 0.08;

  /** Patients come to the chamber up to this long before their estimated time. */
  static final long ARRIVE_EARLY_MINUTES = 45;

  private final LocalDateTime now;
  private final List<String> cancelReasons;

  VisitOutcomes(LocalDateTime now, List<String> cancelReasons) {
    this.now = now;
    this.cancelReasons = cancelReasons;
  }

  /** Settles one session occurrence's bookings, given in serial order. */
  List<Booking> settle(List<Booking> bySerial, Random random) {
    List<Booking> settled = new ArrayList<>(bySerial.size());
    boolean doctorBusy = false;
    for (Booking b : bySerial) {
      // draw the same numbers whatever the branch, so "now" changes statuses, never the rest
      double cancelDraw = random.nextDouble();
      double missDraw = random.nextDouble();
      double when = random.nextDouble();
      String reason = cancelReasons.get(random.nextInt(cancelReasons.size()));
      if (cancelDraw < cancelShare(b.date())) {
        settled.add(b.cancelled(reason, between(b.createdAt(), earlier(b.startsAt(), now), when)));
      } else if (!b.endsAt().isAfter(now)) {
        boolean missed = missDraw < NO_SHOW;
        settled.add(
            b.settled(
                missed ? AppointmentStatus.NO_SHOW : AppointmentStatus.COMPLETED, b.endsAt()));
      } else if (!doctorBusy && !b.startsAt().isAfter(now)) {
        doctorBusy = true;
        settled.add(
            b.settled(AppointmentStatus.IN_CONSULTATION, later(b.createdAt(), b.startsAt())));
      } else if (!b.startsAt().isAfter(now.plusMinutes(ARRIVE_EARLY_MINUTES))) {
        LocalDateTime arrived = later(b.createdAt(), now.minusMinutes((long) (when * 30)));
        settled.add(b.settled(AppointmentStatus.ARRIVED, arrived));
      } else {
        settled.add(b);
      }
    }
    return settled;
  }

  private double cancelShare(LocalDate date) {
    return date.isBefore(now.toLocalDate()) ? CANCELLED_PAST : CANCELLED_COMING;
  }

  private static LocalDateTime between(LocalDateTime from, LocalDateTime to, double fraction) {
    long seconds = Duration.between(from, to).toSeconds();
    return from.plusSeconds((long) (Math.max(0, seconds) * fraction));
  }

  private static LocalDateTime earlier(LocalDateTime a, LocalDateTime b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
    return a.isAfter(b) ? a : b;
  }
}
