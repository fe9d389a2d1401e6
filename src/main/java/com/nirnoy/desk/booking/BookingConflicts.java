package com.nirnoy.desk.booking;

import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.db.DatabaseErrors;
import com.nirnoy.desk.db.DatabaseRefusal;
import com.nirnoy.desk.db.DatabaseUnavailableException;
import com.nirnoy.desk.rules.DatabaseRules;
import jakarta.persistence.OptimisticLockException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.hibernate.StaleStateException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a database refusal of a booking into a domain exception, by SQLSTATE and constraint name
 * (read by {@link DatabaseErrors}), and finds the appointment that holds the time so the message
 * can name it. Every other rule's words come from {@link DatabaseRules}, the one vocabulary.
 */
public final class BookingConflicts {
  static final String SLOT_RULE = "unique_appointment_slot";
  static final String OVERLAP_RULE = "Appointment_no_doctor_overlap";

  private static final Logger log = LoggerFactory.getLogger(BookingConflicts.class);

  private final Database db;

  public BookingConflicts(Database db) {
    this.db = db;
  }

  /**
   * The slot an attempt wanted, to find who holds it. {@code excludeId} is the moved appointment.
   */
  public record Wanted(
      String excludeId,
      String doctorId,
      String chamberId,
      LocalDate date,
      LocalTime start,
      LocalTime end) {}

  /** The domain exception for {@code error}, without looking up who holds the time. */
  public static RuntimeException explain(RuntimeException error) {
    return new BookingConflicts(null).translate(error, null);
  }

  /**
   * The domain exception for {@code error}; anything that is not a refusal is returned unchanged
   * (or as {@link DatabaseUnavailableException} when the connection failed).
   */
  public RuntimeException translate(RuntimeException error, Wanted wanted) {
    if (error instanceof BookingException) {
      return error;
    }
    if (error instanceof OptimisticLockException
        || error instanceof StaleStateException
        || error.getCause() instanceof StaleStateException) {
      return new AppointmentChangedException(error);
    }
    Optional<DatabaseRefusal> refusal = DatabaseErrors.refusal(error);
    if (refusal.isEmpty()) {
      if (DatabaseErrors.isConnectionFailure(error)) {
        return new DatabaseUnavailableException(
            "The database cannot be reached; nothing was changed unless the schedule shows it after reconnecting",
            error);
      }
      return error;
    }
    DatabaseRefusal r = refusal.get();
    log.info("Booking refused by {} ({}): {}", r.constraint(), r.sqlState(), r.detail());
    if (r.is(SLOT_RULE)) {
      return new SlotTakenException(holderOfSlot(wanted).orElse(null), error);
    }
    if (r.is(OVERLAP_RULE)) {
      return conflictWith(holderOfOverlap(wanted).orElse(null), wanted, error);
    }
    String name = r.constraint() == null ? r.kind().name().toLowerCase() : r.constraint();
    return new BookingRuleException(name, DatabaseRules.words(name), error);
  }

  /**
   * The conflict with {@code holder}, an appointment holding (some of) the wanted time: the booking
   * statement finds a committed one before it inserts, and the overlap rule's refusal is explained
   * by one. {@code cause} is the refusal, if any.
   */
  static BookingConflictException conflictWith(
      AppointmentSummary holder, Wanted wanted, Throwable cause) {
    return isSameSlot(holder, wanted)
        ? new SlotTakenException(holder, cause)
        : new DoctorDoubleBookedException(holder, cause);
  }

  /** An identical slot is "already booked" whichever of the two rules happened to catch it. */
  private static boolean isSameSlot(AppointmentSummary holder, Wanted w) {
    return holder != null
        && holder.chamberId().equals(w.chamberId())
        && holder.startTime().equals(w.start());
  }

  private Optional<AppointmentSummary> holderOfSlot(Wanted w) {
    return find(
        AppointmentSummary.WITH_NAMES
            + """
          where a.doctor.id = :doctorId and a.chamber.id = :chamberId and a.date = :date
          and a.startTime = :start and a.status <> :cancelled and a.id <> :excludeId
        """,
        w,
        false);
  }

  private Optional<AppointmentSummary> holderOfOverlap(Wanted w) {
    return find(
        AppointmentSummary.WITH_NAMES
            + """
          where a.doctor.id = :doctorId and a.date = :date and a.startTime < :end and a.endTime > :start
          and a.status <> :cancelled and a.id <> :excludeId
        order by a.startTime
        """,
        w,
        true);
  }

  private Optional<AppointmentSummary> find(String jpql, Wanted w, boolean overlap) {
    if (w == null) {
      return Optional.empty();
    }
    try {
      return db.read(
          s -> {
            var q =
                s.createSelectionQuery(jpql, Appointment.class)
                    .setParameter("doctorId", w.doctorId())
                    .setParameter("date", w.date())
                    .setParameter("start", w.start())
                    .setParameter("cancelled", AppointmentStatus.CANCELLED)
                    .setParameter("excludeId", w.excludeId() == null ? "" : w.excludeId());
            if (overlap) {
              q.setParameter("end", w.end());
            } else {
              q.setParameter("chamberId", w.chamberId());
            }
            return q.setMaxResults(1).uniqueResultOptional().map(AppointmentSummary::of);
          });
    } catch (RuntimeException e) {
      log.warn("Could not look up who holds {} {}: {}", w.date(), w.start(), e.getMessage());
      return Optional.empty();
    }
  }
}
