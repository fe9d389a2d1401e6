package com.nirnoy.desk.patient;

import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.staff.Permission;
import com.nirnoy.desk.staff.StaffSession;
import com.nirnoy.desk.user.Gender;
import com.nirnoy.desk.user.PhoneNumbers;
import com.nirnoy.desk.user.PlatformAccounts;
import com.nirnoy.desk.user.User;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hibernate.Session;

/**
 * Finds who may come on a phone and registers new patients, as the platform keeps them: one account
 * ({@code "User"}) per phone with its own {@code "Patient"}, the account holder; a family member on
 * the same phone is booked under the holder with the visit's own name, age and sex (the snapshot
 * the web writes when booking for someone else). Both need a signed-in staff member.
 */
public class PatientService {
  static final int MAX_NAME = 100;
  static final int MAX_AGE = 120;

  /** The names already booked under an account, newest first per name. */
  private static final String FAMILY =
      """
      SELECT DISTINCT ON (lower(a."patientName")) a."patientName", a."patientGender",
             a."patientAge", nirnoy_clinic_day(a."date")
      FROM "Appointment" a
      WHERE a."patientId" = :patient AND a."patientName" IS NOT NULL
        AND lower(a."patientName") <> lower(:holder)
      ORDER BY lower(a."patientName"), a."date" DESC
      """;

  private final Database db;
  private final Clock clock;
  private final StaffSession staff;

  public PatientService(Database db, Clock clock, StaffSession staff) {
    this.db = db;
    this.clock = clock;
    this.staff = staff;
  }

  /**
   * Everyone who may come on this phone, as typed ("01711-000001"): the account holder first, then
   * the family members already booked under the account; empty for an invalid or unknown number.
   */
  public List<PatientSummary> findByPhone(String typed) {
    staff.require(Permission.FRONT_DESK);
    return PhoneNumbers.canonical(typed)
        .map(phone -> db.read(s -> onPhone(s, phone)))
        .orElse(List.of());
  }

  private List<PatientSummary> onPhone(Session s, String phone) {
    Optional<Patient> holder = holderOf(s, phone);
    if (holder.isEmpty()) {
      return List.of();
    }
    Patient h = holder.get();
    List<PatientSummary> all = new ArrayList<>();
    all.add(summary(h, phone));
    LocalDate today = LocalDate.now(clock);
    for (Object[] r :
        s.createNativeQuery(FAMILY, Object[].class)
            .setParameter("patient", h.getId())
            .setParameter("holder", h.getName())
            .getResultList()) {
      all.add(
          new PatientSummary(
              h.getId(),
              (String) r[0],
              phone,
              Gender.fromStored((String) r[1]).orElse(null),
              birthFromAge((Integer) r[2], day(r[3]), today),
              false));
    }
    return all;
  }

  /**
   * Registers a patient. A phone without an account gets one (role PATIENT) with this person as its
   * patient; on a phone whose account has a patient already, a different name is a family member,
   * booked under that account with a snapshot (nothing is written until the booking), and the same
   * name is the holder again (a retried registration, with the details corrected if retyped).
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
    String sex = gender == null ? null : gender.stored();
    var born = dateOfBirth == null ? null : dateOfBirth.atStartOfDay();
    return db.inTransaction(
        s -> {
          Optional<Patient> holder = holderOf(s, phone);
          if (holder.isPresent()) {
            Patient h = holder.get();
            if (!sameName(h.getName(), cleanName)) {
              return new PatientSummary(h.getId(), cleanName, phone, gender, dateOfBirth, false);
            }
            h.correct(cleanName, sex == null ? h.getGender() : sex, born, clock.instant());
            return summary(h, phone);
          }
          User account =
              PlatformAccounts.find(s, phone, null)
                  .orElseGet(
                      () -> {
                        User u = new User(phone, User.PATIENT, clock.instant());
                        s.persist(u);
                        return u;
                      });
          Patient p = new Patient(account, cleanName, sex, born, clock.instant());
          s.persist(p);
          s.flush();
          return summary(p, phone);
        });
  }

  private static Optional<Patient> holderOf(Session s, String phone) {
    return s.createSelectionQuery(
            "from Patient p join fetch p.user u where u.phone in (:phones)", Patient.class)
        .setParameter("phones", PhoneNumbers.storedForms(phone))
        .setMaxResults(1)
        .uniqueResultOptional();
  }

  private static boolean sameName(String a, String b) {
    return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
  }

  private static LocalDate day(Object value) {
    return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
  }

  /** A birth date estimated from an age given on a visit's day (1 July of the year). */
  private static LocalDate birthFromAge(Integer age, LocalDate onDay, LocalDate today) {
    if (age == null) {
      return null;
    }
    LocalDate born = onDay.minusYears(age).withMonth(7).withDayOfMonth(1);
    return born.isAfter(today) ? today : born;
  }

  private static PatientSummary summary(Patient p, String phone) {
    return new PatientSummary(
        p.getId(),
        p.getName(),
        phone,
        Gender.fromStored(p.getGender()).orElse(null),
        p.getDateOfBirth() == null ? null : p.getDateOfBirth().toLocalDate(),
        true);
  }
}
