package com.nirnoy.desk.chamber;

import static com.nirnoy.desk.rules.DatabaseRules.explained;

import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.doctor.Doctor;
import com.nirnoy.desk.rules.InvalidFormException;
import com.nirnoy.desk.staff.Permission;
import com.nirnoy.desk.staff.StaffSession;
import com.nirnoy.desk.stranded.AffectedAppointment;
import com.nirnoy.desk.stranded.Outcome;
import com.nirnoy.desk.stranded.StrandedAppointments;
import java.time.Clock;
import java.util.List;
import org.hibernate.Session;

/**
 * An admin's work on a doctor's chambers (a doctor may sit at several): add, edit, close. Closing a
 * chamber strands its future appointments: previewed first, marked on confirm.
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

  /** The doctor's chambers, closed ones too, open first, by name. */
  public List<ChamberDetails> chambersOf(String doctorId) {
    session.require(Permission.MANAGE_SCHEDULES);
    return db.inTransaction(
        s ->
            s
                .createSelectionQuery(
                    "from DoctorChamber c join fetch c.doctor where c.doctor.id = :doctorId"
                        + " order by c.isActive desc, c.name",
                    DoctorChamber.class)
                .setParameter("doctorId", doctorId)
                .getResultList()
                .stream()
                .map(ChamberDetails::of)
                .toList());
  }

  /** Adds a chamber for the doctor. */
  public ChamberDetails create(String doctorId, ChamberForm form) {
    session.require(Permission.MANAGE_SCHEDULES);
    InvalidFormException.refuseIfAny(form.problems());
    return explained(
        () ->
            db.inTransaction(
                s -> {
                  Doctor doctor = s.find(Doctor.class, doctorId);
                  if (doctor == null) {
                    throw new IllegalArgumentException("No doctor " + doctorId);
                  }
                  DoctorChamber c =
                      new DoctorChamber(
                          doctor, form.name(), form.address(), form.area(), form.city());
                  c.apply(form, clock.instant());
                  s.persist(c);
                  s.flush();
                  return ChamberDetails.of(c);
                }));
  }

  /** The future appointments {@code form} would strand (a closed chamber); nothing is saved. */
  public List<AffectedAppointment> previewUpdate(String chamberId, ChamberForm form) {
    String doctorId = check(chamberId, form);
    return explained(() -> stranded.preview(doctorId, s -> apply(s, chamberId, form)));
  }

  /** Saves the edit and marks the appointments it strands, in one transaction. */
  public Outcome<ChamberDetails> update(String chamberId, ChamberForm form) {
    String doctorId = check(chamberId, form);
    return explained(
        () -> {
          List<AffectedAppointment> marked =
              stranded.confirm(
                  doctorId,
                  "The chamber is closed for this doctor",
                  s -> apply(s, chamberId, form));
          return new Outcome<>(
              db.inTransaction(s -> ChamberDetails.of(load(s, chamberId))), marked);
        });
  }

  private String check(String chamberId, ChamberForm form) {
    session.require(Permission.MANAGE_SCHEDULES);
    InvalidFormException.refuseIfAny(form.problems());
    return db.inTransaction(s -> load(s, chamberId).getDoctor().getId());
  }

  private void apply(Session s, String chamberId, ChamberForm form) {
    load(s, chamberId).apply(form, clock.instant());
  }

  private static DoctorChamber load(Session s, String chamberId) {
    DoctorChamber c = s.find(DoctorChamber.class, chamberId);
    if (c == null) {
      throw new IllegalArgumentException("No chamber " + chamberId);
    }
    return c;
  }
}
