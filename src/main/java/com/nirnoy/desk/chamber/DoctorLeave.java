package com.nirnoy.desk.chamber;

import com.nirnoy.desk.db.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Days (or part of a day, when times are set) on which a doctor does not sit. */
@Entity
@Table(name = "DoctorLeave")
public class DoctorLeave extends BaseEntity {
  @Column(nullable = false)
  private int doctorId;

  @Column(nullable = false)
  private LocalDate startDate;

  @Column(nullable = false)
  private LocalDate endDate;

  private LocalTime startTime;
  private LocalTime endTime;
  private String reason;

  @JdbcTypeCode(SqlTypes.TIMESTAMP_WITH_TIMEZONE)
  @Column(nullable = false, updatable = false)
  private Instant createdAt = Instant.now();

  protected DoctorLeave() {}

  public DoctorLeave(int doctorId, LocalDate startDate, LocalDate endDate, String reason) {
    this.doctorId = doctorId;
    this.startDate = startDate;
    this.endDate = endDate;
    this.reason = reason;
  }

  /** Leave from the admin's form (already validated): whole days, or part of each day. */
  static DoctorLeave from(int doctorId, LeaveForm f, Instant now) {
    DoctorLeave l =
        new DoctorLeave(doctorId, f.startDate(), f.endDate(), LeaveForm.clean(f.reason()));
    l.startTime = f.startTime();
    l.endTime = f.endTime();
    l.createdAt = now;
    return l;
  }

  public int getDoctorId() {
    return doctorId;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public LocalTime getStartTime() {
    return startTime;
  }

  public LocalTime getEndTime() {
    return endTime;
  }

  public String getReason() {
    return reason;
  }
}
