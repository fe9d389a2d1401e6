package com.nirnoy.desk.doctor;

import com.nirnoy.desk.user.Gender;

/**
 * A doctor as the admin's editor shows it; {@link #toForm()} starts an edit of a copy.
 *
 * @param phone the doctor's platform account's phone, as stored
 * @param rating the platform's average rating (read-only at the desk)
 */
public record DoctorDetails(
    int id,
    int userId,
    String nameEn,
    String nameBn,
    String title,
    Gender gender,
    String specialty,
    String bmdcNumber,
    String phone,
    DoctorStatus status,
    int experienceYears,
    int fee,
    Integer followUpFee,
    Integer reportFee,
    double rating,
    boolean acceptNewPatients) {

  static DoctorDetails of(Doctor d, String phone) {
    return new DoctorDetails(
        d.getId(),
        d.getUserId(),
        d.getNameEn(),
        d.getNameBn(),
        d.getTitle(),
        Gender.fromStored(d.getGender()).orElse(null),
        d.getPrimarySpecialty(),
        d.getBmdcNumber(),
        phone,
        DoctorStatus.fromStored(d.getRegistrationStatus()),
        d.getExperienceYears(),
        d.getConsultationFeeNew(),
        d.getConsultationFeeFollowUp(),
        d.getConsultationFeeReport(),
        d.getAverageRating(),
        d.isAcceptNewPatients());
  }

  /** Title and name, in Bangla when the desk speaks Bangla and the doctor has a Bangla name. */
  public String displayName(boolean bangla) {
    String name = bangla && nameBn != null && !nameBn.isBlank() ? nameBn : nameEn;
    return title == null || title.isBlank() ? name : title + " " + name;
  }

  public DoctorForm toForm() {
    return new DoctorForm(
        nameEn,
        nameBn,
        title,
        gender,
        specialty,
        bmdcNumber,
        phone == null ? null : com.nirnoy.desk.user.PhoneNumbers.display(phone),
        status,
        experienceYears,
        fee,
        followUpFee,
        reportFee,
        acceptNewPatients);
  }
}
