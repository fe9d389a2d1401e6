package com.nirnoy.desk.patient;

import com.nirnoy.desk.user.Gender;
import java.time.LocalDate;
import java.time.Period;

/**
 * Someone a visit can be for, as the booking dialog lists them: the account holder of a phone
 * (their own {@code Patient}), or a family member booked before under that account, whose visits
 * carry their name, age and sex as the appointment's snapshot.
 *
 * @param patientId the {@code Patient} every visit on this phone is booked under: the holder's
 * @param accountHolder true for the account's own patient; false for a family member
 */
public record PatientSummary(
    int patientId,
    String name,
    String phone,
    Gender gender,
    LocalDate dateOfBirth,
    boolean accountHolder) {

  /** The account holder. */
  public PatientSummary(
      int patientId, String name, String phone, Gender gender, LocalDate dateOfBirth) {
    this(patientId, name, phone, gender, dateOfBirth, true);
  }

  /** Kept for screens that name the patient by id. */
  public int id() {
    return patientId;
  }

  /** Age in whole years on {@code today}, or -1 when the date of birth is unknown. */
  public int ageOn(LocalDate today) {
    return dateOfBirth == null ? -1 : Period.between(dateOfBirth, today).getYears();
  }
}
