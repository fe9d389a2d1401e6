package com.nirnoy.desk.doctor;

import com.nirnoy.desk.db.TimestampedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A doctor. Fees are in BDT. */
@Entity
@Table(name = "Doctor")
public class Doctor extends TimestampedEntity {
  private String userId;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String specialty;

  private String qualifications;
  private String bmdcNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DoctorStatus status = DoctorStatus.ACTIVE;

  @Column(nullable = false, precision = 2, scale = 1)
  private BigDecimal rating = BigDecimal.ZERO;

  @Column(nullable = false, precision = 10, scale = 2)
  private BigDecimal fee;

  @Column(precision = 10, scale = 2)
  private BigDecimal followUpFee;

  private String phone;
  private String photoUrl;
  private Integer experienceYears;

  protected Doctor() {}

  public Doctor(String name, String specialty, BigDecimal fee) {
    this.name = name;
    this.specialty = specialty;
    this.fee = fee;
  }

  /** A new doctor from the admin's form (already validated). */
  static Doctor from(DoctorForm f, Instant now) {
    Doctor d = new Doctor(DoctorForm.clean(f.name()), DoctorForm.clean(f.specialty()), f.fee());
    d.apply(f, now);
    d.created(now);
    return d;
  }

  /** Takes every field of the admin's form (already validated). */
  void apply(DoctorForm f, Instant now) {
    name = DoctorForm.clean(f.name());
    specialty = DoctorForm.clean(f.specialty());
    qualifications = DoctorForm.clean(f.qualifications());
    bmdcNumber = f.cleanBmdc();
    fee = f.fee();
    followUpFee = f.followUpFee();
    status = f.status();
    phone = f.canonicalPhone();
    photoUrl = DoctorForm.clean(f.photoUrl());
    touched(now);
  }

  public String getName() {
    return name;
  }

  public String getSpecialty() {
    return specialty;
  }

  public String getQualifications() {
    return qualifications;
  }

  public String getBmdcNumber() {
    return bmdcNumber;
  }

  public DoctorStatus getStatus() {
    return status;
  }

  public BigDecimal getRating() {
    return rating;
  }

  public BigDecimal getFee() {
    return fee;
  }

  /** The follow-up fee, or the new-patient fee when the doctor has none. */
  public BigDecimal getFollowUpFee() {
    return followUpFee == null ? fee : followUpFee;
  }

  /** The follow-up fee as stored: null when the doctor has none of its own. */
  public BigDecimal getOwnFollowUpFee() {
    return followUpFee;
  }

  public String getPhotoUrl() {
    return photoUrl;
  }

  public String getPhone() {
    return phone;
  }

  public Integer getExperienceYears() {
    return experienceYears;
  }

  public String getUserId() {
    return userId;
  }
}
