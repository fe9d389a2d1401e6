package com.nirnoy.desk.doctor;

import com.nirnoy.desk.db.TimestampedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;

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
