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
    User patient = User.patient(cleanName, phone, gender, dateOfBirth);
    db.inTransaction(
        s -> {
          s.persist(patient);
          return null;
        });
    return summary(patient);
  }

  private static PatientSummary summary(User u) {
    return new PatientSummary(
        u.getId(), u.getName(), u.getPhone(), u.getGender(), u.getDateOfBirth());
  }
}
