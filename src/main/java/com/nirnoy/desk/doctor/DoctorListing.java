package com.nirnoy.desk.doctor;

import java.util.List;

/**
 * One row of the doctor directory. Both names (and the specialty's Bangla name when the platform's
 * {@code Specialty} table has it) so a screen in Bangla shows them; {@code chambers} reads "Name
 * (Area)", active chambers only, each place once.
 *
 * @param fee the new-patient fee in whole taka; {@code followUpFee} the doctor's own follow-up fee,
 *     or null (the platform's rule then applies: {@code nirnoy_visit_fee})
 */
public record DoctorListing(
    int id,
    String name,
    String nameBn,
    String title,
    String specialty,
    String specialtyBn,
    int fee,
    Integer followUpFee,
    double rating,
    DoctorStatus status,
    List<String> chambers) {

  /** Title and name, in Bangla when the desk speaks Bangla and the doctor has a Bangla name. */
  public String displayName(boolean bangla) {
    String n = bangla && nameBn != null && !nameBn.isBlank() ? nameBn : name;
    return title == null || title.isBlank() ? n : title + " " + n;
  }

  /** The specialty in Bangla when known and asked for. */
  public String specialty(boolean bangla) {
    return bangla && specialtyBn != null && !specialtyBn.isBlank() ? specialtyBn : specialty;
  }

  public boolean isBookable() {
    return status.isBookable();
  }
}
