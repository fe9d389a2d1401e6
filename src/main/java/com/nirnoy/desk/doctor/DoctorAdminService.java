package com.nirnoy.desk.doctor;

import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.rules.DatabaseRules;
import com.nirnoy.desk.rules.InvalidFormException;
import com.nirnoy.desk.rules.RuleViolationException;
import com.nirnoy.desk.staff.Permission;
import com.nirnoy.desk.staff.StaffSession;
import com.nirnoy.desk.stranded.AffectedAppointment;
import com.nirnoy.desk.stranded.Outcome;
import com.nirnoy.desk.stranded.StrandedAppointments;
import com.nirnoy.desk.user.PlatformAccounts;
import com.nirnoy.desk.user.User;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.hibernate.Session;

/**
 * An admin's work on doctors: add (with the platform account every doctor has, one per phone), edit
 * (fees need {@link Permission#CHANGE_FEES}), and take off the desk by registration status
 * (suspended). A doctor is never deleted: appointments and history name them. A change that leaves
 * future appointments without the doctor is previewed first and marks them when confirmed ({@link
 * StrandedAppointments}).
 */
public class DoctorAdminService {
  private static final String WITH_PHONE =
      "select d, u.phone from Doctor d, User u where u.id = d.userId";

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

  /** Every doctor, suspended ones too: approved first, then by name. */
  public List<DoctorDetails> list() {
    session.require(Permission.MANAGE_DOCTORS);
    return db.inTransaction(
        s ->
            s
                .createSelectionQuery(
                    WITH_PHONE
                        + " order by case when d.registrationStatus = 'APPROVED' then 0 else 1 end,"
                        + " d.nameEn, d.id",
                    Object[].class)
                .getResultList()
                .stream()
                .map(r -> DoctorDetails.of((Doctor) r[0], (String) r[1]))
                .toList());
  }

  public DoctorDetails find(int doctorId) {
    session.require(Permission.MANAGE_DOCTORS);
    return db.inTransaction(s -> details(s, doctorId));
  }

  /**
   * Adds a doctor: first their platform account ({@code User}, role DOCTOR, the doctor's phone),
   * then the doctor, in one transaction.
   *
   * @throws InvalidFormException naming the fields to fix
   * @throws RuleViolationException e.g. when the BMDC number is taken, or the phone already has an
   *     account
   */
  public DoctorDetails create(DoctorForm form) {
    session.require(Permission.CHANGE_FEES);
    session.require(Permission.MANAGE_DOCTORS);
    InvalidFormException.refuseIfAny(form.problems());
    return DatabaseRules.explained(
        () ->
            db.inTransaction(
                s -> {
                  String phone = form.canonicalPhone();
                  if (PlatformAccounts.find(s, phone, null).isPresent()) {
                    throw phoneTaken();
                  }
                  User account = new User(phone, User.DOCTOR, clock.instant());
                  s.persist(account);
                  s.flush();
                  Doctor d = Doctor.from(account.getId(), form, clock.instant());
                  s.persist(d);
                  s.flush();
                  return DoctorDetails.of(d, account.getPhone());
                }));
  }

  /** The future appointments {@code form} would strand (e.g. suspended); nothing is saved. */
  public List<AffectedAppointment> previewUpdate(int doctorId, DoctorForm form) {
    checkUpdate(doctorId, form);
    return DatabaseRules.explained(() -> stranded.preview(doctorId, s -> apply(s, doctorId, form)));
  }

  /**
   * Saves the edit and marks the appointments it strands, in one transaction.
   *
   * @throws com.nirnoy.desk.staff.PermissionDeniedException for a fee change by a non-admin
   */
  public Outcome<DoctorDetails> update(int doctorId, DoctorForm form) {
    checkUpdate(doctorId, form);
    String reason =
        switch (form.status()) {
          case APPROVED -> "The doctor's details changed";
          case SUSPENDED -> "The doctor is suspended and takes no appointments";
          case PENDING, UNDER_REVIEW, REJECTED ->
              "The doctor's registration is not approved (" + form.status() + ")";
        };
    return DatabaseRules.explained(
        () -> {
          List<AffectedAppointment> marked =
              stranded.confirm(doctorId, reason, s -> apply(s, doctorId, form));
          return new Outcome<>(find(doctorId), marked);
        });
  }

  /**
   * Sets the registration status alone (e.g. suspend: "deactivate"): the same as an edit that
   * changes only the status.
   */
  public Outcome<DoctorDetails> changeStatus(int doctorId, DoctorStatus status) {
    return update(doctorId, find(doctorId).toForm().withStatus(status));
  }

  private void checkUpdate(int doctorId, DoctorForm form) {
    session.require(Permission.FRONT_DESK);
    DoctorDetails now = db.inTransaction(s -> details(s, doctorId));
    if (form.fee() == null
        || now.fee() != form.fee()
        || !Objects.equals(now.followUpFee(), form.followUpFee())
        || !Objects.equals(now.reportFee(), form.reportFee())) {
      session.require(Permission.CHANGE_FEES);
    }
    session.require(Permission.MANAGE_DOCTORS);
    InvalidFormException.refuseIfAny(form.problems());
  }

  /** The edit, and the account's phone when it changed (refused when another account has it). */
  private void apply(Session s, int doctorId, DoctorForm form) {
    Doctor d = load(s, doctorId);
    User account = s.find(User.class, d.getUserId());
    String phone = form.canonicalPhone();
    if (account != null && !phone.equals(account.getPhone())) {
      boolean taken =
          PlatformAccounts.find(s, phone, null)
              .filter(other -> !other.getId().equals(account.getId()))
              .isPresent();
      if (taken) {
        throw phoneTaken();
      }
      if (!com.nirnoy.desk.user.PhoneNumbers.storedForms(phone).contains(account.getPhone())) {
        account.setPhone(phone, clock.instant());
      }
    }
    d.apply(form, clock.instant());
  }

  private static RuleViolationException phoneTaken() {
    return new RuleViolationException(
        DatabaseRules.PHONE_UNIQUE,
        "Not saved: " + DatabaseRules.words(DatabaseRules.PHONE_UNIQUE) + ".",
        null);
  }

  private static DoctorDetails details(Session s, int doctorId) {
    return s
        .createSelectionQuery(WITH_PHONE + " and d.id = :id", Object[].class)
        .setParameter("id", doctorId)
        .getResultList()
        .stream()
        .map(r -> DoctorDetails.of((Doctor) r[0], (String) r[1]))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No doctor " + doctorId));
  }

  private static Doctor load(Session s, int doctorId) {
    Doctor d = s.find(Doctor.class, doctorId);
    if (d == null) {
      throw new IllegalArgumentException("No doctor " + doctorId);
    }
    return d;
  }
}
