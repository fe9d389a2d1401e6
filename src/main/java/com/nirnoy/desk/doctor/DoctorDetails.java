package com.nirnoy.desk.doctor;

import java.math.BigDecimal;

/** A doctor as the admin's editor shows it; {@link #toForm()} starts an edit of a copy. */
public record DoctorDetails(
    String id,
    String name,
    String bmdcNumber,
    String specialty,
    String qualifications,
    BigDecimal fee,
    BigDecimal followUpFee,
    DoctorStatus status,
    String phone,
    String photoUrl) {

  static DoctorDetails of(Doctor d) {
    return new DoctorDetails(
        d.getId(),
        d.getName(),
        d.getBmdcNumber(),
        d.getSpecialty(),
        d.getQualifications(),
        d.getFee(),
        d.getOwnFollowUpFee(),
        d.getStatus(),
        d.getPhone(),
        d.getPhotoUrl());
  }

  public DoctorForm toForm() {
    return new DoctorForm(
        name, bmdcNumber, specialty, qualifications, fee, followUpFee, status, phone, photoUrl);
  }
}
