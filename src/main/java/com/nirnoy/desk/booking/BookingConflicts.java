package com.nirnoy.desk.booking;

import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.db.DatabaseErrors;
import com.nirnoy.desk.db.DatabaseRefusal;
import com.nirnoy.desk.db.DatabaseUnavailableException;
import com.nirnoy.desk.db.NamedSql;
import com.nirnoy.desk.rules.DatabaseRules;
import jakarta.persistence.OptimisticLockException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
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
  /**
   * The seed's {@code unique_appointment_slot}: the platform's schema gives it only a client name,
   * so the database knows it by Prisma's default name; either is recognised.
   */
  public static final String SLOT_RULE = "Appointment_doctorId_chamberId_date_startTime_key";

  public static final String SLOT_RULE_CLIENT_NAME = "unique_appointment_slot";
  public static final String OVERLAP_RULE = "Appointment_no_doctor_overlap";

  private static final Logger log = LoggerFactory.getLogger(BookingConflicts.class);

  private final Database db;

  public BookingConflicts(Database db) {
    this.db = db;
  }

  /**
   * The slot an attempt wanted, to find who holds it. {@code excludeId} is the moved appointment.
   */
  public record Wanted(
      int excludeId, int doctorId, int chamberId, LocalDate date, LocalTime start, LocalTime end) {}

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
    if (r.is(SLOT_RULE) || r.is(SLOT_RULE_CLIENT_NAME)) {
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
        && holder.chamberId() == w.chamberId()
        && holder.startTime().equals(w.start());
  }

  /** The first live appointment of the wanted doctor-day (other than the moved one) matching. */
  private static NamedSql holderQuery(String condition) {
    return new NamedSql(
        "SELECT "
            + AppointmentSummary.COLUMNS
            + " "
            + AppointmentSummary.FROM
            + """
            WHERE a."doctorId" = :doctor AND a.status <> 'CANCELLED' AND a.id <> :exclude
              AND a."date" >= CAST(:day AS date) - interval '12 hours'
              AND a."date" < CAST(:day AS date) + interval '12 hours'
              AND\s"""
            + condition
            + " LIMIT 1");
  }

  private static final NamedSql HOLDER_OF_SLOT =
      holderQuery(
          """
          a."chamberId" = :chamber AND a."startTime"::time = :start
          ORDER BY a.id
          """);

  private static final NamedSql HOLDER_OF_OVERLAP =
      holderQuery(
          """
          a."deskSlot" && tsrange(CAST(:day AS date) + :start, CAST(:day AS date) + :end)
          ORDER BY a."deskSlot"
          """);

  private Optional<AppointmentSummary> holderOfSlot(Wanted w) {
    return find(HOLDER_OF_SLOT, w);
  }

  private Optional<AppointmentSummary> holderOfOverlap(Wanted w) {
    return find(HOLDER_OF_OVERLAP, w);
  }

  private Optional<AppointmentSummary> find(NamedSql sql, Wanted w) {
    if (w == null) {
      return Optional.empty();
    }
    Map<String, Object> values =
        Map.of(
            "doctor", w.doctorId(),
            "exclude", w.excludeId(),
            "day", w.date(),
            "start", w.start(),
            "end", w.end(),
            "chamber", w.chamberId());
    try {
      return db.read(
          s ->
              s.doReturningWork(
                  c -> {
                    try (PreparedStatement ps = sql.prepare(c, values);
                        ResultSet rs = ps.executeQuery()) {
                      return rs.next()
                          ? Optional.of(AppointmentSummary.from(rs, 1))
                          : Optional.<AppointmentSummary>empty();
                    }
                  }));
    } catch (RuntimeException e) {
      log.warn("Could not look up who holds {} {}: {}", w.date(), w.start(), e.getMessage());
      return Optional.empty();
    }
  }
}
