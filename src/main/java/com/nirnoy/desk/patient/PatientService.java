package com.nirnoy.desk.patient;

import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.staff.Permission;
import com.nirnoy.desk.staff.StaffSession;
import com.nirnoy.desk.user.Gender;
import com.nirnoy.desk.user.PhoneNumbers;
import com.nirnoy.desk.user.Role;
import com.nirnoy.desk.user.User;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Finds patients by phone (a family may share one) and registers new ones at the desk; both need a
 * signed-in staff member.
 */
public class PatientService {
  static final int MAX_NAME = 100;
  static final int MAX_AGE = 120;

  private final Database db;
  private final Clock clock;
  private final StaffSession staff;

  public PatientService(Database db, Clock clock, StaffSession staff) {
    this.db = db;
    this.clock = clock;
    this.staff = staff;
  }

  /**
   * Everyone registered with this phone, as typed ("01711-000001"); empty for an invalid number.
   */
  public List<PatientSummary> findByPhone(String typed) {
    staff.require(Permission.FRONT_DESK);
    return PhoneNumbers.canonical(typed)
        .map(
            phone ->
                db.inTransaction(
                    s ->
                        s
                            .createSelectionQuery(
                                "from User where phone = :phone and role = :role and isActive order by name",
                                User.class)
                            .setParameter("phone", phone)
                            .setParameter("role", Role.PATIENT)
                            .getResultList()
                            .stream()
                            .map(PatientService::summary)
                            .toList()))
        .orElse(List.of());
  }

  /**
   * Registers a patient. The phone is stored in its canonical form.
   *
   * @throws InvalidPatientException naming the field that is wrong
   */
  public PatientSummary register(
      String name, String typedPhone, Gender gender, LocalDate dateOfBirth) {
    return register(UUID.randomUUID().toString(), name, typedPhone, gender, dateOfBirth);
  }

  /**
   * Registers a patient under {@code patientId}, an id the desk chose once for this registration
   * and sends again if it has to retry: when an earlier attempt was saved after all (its connection
   * dropped before the answer), that patient is returned, with the details corrected if they were
   * retyped meanwhile, instead of registering the patient twice.
   *
   * @throws InvalidPatientException naming the field that is wrong
   */
  public PatientSummary register(
      String patientId, String name, String typedPhone, Gender gender, LocalDate dateOfBirth) {
    staff.require(Permission.FRONT_DESK);
    String cleanName = name == null ? "" : name.strip().replaceAll("\\s+", " ");
    if (cleanName.isEmpty() || cleanName.length() > MAX_NAME) {
      throw new InvalidPatientException(
          "Name: enter the patient's name (at most " + MAX_NAME + " letters)");
    }
    String phone =
        PhoneNumbers.canonical(typedPhone)
            .orElseThrow(
                () ->
                    new InvalidPatientException("Phone: enter a valid number, e.g. 01711-000001"));
    LocalDate today = LocalDate.now(clock);
    if (dateOfBirth != null
        && (dateOfBirth.isAfter(today) || dateOfBirth.isBefore(today.minusYears(MAX_AGE)))) {
      throw new InvalidPatientException(
          "Date of birth: must be in the past and within " + MAX_AGE + " years");
    }
    User typed = User.patient(patientId, cleanName, phone, gender, dateOfBirth);
    return db.inTransaction(
        s -> {
          User saved = s.find(User.class, patientId);
          if (saved == null) {
            s.persist(typed);
            return summary(typed);
          }
          if (saved.getRole() != Role.PATIENT) {
            throw new IllegalArgumentException(
                "Id " + patientId + " is not a patient's; make a new id per registration");
          }
          if (!saved.samePatientAs(typed)) {
            saved.correctDetails(typed, clock.instant());
          }
          return summary(saved);
        });
  }

  private static PatientSummary summary(User u) {
    return new PatientSummary(
        u.getId(), u.getName(), u.getPhone(), u.getGender(), u.getDateOfBirth());
  }
}
