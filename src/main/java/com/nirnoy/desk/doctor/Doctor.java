package com.nirnoy.desk.doctor;

import com.nirnoy.desk.db.TimestampedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A doctor as the platform keeps them ({@code "Doctor"}): English and Bangla names, title,
 * specialty, registration status (only APPROVED doctors are bookable) and fees in whole taka. The
 * fee of a visit is the platform's rule, {@code nirnoy_visit_fee} in the database.
 */
@Entity
@Table(name = "Doctor")
public class Doctor extends TimestampedEntity {
  @Column(nullable = false)
  private Integer userId;

  @Column(nullable = false)
  private String nameEn;

  private String nameBn;

  @Column(nullable = false)
  private String gender;

  @Column(nullable = false)
  private String title = "Dr.";

  @Column(nullable = false)
  private String primarySpecialty;

  private String bmdcNumber;

  @Column(nullable = false)
  private String registrationStatus = "PENDING";

  @Column(nullable = false)
  private int experienceYears;

  @Column(nullable = false)
  private int consultationFeeNew;

  private Integer consultationFeeFollowUp;
  private Integer consultationFeeReport;

  @Column(nullable = false)
  private double averageRating;

  @Column(nullable = false)
  private boolean acceptNewPatients = true;

  private Instant approvedAt;
  private Instant suspendedAt;

  protected Doctor() {}

  /** A new doctor of the platform account {@code userId}, from the admin's form. */
  public Doctor(
      Integer userId, String nameEn, String gender, String primarySpecialty, Instant now) {
    this.userId = userId;
    this.nameEn = nameEn;
    this.gender = gender;
    this.primarySpecialty = primarySpecialty;
    created(now);
  }

  /** A new doctor of the platform account {@code userId} from the admin's form (validated). */
  static Doctor from(int userId, DoctorForm f, Instant now) {
    Doctor d =
        new Doctor(
            userId,
            DoctorForm.clean(f.nameEn()),
            f.gender().stored(),
            DoctorForm.clean(f.specialty()),
            now);
    d.apply(f, now);
    return d;
  }

  /**
   * Takes every field of the admin's form (already validated). Approval and suspension are dated as
   * the platform dates them ({@code approvedAt}, {@code suspendedAt}).
   */
  void apply(DoctorForm f, Instant now) {
    nameEn = DoctorForm.clean(f.nameEn());
    nameBn = DoctorForm.clean(f.nameBn());
    title = f.cleanTitle();
    gender = f.gender().stored();
    primarySpecialty = DoctorForm.clean(f.specialty());
    bmdcNumber = f.cleanBmdc();
    String status = f.status().name();
    if (!status.equals(registrationStatus)) {
      if (f.status() == DoctorStatus.APPROVED) {
        approvedAt = now;
        suspendedAt = null;
      } else if (f.status() == DoctorStatus.SUSPENDED) {
        suspendedAt = now;
      }
    }
    registrationStatus = status;
    experienceYears = f.experienceYears();
    consultationFeeNew = f.fee();
    consultationFeeFollowUp = f.followUpFee();
    consultationFeeReport = f.reportFee();
    acceptNewPatients = f.acceptNewPatients();
    touched(now);
  }

  /** The name in Bangla when the desk speaks Bangla and the doctor has one. */
  public String displayName(boolean bangla) {
    String name = bangla && nameBn != null && !nameBn.isBlank() ? nameBn : nameEn;
    return title == null || title.isBlank() ? name : title + " " + name;
  }

  public boolean isBookable() {
    return "APPROVED".equals(registrationStatus);
  }

  public Integer getUserId() {
    return userId;
  }

  public String getNameEn() {
    return nameEn;
  }

  public String getNameBn() {
    return nameBn;
  }

  public String getGender() {
    return gender;
  }

  public String getTitle() {
    return title;
  }

  public String getPrimarySpecialty() {
    return primarySpecialty;
  }

  public String getBmdcNumber() {
    return bmdcNumber;
  }

  public String getRegistrationStatus() {
    return registrationStatus;
  }

  public int getExperienceYears() {
    return experienceYears;
  }

  public int getConsultationFeeNew() {
    return consultationFeeNew;
  }

  public Integer getConsultationFeeFollowUp() {
    return consultationFeeFollowUp;
  }

  public Integer getConsultationFeeReport() {
    return consultationFeeReport;
  }

  public double getAverageRating() {
    return averageRating;
  }

  public boolean isAcceptNewPatients() {
    return acceptNewPatients;
  }
}
