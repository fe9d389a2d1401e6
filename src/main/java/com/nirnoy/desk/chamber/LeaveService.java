package com.nirnoy.desk.chamber;

import static com.nirnoy.desk.rules.DatabaseRules.explained;

import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.rules.InvalidFormException;
import com.nirnoy.desk.staff.Permission;
import com.nirnoy.desk.staff.StaffSession;
import com.nirnoy.desk.stranded.AffectedAppointment;
import com.nirnoy.desk.stranded.Outcome;
import com.nirnoy.desk.stranded.StrandedAppointments;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.hibernate.Session;

/**
 * Leave and exceptions: days (or part of each day) when a doctor does not sit. The database then
 * refuses bookings into it ({@code Appointment_not_on_leave}); appointments already booked there
 * are previewed with the patients' phones before the admin confirms, and marked on confirm.
 */
public class LeaveService {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

  private final Database db;
  private final Clock clock;
  private final StaffSession session;
  private final StrandedAppointments stranded;

  public LeaveService(
      Database db, Clock clock, StaffSession session, StrandedAppointments stranded) {
    this.db = db;
    this.clock = clock;
    this.session = session;
    this.stranded = stranded;
  }

  /** The doctor's leave that has not ended yet, soonest first. */
  public List<LeaveDetails> upcoming(int doctorId) {
    session.require(Permission.MANAGE_SCHEDULES);
    return db.inTransaction(
        s ->
            s
                .createSelectionQuery(
                    "from DoctorLeave where doctorId = :doctorId and endDate >= :today"
                        + " order by startDate, startTime nulls first",
                    DoctorLeave.class)
                .setParameter("doctorId", doctorId)
                .setParameter("today", LocalDate.now(clock))
                .getResultList()
                .stream()
                .map(LeaveDetails::of)
                .toList());
  }

  /** The future appointments this leave would strand, with the patients' phones; nothing saved. */
  public List<AffectedAppointment> preview(int doctorId, LeaveForm form) {
    check(form);
    return explained(() -> stranded.preview(doctorId, s -> insert(s, doctorId, form)));
  }

  /** Adds the leave and marks the appointments it strands, in one transaction. */
  public Outcome<LeaveDetails> add(int doctorId, LeaveForm form) {
    check(form);
    LeaveDetails[] saved = new LeaveDetails[1];
    List<AffectedAppointment> marked =
        explained(
            () ->
                stranded.confirm(
                    doctorId,
                    reason(form),
                    s -> saved[0] = LeaveDetails.of(insert(s, doctorId, form))));
    return new Outcome<>(saved[0], marked);
  }

  /** Removes leave (a mistake, or the doctor sits after all); the history keeps it. */
  public void remove(int leaveId) {
    session.require(Permission.MANAGE_SCHEDULES);
    explained(
        () ->
            db.inTransaction(
                s -> {
                  DoctorLeave l = s.find(DoctorLeave.class, leaveId);
                  if (l != null) {
                    s.remove(l);
                  }
                  return null;
                }));
  }

  private void check(LeaveForm form) {
    session.require(Permission.MANAGE_SCHEDULES);
    InvalidFormException.refuseIfAny(form.problems(LocalDate.now(clock)));
  }

  private DoctorLeave insert(Session s, int doctorId, LeaveForm form) {
    DoctorLeave l = DoctorLeave.from(doctorId, form, clock.instant());
    s.persist(l);
    return l;
  }

  private static String reason(LeaveForm f) {
    String when =
        f.startDate().equals(f.endDate())
            ? DAY.format(f.startDate())
            : DAY.format(f.startDate()) + " to " + DAY.format(f.endDate());
    String times = f.wholeDays() ? "" : " " + f.startTime() + "-" + f.endTime();
    String why =
        LeaveForm.clean(f.reason()) == null ? "" : " (" + LeaveForm.clean(f.reason()) + ")";
    return "The doctor is on leave " + when + times + why;
  }
}
