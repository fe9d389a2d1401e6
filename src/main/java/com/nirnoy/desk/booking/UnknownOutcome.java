package com.nirnoy.desk.booking;

import com.nirnoy.desk.db.DatabaseErrors;
import java.time.Duration;
import java.util.Optional;

/**
 * Settles a booking whose commit outcome is unknown: the connection dropped during or right after
 * the commit, so the desk cannot tell whether the appointment exists. Its request id can (see
 * {@code Appointment_requestId_key}): once the database answers again, the appointment with that id
 * is the booking, and no such appointment means it was not made.
 */
public final class UnknownOutcome {
  private static final long FIRST_WAIT_MS = 250;
  private static final long LONGEST_WAIT_MS = 2_000;

  private UnknownOutcome() {}

  /**
   * Asks whether booking request {@code requestId} was committed, again and again while the
   * database does not answer, for at most {@code patience}.
   *
   * @return the appointment the request made, or empty when it made none (sending the same request
   *     again is then safe: it can never book twice)
   * @throws RuntimeException the last connection failure when the database did not answer in time
   */
  public static Optional<AppointmentSummary> settle(
      BookingService booking, String requestId, Duration patience) {
    long deadline = System.nanoTime() + patience.toNanos();
    for (long wait = FIRST_WAIT_MS; ; wait = Math.min(wait * 2, LONGEST_WAIT_MS)) {
      try {
        return booking.findByRequestId(requestId);
      } catch (RuntimeException e) {
        if (!DatabaseErrors.isConnectionFailure(e)
            || System.nanoTime() + wait * 1_000_000 > deadline) {
          throw e;
        }
        pause(wait);
      }
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for the database", e);
    }
  }
}
