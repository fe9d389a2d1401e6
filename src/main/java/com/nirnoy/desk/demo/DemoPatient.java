package com.nirnoy.desk.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A generated person; createdAt is clinic local time. People of one household share a phone, and so
 * one platform account: only its holder has a {@code "Patient"} row; the others appear on their
 * appointments as the patient snapshot (name, age, gender, phone) under the holder's Patient id.
 */
record DemoPatient(
    String id,
    String name,
    String gender,
    LocalDate dateOfBirth,
    String phone,
    LocalDateTime createdAt,
    int household,
    boolean holder) {

  /** The platform's spelling: 'Male' or 'Female'. */
  String platformGender() {
    return "MALE".equals(gender) ? "Male" : "Female";
  }
}
