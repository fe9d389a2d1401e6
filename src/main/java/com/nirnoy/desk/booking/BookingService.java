package com.nirnoy.desk.booking;

import com.nirnoy.desk.chamber.DoctorChamber;
import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.staff.Permission;
import com.nirnoy.desk.staff.StaffSession;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.hibernate.Session;

/**
 * Books, cancels and reschedules appointments, each in one short transaction. The database is the
 * judge of conflicts ({@code unique_appointment_slot}, {@code Appointment_no_doctor_overlap}); this
 * service only turns its refusals into {@link BookingException}s that name who holds the time.
 * Every change needs a signed-in staff member ({@link Permission#FRONT_DESK}); a booking records
 * them as {@code bookedById}.
 */
public class BookingService {
  private final Database db;
  private final Clock clock;
  private final StaffSession staff;
  private final BookingConflicts conflicts;

  public BookingService(Database db, Clock clock, StaffSession staff) {
    this.db = db;
    this.clock = clock;
    this.staff = staff;
    this.conflicts = new BookingConflicts(db);
  }

  /**
   * Books the slot. Retrying the same request (same request id) after an unknown outcome returns
   * the appointment it made instead of booking again.
   *
   * @throws SlotTakenException when the slot or its serial is already booked
   * @throws DoctorDoubleBookedException when the doctor is booked at an overlapping time anywhere
   * @throws BookingRuleException when another database rule refuses it (e.g. the doctor is on leave
   *     then: {@code Appointment_not_on_leave})
   * @throws com.nirnoy.desk.staff.PermissionDeniedException when nobody is signed in
   */
  public AppointmentSummary book(BookingRequest request) {
    String actorId = staff.require(Permission.FRONT_DESK).id();
    var wanted =
        new BookingConflicts.Wanted(
            null,
            request.doctorId(),
            request.chamberId(),
            request.date(),
            request.startTime(),
            request.endTime());
    BookingStatement.Outcome outcome;
    try {
      outcome =
          db.inTransactionNamingActorItself(
              s ->
                  BookingStatement.book(s, request, actorId, clock.instant())
                      .orElseGet(
                          () -> new BookingStatement.Outcome(true, madeEarlier(s, request))));
    } catch (RuntimeException e) {
      throw conflicts.translate(e, wanted);
    }
    if (!outcome.booked()) {
      throw BookingConflicts.conflictWith(outcome.appointment(), wanted, null);
    }
    return outcome.appointment();
  }

  /**
   * The booking that the request's id already made (a retry after an unknown outcome, or the same
   * request committed a moment ago by another attempt); the insert did nothing, so if there is none
   * the doctor is not registered.
   */
  private static AppointmentSummary madeEarlier(Session s, BookingRequest request) {
    return findByRequestId(s, request.requestId())
        .map(earlier -> sameBooking(earlier, request))
        .orElseThrow(
            () ->
                new BookingRuleException(
                    "Appointment_doctorId_fkey",
                    "the doctor is not registered (or was removed)",
                    null));
  }

  /**
   * A request id names one booking; reusing it for another is a client bug, never a silent no-op.
   */
  private static AppointmentSummary sameBooking(AppointmentSummary earlier, BookingRequest r) {
    boolean same =
        earlier.patientId().equals(r.patientId())
            && earlier.doctorId().equals(r.doctorId())
            && earlier.chamberId().equals(r.chamberId())
            && earlier.date().equals(r.date())
            && earlier.startTime().equals(r.startTime());
    if (!same) {
      throw new IllegalArgumentException(
          "Request id "
              + r.requestId()
              + " already made another booking; make a new request id per booking");
    }
    return earlier;
  }

  /**
   * Cancels the appointment, freeing its slot at once. Cancelling twice is harmless.
   *
   * @throws InvalidStatusChangeException when the visit already happened (completed, no-show)
   */
  public AppointmentSummary cancel(String appointmentId, String reason) {
    staff.require(Permission.FRONT_DESK);
    try {
      return db.inTransaction(
          s -> {
            Appointment a = load(s, appointmentId);
            a.cancel(reason, clock.instant());
            s.flush();
            return AppointmentSummary.of(a);
          });
    } catch (RuntimeException e) {
      throw conflicts.translate(e, null);
    }
  }

  /**
   * Moves the appointment along the day-of flow: check-in (ARRIVED), IN_CONSULTATION, COMPLETED or
   * NO_SHOW. Setting the status it already has is harmless.
   *
   * @throws InvalidStatusChangeException when the flow does not allow it (e.g. completed ->
   *     arrived)
   */
  public AppointmentSummary changeStatus(String appointmentId, AppointmentStatus next) {
    if (next == AppointmentStatus.CANCELLED) {
      throw new IllegalArgumentException("Use cancel(), which records the reason");
    }
    staff.require(Permission.FRONT_DESK);
    try {
      return db.inTransaction(
          s -> {
            Appointment a = load(s, appointmentId);
            a.changeStatus(next, clock.instant());
            s.flush();
            return AppointmentSummary.of(a);
          });
    } catch (RuntimeException e) {
      throw conflicts.translate(e, null);
    }
  }

  /**
   * Moves the appointment to another slot (same doctor; any of the doctor's chambers) in one
   * transaction: the old slot is freed only if the new one is free.
   */
  public AppointmentSummary reschedule(
      String appointmentId, String chamberId, LocalDate date, LocalTime start, LocalTime end) {
    staff.require(Permission.FRONT_DESK);
    String doctorId = db.read(s -> load(s, appointmentId).getDoctor().getId());
    var wanted = new BookingConflicts.Wanted(appointmentId, doctorId, chamberId, date, start, end);
    try {
      return db.inTransaction(
          s -> {
            Appointment a = load(s, appointmentId);
            lockDoctorDay(s, doctorId, date);
            a.moveTo(
                s.getReference(DoctorChamber.class, chamberId), date, start, end, clock.instant());
            a.setSerialNumber(serialFor(s, chamberId, date, start).orElse(null));
            s.flush();
            return AppointmentSummary.of(reload(s, a.getId()));
          });
    } catch (RuntimeException e) {
      throw conflicts.translate(e, wanted);
    }
  }

  /**
   * Desks booking the same doctor on the same day take turns (a lock held until commit), so two
   * overlapping bookings at two chambers meet the database rules one after the other instead of
   * deadlocking between the slot index and the overlap constraint. Transaction-scoped, so it is
   * safe behind a transaction pooler; other clients that skip it are still stopped by the rules.
   */
  private static void lockDoctorDay(Session s, String doctorId, LocalDate date) {
    s.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:key, 0))", Object.class)
        .setParameter("key", doctorDayLockKey(doctorId, date))
        .getSingleResult();
  }

  /** The advisory lock's key for one doctor's day (hashed to a bigint by the database). */
  static String doctorDayLockKey(String doctorId, LocalDate date) {
    return "nirnoy.doctor-day:" + doctorId + ":" + date;
  }

  /** The appointment a request made, if it was committed. */
  public Optional<AppointmentSummary> findByRequestId(String requestId) {
    return db.read(s -> findByRequestId(s, requestId));
  }

  /** One appointment, with names. */
  public Optional<AppointmentSummary> find(String appointmentId) {
    return db.read(s -> Optional.ofNullable(fetch(s, appointmentId)).map(AppointmentSummary::of));
  }

  private static Optional<AppointmentSummary> findByRequestId(Session s, String requestId) {
    return s.createSelectionQuery(
            AppointmentSummary.WITH_NAMES
                + """
            where a.requestId = :requestId
            """,
            Appointment.class)
        .setParameter("requestId", requestId)
        .uniqueResultOptional()
        .map(AppointmentSummary::of);
  }

  /**
   * The serial of a slot, numbered by the database ({@code nirnoy_serial_of}, the same rule as
   * {@link com.nirnoy.desk.chamber.SerialNumbering}), or empty when the time is not on a session's
   * grid.
   */
  static Optional<Integer> serialFor(Session s, String chamberId, LocalDate date, LocalTime start) {
    return Optional.ofNullable(
        s.createNativeQuery("select nirnoy_serial_of(:chamber, :date, :start)", Integer.class)
            .setParameter("chamber", chamberId)
            .setParameter("date", date)
            .setParameter("start", start)
            .getSingleResult());
  }

  private static Appointment load(Session s, String appointmentId) {
    Appointment a = s.find(Appointment.class, appointmentId);
    if (a == null) {
      throw new AppointmentNotFoundException(appointmentId);
    }
    return a;
  }

  private static Appointment reload(Session s, String appointmentId) {
    Appointment a = fetch(s, appointmentId);
    if (a == null) {
      throw new AppointmentNotFoundException(appointmentId);
    }
    return a;
  }

  private static Appointment fetch(Session s, String appointmentId) {
    return s.createSelectionQuery(
            AppointmentSummary.WITH_NAMES
                + """
            where a.id = :id
            """,
            Appointment.class)
        .setParameter("id", appointmentId)
        .uniqueResult();
  }
}
