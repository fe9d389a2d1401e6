package com.nirnoy.desk.doctor;

import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.rules.DatabaseRules;
import com.nirnoy.desk.rules.InvalidFormException;
import com.nirnoy.desk.staff.Permission;
import com.nirnoy.desk.staff.StaffSession;
import com.nirnoy.desk.stranded.AffectedAppointment;
import com.nirnoy.desk.stranded.Outcome;
import com.nirnoy.desk.stranded.StrandedAppointments;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.hibernate.Session;

/**
 * An admin's work on doctors: add, edit (fees need {@link Permission#CHANGE_FEES}), and take off
 * the desk by status (on leave, inactive). A doctor is never deleted: appointments and history name
 * them. A change that leaves future appointments without the doctor is previewed first and marks
 * them when confirmed ({@link StrandedAppointments}).
 */
public class DoctorAdminService {
  private final Database db;
  private final Clock clock;
  private final StaffSession session;
  private final StrandedAppointments stranded;

  public DoctorAdminService(
      Database db, Clock clock, StaffSession session, StrandedAppointments stranded) {
    this.db = db;
    this.clock = clock;
    this.session = session;
    this.stranded = stranded;
  }

  /** Every doctor, inactive ones too, active first, by name. */
  public List<DoctorDetails> list() {
    session.require(Permission.MANAGE_DOCTORS);
    return db.inTransaction(
        s ->
            s
                .createSelectionQuery(
                    "from Doctor order by case when status = :active then 0 else 1 end, name",
                    Doctor.class)
                .setParameter("active", DoctorStatus.ACTIVE)
                .getResultList()
                .stream()
                .map(DoctorDetails::of)
                .toList());
  }

  public DoctorDetails find(String doctorId) {
    session.require(Permission.MANAGE_DOCTORS);
    return db.inTransaction(s -> DoctorDetails.of(load(s, doctorId)));
  }

  /**
   * Adds a doctor.
   *
   * @throws InvalidFormException naming the fields to fix
   * @throws com.nirnoy.desk.rules.RuleViolationException e.g. when the BMDC number is taken
   */
  public DoctorDetails create(DoctorForm form) {
    session.require(Permission.CHANGE_FEES);
    session.require(Permission.MANAGE_DOCTORS);
    InvalidFormException.refuseIfAny(form.problems());
    try {
      return db.inTransaction(
          s -> {
            Doctor d = Doctor.from(form, clock.instant());
            s.persist(d);
            s.flush();
            return DoctorDetails.of(d);
          });
    } catch (RuntimeException e) {
      throw DatabaseRules.explain(e);
    }
  }

  /** The future appointments {@code form} would strand (e.g. status inactive); nothing is saved. */
  public List<AffectedAppointment> previewUpdate(String doctorId, DoctorForm form) {
    checkUpdate(doctorId, form);
    try {
      return stranded.preview(doctorId, s -> apply(s, doctorId, form));
    } catch (RuntimeException e) {
      throw DatabaseRules.explain(e);
    }
  }

  /**
   * Saves the edit and marks the appointments it strands, in one transaction.
   *
   * @throws com.nirnoy.desk.staff.PermissionDeniedException for a fee change by a non-admin
   */
  public Outcome<DoctorDetails> update(String doctorId, DoctorForm form) {
    checkUpdate(doctorId, form);
    String reason =
        switch (form.status()) {
          case INACTIVE -> "The doctor no longer sits here (inactive)";
          case ON_LEAVE -> "The doctor is on leave";
          case ACTIVE -> "The doctor's details changed";
        };
    try {
      List<AffectedAppointment> marked =
          stranded.confirm(doctorId, reason, s -> apply(s, doctorId, form));
      return new Outcome<>(find(doctorId), marked);
    } catch (RuntimeException e) {
      throw DatabaseRules.explain(e);
    }
  }

  /** Sets the status alone (e.g. deactivate): the same as an edit that changes only the status. */
  public Outcome<DoctorDetails> changeStatus(String doctorId, DoctorStatus status) {
    DoctorDetails d = find(doctorId);
    return update(
        doctorId,
        new DoctorForm(
            d.name(),
            d.bmdcNumber(),
            d.specialty(),
            d.qualifications(),
            d.fee(),
            d.followUpFee(),
            status,
            d.phone(),
            d.photoUrl()));
  }

  private void checkUpdate(String doctorId, DoctorForm form) {
    session.require(Permission.FRONT_DESK);
    DoctorDetails now = db.inTransaction(s -> DoctorDetails.of(load(s, doctorId)));
    if (!sameAmount(now.fee(), form.fee()) || !sameAmount(now.followUpFee(), form.followUpFee())) {
      session.require(Permission.CHANGE_FEES);
    }
    session.require(Permission.MANAGE_DOCTORS);
    InvalidFormException.refuseIfAny(form.problems());
  }

  private void apply(Session s, String doctorId, DoctorForm form) {
    load(s, doctorId).apply(form, clock.instant());
  }

  private static boolean sameAmount(BigDecimal a, BigDecimal b) {
    return Objects.equals(a, b) || (a != null && b != null && a.compareTo(b) == 0);
  }

  private static Doctor load(Session s, String doctorId) {
    Doctor d = s.find(Doctor.class, doctorId);
    if (d == null) {
      throw new IllegalArgumentException("No doctor " + doctorId);
    }
    return d;
  }
}
