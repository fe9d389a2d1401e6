package com.nirnoy.desk.patient;

import com.nirnoy.desk.user.Gender;
import java.time.LocalDate;
import java.time.Period;

/** A patient as the booking dialog lists them (several may share one family phone). */
public record PatientSummary(
    String id, String name, String phone, Gender gender, LocalDate dateOfBirth) {

  /** Age in whole years on {@code today}, or -1 when the date of birth is unknown. */
  public int ageOn(LocalDate today) {
    return dateOfBirth == null ? -1 : Period.between(dateOfBirth, today).getYears();
  }
}
