package com.nirnoy.desk.chamber;

import static com.nirnoy.desk.rules.DatabaseRules.explained;

import com.nirnoy.desk.clinic.Clinic;
import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.doctor.Doctor;
import com.nirnoy.desk.rules.InvalidFormException;
import com.nirnoy.desk.staff.Permission;
import com.nirnoy.desk.staff.StaffSession;
import com.nirnoy.desk.stranded.AffectedAppointment;
import com.nirnoy.desk.stranded.Outcome;
import com.nirnoy.desk.stranded.StrandedAppointments;
import java.time.Clock;
import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;

/**
 * An admin's work on a doctor's chambers (a doctor may sit at several): add, edit the place, the
 * weekly session (days, hours, slot length, cap) and the fee overrides, close. A chamber row is one
 * weekly session (decision 0023): a second session on a day is another chamber at the same place.
 *
 * <p>No database rule keeps a doctor's sessions apart any more, so this service does: with the
 * doctor's row locked ({@code SELECT ... FOR UPDATE}, so two admins cannot both slip a session in),
 * an active chamber that shares a weekday and overlapping hours with another active chamber of the
 * doctor is refused ({@link SessionOverlapException}, naming the one in the way). Shortening the
 * hours, lowering the cap, dropping a weekday or closing the chamber strands the future
 * appointments that no longer fit: previewed first, marked on confirm.
 */
public class ChamberAdminService {
  private final Database db;
  private final Clock clock;
  private final StaffSession session;
  private final StrandedAppointments stranded;

  public ChamberAdminService(
      Database db, Clock clock, StaffSession session, StrandedAppointments stranded) {
    this.db = db;
    this.clock = clock;
    this.session = session;
    this.stranded = stranded;
  }

  /** The doctor's chambers, closed ones too: open first, by name, then by starting time. */
  public List<ChamberDetails> chambersOf(int doctorId) {
    session.require(Permission.MANAGE_SCHEDULES);
    return db.inTransaction(
        s ->
            s
                .createSelectionQuery(
                    "from DoctorChamber c join fetch c.doctor left join fetch c.clinic"
                        + " where c.doctor.id = :doctorId"
                        + " order by c.isActive desc, c.name, c.startTime, c.id",
                    DoctorChamber.class)
                .setParameter("doctorId", doctorId)
                .getResultList()
                .stream()
                .map(ChamberDetails::of)
                .toList());
  }

  /** The doctor's weekly sessions at every chamber, one per weekday, by day and time. */
  public List<SessionDetails> sessionsOf(int doctorId) {
    return chambersOf(doctorId).stream()
        .flatMap(c -> c.sessions().stream())
        .sorted(
            Comparator.comparing((SessionDetails d) -> WeeklyDays.WEEK.indexOf(d.day()))
                .thenComparing(SessionDetails::start)
                .thenComparing(SessionDetails::chamberId))
        .toList();
  }

  /** The platform's active clinics a chamber can be in, by name. */
  public List<ClinicChoice> clinics() {
    session.require(Permission.MANAGE_SCHEDULES);
    return db.read(
        s ->
            s
                .createSelectionQuery(
                    "select id, name, address, area, city from Clinic where isActive"
                        + " order by name, area, id",
                    Object[].class)
                .getResultList()
                .stream()
                .map(
                    r ->
                        new ClinicChoice(
                            (Integer) r[0],
                            (String) r[1],
                            (String) r[2],
                            (String) r[3],
                            (String) r[4]))
                .toList());
  }

  /**
   * Adds a chamber (one weekly session) for the doctor.
   *
   * @throws SessionOverlapException when the doctor already sits elsewhere on one of its days at
   *     overlapping hours
   */
  public ChamberDetails create(int doctorId, ChamberForm form) {
    session.require(Permission.MANAGE_SCHEDULES);
    InvalidFormException.refuseIfAny(form.problems());
    return explained(
        () ->
            db.inTransaction(
                s -> {
                  Doctor doctor = lockDoctor(s, doctorId);
                  refuseOverlap(s, doctorId, null, form);
                  DoctorChamber c =
                      new DoctorChamber(doctor, clinic(s, form), form, clock.instant());
                  s.persist(c);
                  s.flush();
                  return ChamberDetails.of(c);
                }));
  }

  /**
   * The future appointments {@code form} would strand (a closed chamber, shorter hours, a lower
   * cap, a day dropped); nothing is saved.
   *
   * @throws SessionOverlapException as {@link #update} would
   */
  public List<AffectedAppointment> previewUpdate(int chamberId, ChamberForm form) {
    int doctorId = check(chamberId, form);
    return explained(() -> stranded.preview(doctorId, s -> apply(s, doctorId, chamberId, form)));
  }

  /**
   * Saves the edit and marks the appointments it strands, in one transaction.
   *
   * @throws SessionOverlapException when the new days or hours overlap another active chamber of
   *     the doctor
   */
  public Outcome<ChamberDetails> update(int chamberId, ChamberForm form) {
    int doctorId = check(chamberId, form);
    String reason =
        form.active()
            ? "The doctor's weekly session changed"
            : "The chamber is closed for this doctor";
    return explained(
        () -> {
          List<AffectedAppointment> marked =
              stranded.confirm(doctorId, reason, s -> apply(s, doctorId, chamberId, form));
          return new Outcome<>(
              db.inTransaction(s -> ChamberDetails.of(load(s, chamberId))), marked);
        });
  }

  private int check(int chamberId, ChamberForm form) {
    session.require(Permission.MANAGE_SCHEDULES);
    InvalidFormException.refuseIfAny(form.problems());
    return db.inTransaction(s -> load(s, chamberId).getDoctor().getId());
  }

  private void apply(Session s, int doctorId, int chamberId, ChamberForm form) {
    lockDoctor(s, doctorId);
    refuseOverlap(s, doctorId, chamberId, form);
    load(s, chamberId).apply(form, clinic(s, form), clock.instant());
  }

  /**
   * Locks the doctor's row for the rest of the transaction: another admin's chamber change (and a
   * booking's check of the doctor) waits, so the overlap check below sees every committed session.
   */
  private static Doctor lockDoctor(Session s, int doctorId) {
    List<Integer> locked =
        s.createNativeQuery("SELECT id FROM \"Doctor\" WHERE id = :id FOR UPDATE", Integer.class)
            .setParameter("id", doctorId)
            .getResultList();
    if (locked.isEmpty()) {
      throw new IllegalArgumentException("No doctor " + doctorId);
    }
    return s.find(Doctor.class, doctorId);
  }

  /**
   * Refuses an active session sharing a weekday and hours with another active one of the doctor.
   */
  private static void refuseOverlap(Session s, int doctorId, Integer ownId, ChamberForm form) {
    if (!form.active()) {
      return; // a closed chamber sits nowhere
    }
    SessionForm mine = form.schedule();
    s
        .createSelectionQuery(
            "from DoctorChamber c where c.doctor.id = :doctorId and c.isActive and c.id <> :own",
            DoctorChamber.class)
        .setParameter("doctorId", doctorId)
        .setParameter("own", ownId == null ? -1 : ownId)
        .getResultList()
        .stream()
        .filter(
            c ->
                mine.overlaps(
                    WeeklyDays.parse(c.getDaysOfWeek()), c.getStartTime(), c.getEndTime()))
        .map(c -> SessionDetails.on(c, firstSharedDay(mine.days(), c)))
        .min(
            Comparator.comparing((SessionDetails d) -> WeeklyDays.WEEK.indexOf(d.day()))
                .thenComparing(SessionDetails::start))
        .ifPresent(
            clash -> {
              throw new SessionOverlapException(clash);
            });
  }

  private static DayOfWeek firstSharedDay(Set<DayOfWeek> days, DoctorChamber c) {
    Set<DayOfWeek> theirs = WeeklyDays.parse(c.getDaysOfWeek());
    return WeeklyDays.WEEK.stream()
        .filter(d -> days.contains(d) && theirs.contains(d))
        .findFirst()
        .orElseThrow();
  }

  private static Clinic clinic(Session s, ChamberForm form) {
    return form.clinicId() == null ? null : s.getReference(Clinic.class, form.clinicId());
  }

  private static DoctorChamber load(Session s, int chamberId) {
    DoctorChamber c = s.find(DoctorChamber.class, chamberId);
    if (c == null) {
      throw new IllegalArgumentException("No chamber " + chamberId);
    }
    return c;
  }
}
