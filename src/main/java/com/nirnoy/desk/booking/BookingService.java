package com.nirnoy.desk.booking;

import com.nirnoy.desk.chamber.DoctorChamber;
import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.db.DatabaseErrors;
import com.nirnoy.desk.rules.DatabaseRules;
import com.nirnoy.desk.staff.Permission;
import com.nirnoy.desk.staff.StaffSession;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.hibernate.Session;

/**
 * Books, cancels and reschedules appointments, each in one short transaction. The database is the
 * judge of conflicts (the platform's slot index, {@code Appointment_no_doctor_overlap}); this
 * service only turns its refusals into {@link BookingException}s that name who holds the time.
 * Every change needs a signed-in staff member ({@link Permission#FRONT_DESK}); a booking records
 * them in {@code DeskBooking.bookedById}.
 */
public class BookingService {
  /**
   * The doctor's own choice on the platform ({@code Doctor.acceptNewPatients}): the desk books no
   * new patient's visit for a doctor who takes none (the web's own screens keep to it too; the
   * database does not refuse it, so a web write valid today stays valid).
   */
  public static final String NOT_TAKING_NEW = "Doctor_acceptNewPatients";

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
    String actorId = String.valueOf(staff.require(Permission.FRONT_DESK).id());
    var wanted =
        new BookingConflicts.Wanted(
            0,
            request.doctorId(),
            request.chamberId(),
            request.date(),
            request.startTime(),
            request.endTime());
    BookingStatement.Outcome outcome;
    try {
      outcome =
          db.inTransactionPresentingSessionItself(
              s ->
                  BookingStatement.book(s, request, actorId, db.sessionToken(), clock.instant())
                      .orElseGet(
                          () -> new BookingStatement.Outcome(true, madeEarlier(s, request))));
    } catch (RuntimeException e) {
      // the same request racing itself meets the slot rule (a unique refusal) after the other
      // attempt committed: that booking is this one's. Any other failure is only translated.
      if (DatabaseErrors.sqlState(e).filter("23505"::equals).isPresent()) {
        Optional<AppointmentSummary> made = safelyFindByRequestId(request.requestId());
        if (made.isPresent()) {
          return sameBooking(made.get(), request);
        }
      }
      throw conflicts.translate(e, wanted);
    }
    if (!outcome.booked()) {
      throw BookingConflicts.conflictWith(outcome.appointment(), wanted, null);
    }
    return outcome.appointment();
  }

  private Optional<AppointmentSummary> safelyFindByRequestId(String requestId) {
    try {
      return findByRequestId(requestId);
    } catch (RuntimeException lookupFailed) {
      return Optional.empty();
    }
  }

  /**
   * The booking that the request's id already made (a retry after an unknown outcome, or the same
   * request committed a moment ago by another attempt); the insert did nothing, so if there is none
   * the chamber is not the doctor's.
   */
  private static AppointmentSummary madeEarlier(Session s, BookingRequest request) {
    return AppointmentQueries.byRequestId(s, request.requestId())
        .map(earlier -> sameBooking(earlier, request))
        .orElseThrow(() -> whyNotBooked(s, request));
  }

  /** Why the statement inserted nothing when no booking of the request exists. */
  private static BookingRuleException whyNotBooked(Session s, BookingRequest request) {
    boolean refusesNew =
        request.type() == VisitType.NEW
            && s.createSelectionQuery(
                        "select count(*) from Doctor where id = :id and acceptNewPatients = false",
                        Long.class)
                    .setParameter("id", request.doctorId())
                    .getSingleResult()
                > 0;
    return refusesNew
        ? new BookingRuleException(NOT_TAKING_NEW, DatabaseRules.words(NOT_TAKING_NEW), null)
        : new BookingRuleException(
            "Appointment_chamber_of_doctor",
            DatabaseRules.words("Appointment_chamber_of_doctor"),
            null);
  }

  /**
   * A request id names one booking; reusing it for another is a client bug, never a silent no-op.
   */
  private static AppointmentSummary sameBooking(AppointmentSummary earlier, BookingRequest r) {
    boolean same =
        earlier.patientId() == r.patientId()
            && earlier.doctorId() == r.doctorId()
            && earlier.chamberId() == r.chamberId()
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
  public AppointmentSummary cancel(int appointmentId, String reason) {
    staff.require(Permission.FRONT_DESK);
    try {
      return db.inTransaction(
          s -> {
            Appointment a = load(s, appointmentId);
            a.cancel(reason, clock.instant());
            s.flush();
            return reload(s, appointmentId);
          });
    } catch (RuntimeException e) {
      throw conflicts.translate(e, null);
    }
  }

  /**
   * Moves the appointment along the day-of flow: confirm (a web request), check-in (CHECKED_IN),
   * IN_PROGRESS, COMPLETED or NO_SHOW, stamping the platform's time of each step. Setting the
   * status it already has is harmless.
   *
   * @throws InvalidStatusChangeException when the flow does not allow it (e.g. completed -> checked
   *     in)
   */
  public AppointmentSummary changeStatus(int appointmentId, AppointmentStatus next) {
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
            return reload(s, appointmentId);
          });
    } catch (RuntimeException e) {
      throw conflicts.translate(e, null);
    }
  }

  /**
   * Moves the appointment to another slot (same doctor; any of the doctor's chambers) in one
   * transaction: the old slot is freed only if the new one is free. The database gives it the new
   * slot's serial.
   */
  public AppointmentSummary reschedule(
      int appointmentId, int chamberId, LocalDate date, LocalTime start, LocalTime end) {
    staff.require(Permission.FRONT_DESK);
    int doctorId = db.read(s -> load(s, appointmentId).getDoctor().getId());
    var wanted = new BookingConflicts.Wanted(appointmentId, doctorId, chamberId, date, start, end);
    try {
      return db.inTransaction(
          s -> {
            Appointment a = load(s, appointmentId);
            lockDoctorDay(s, doctorId, date);
            a.moveTo(
                s.getReference(DoctorChamber.class, chamberId), date, start, end, clock.instant());
            s.flush();
            return reload(s, appointmentId);
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
  private static void lockDoctorDay(Session s, int doctorId, LocalDate date) {
    s.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:key, 0))", Object.class)
        .setParameter("key", doctorDayLockKey(doctorId, date))
        .getSingleResult();
  }

  /** The advisory lock's key for one doctor's day (hashed to a bigint by the database). */
  static String doctorDayLockKey(int doctorId, LocalDate date) {
    return "nirnoy.doctor-day:" + doctorId + ":" + date;
  }

  /** The chamber's fee of each visit type, by the database's fee rule. */
  public VisitFees fees(int chamberId) {
    return db.read(
        s ->
            s.doReturningWork(
                c -> {
                  try (var ps =
                      c.prepareStatement(
                          "SELECT nirnoy_visit_fee(?, 'NEW'), nirnoy_visit_fee(?, 'FOLLOW_UP'),"
                              + " nirnoy_visit_fee(?, 'REPORT_CHECK')")) {
                    for (int i = 1; i <= 3; i++) {
                      ps.setInt(i, chamberId);
                    }
                    try (var rs = ps.executeQuery()) {
                      rs.next();
                      if (rs.getObject(1) == null) {
                        throw new IllegalArgumentException("No chamber " + chamberId);
                      }
                      return new VisitFees(rs.getInt(1), rs.getInt(2), rs.getInt(3));
                    }
                  }
                }));
  }

  /** The appointment a request made, if it was committed. */
  public Optional<AppointmentSummary> findByRequestId(String requestId) {
    return db.read(s -> AppointmentQueries.byRequestId(s, requestId));
  }

  /** One appointment, with names. */
  public Optional<AppointmentSummary> find(int appointmentId) {
    return db.read(s -> AppointmentQueries.byId(s, appointmentId));
  }

  private static Appointment load(Session s, int appointmentId) {
    Appointment a = s.find(Appointment.class, appointmentId);
    if (a == null) {
      throw new AppointmentNotFoundException(appointmentId);
    }
    return a;
  }

  private static AppointmentSummary reload(Session s, int appointmentId) {
    return AppointmentQueries.byId(s, appointmentId)
        .orElseThrow(() -> new AppointmentNotFoundException(appointmentId));
  }
}
