package com.nirnoy.desk.doctor;

import java.util.Locale;

/**
 * A doctor's registration with the platform ({@code Doctor.registrationStatus}): only an APPROVED
 * doctor is bookable (the database refuses bookings otherwise, {@code
 * Appointment_doctor_approved}). The desk "deactivates" a doctor by suspending them.
 */
public enum DoctorStatus {
  PENDING,
  UNDER_REVIEW,
  APPROVED,
  REJECTED,
  SUSPENDED;

  /** Whether patients can be booked with a doctor of this status. */
  public boolean isBookable() {
    return this == APPROVED;
  }

  /** The status a stored word names; an unknown word (another client's) reads as PENDING. */
  public static DoctorStatus fromStored(String word) {
    if (word == null) {
      return PENDING;
    }
    try {
      return valueOf(word.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return PENDING;
    }
  }
}
