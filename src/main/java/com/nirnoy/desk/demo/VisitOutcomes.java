package com.nirnoy.desk.demo;

import com.nirnoy.desk.demo.Booking.Source;
import com.nirnoy.desk.demo.Booking.Status;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;

/**
 * Decides how each booked visit stands at "now", with the platform's timestamps: visits that have
 * ended were completed or missed, the first patient of a running session is with the doctor, those
 * due soon have checked in, later ones are confirmed, or, booked on the web, some still wait to be
 * confirmed (REQUESTED); a few are cancelled, with a reason, before their time.
 */
final class VisitOutcomes {
  static final double CANCELLED_PAST = 0.08;
  static final double CANCELLED_COMING = 0.05;
  static final double NO_SHOW = 0.08;

  /** Share of coming web bookings the clinic has not confirmed yet. */
  static final double UNCONFIRMED_WEB = 0.5;

  /** Patients come to the chamber up to this long before their estimated time. */
  static final long ARRIVE_EARLY_MINUTES = 45;

  private final LocalDateTime now;
  private final List<String> cancelReasons;

  VisitOutcomes(LocalDateTime now, List<String> cancelReasons) {
    this.now = now;
    this.cancelReasons = cancelReasons;
  }

  /** Settles one session occurrence's bookings, given in serial order. */
  void settle(List<Booking> bySerial, Random random) {
    boolean doctorBusy = false;
    for (Booking b : bySerial) {
      // draw the same numbers whatever the branch, so "now" changes statuses, never the rest
      double cancelDraw = random.nextDouble();
      double missDraw = random.nextDouble();
      double when = random.nextDouble();
      double confirmDraw = random.nextDouble();
      long confirmLag = 5 + random.nextInt(180);
      String reason = cancelReasons.get(random.nextInt(cancelReasons.size()));

      boolean unconfirmed = b.source == Source.WEB && confirmDraw < UNCONFIRMED_WEB;
      // the desk confirms its own bookings at once; the clinic confirms web ones a little later
      LocalDateTime confirmed =
          b.source.desk()
              ? b.bookedAt
              : earliest(b.bookedAt.plusMinutes(confirmLag), b.startsAt().minusMinutes(50), now);
      confirmed = later(confirmed, b.bookedAt);

      if (cancelDraw < cancelShare(b.date)) {
        LocalDateTime at = between(b.bookedAt, earlier(b.startsAt(), now), when);
        b.status = Status.CANCELLED;
        b.confirmedAt = unconfirmed || confirmed.isAfter(at) ? null : confirmed;
        b.cancelledAt = at;
        b.cancellationReason = reason;
        b.updatedAt = at;
      } else if (!b.endsAt().isAfter(now)) {
        b.confirmedAt = confirmed;
        if (missDraw < NO_SHOW) {
          b.status = Status.NO_SHOW;
          b.updatedAt = b.endsAt();
        } else {
          b.status = Status.COMPLETED;
          b.checkedInAt = checkIn(b, confirmed, when);
          b.startedAt = later(b.startsAt(), b.checkedInAt);
          b.completedAt = later(b.endsAt(), b.startedAt);
          b.updatedAt = b.completedAt;
        }
      } else if (!doctorBusy && !b.startsAt().isAfter(now)) {
        doctorBusy = true;
        b.status = Status.IN_PROGRESS;
        b.confirmedAt = confirmed;
        b.checkedInAt = checkIn(b, confirmed, when);
        b.startedAt = later(b.startsAt(), b.checkedInAt);
        b.updatedAt = b.startedAt;
      } else if (!b.startsAt().isAfter(now.plusMinutes(ARRIVE_EARLY_MINUTES))) {
        // at the chamber; an unconfirmed web booking is confirmed when the patient checks in
        LocalDateTime arrived = later(b.bookedAt, now.minusMinutes((long) (when * 30)));
        b.status = Status.CHECKED_IN;
        b.confirmedAt = unconfirmed ? arrived : earlier(confirmed, arrived);
        b.checkedInAt = arrived;
        b.updatedAt = arrived;
      } else if (unconfirmed) {
        b.status = Status.REQUESTED;
        b.updatedAt = b.bookedAt;
      } else {
        b.status = Status.CONFIRMED;
        b.confirmedAt = confirmed;
        b.updatedAt = confirmed;
      }
    }
  }

  /** Up to 40 minutes before the visit, never before it was confirmed. */
  private static LocalDateTime checkIn(Booking b, LocalDateTime confirmed, double when) {
    return later(confirmed, b.startsAt().minusMinutes((long) (when * 40)));
  }

  private double cancelShare(LocalDate date) {
    return date.isBefore(now.toLocalDate()) ? CANCELLED_PAST : CANCELLED_COMING;
  }

  private static LocalDateTime between(LocalDateTime from, LocalDateTime to, double fraction) {
    long seconds = Duration.between(from, to).toSeconds();
    return from.plusSeconds((long) (Math.max(0, seconds) * fraction));
  }

  private static LocalDateTime earliest(LocalDateTime a, LocalDateTime b, LocalDateTime c) {
    return earlier(earlier(a, b), c);
  }

  private static LocalDateTime earlier(LocalDateTime a, LocalDateTime b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
    return a.isAfter(b) ? a : b;
  }
}
