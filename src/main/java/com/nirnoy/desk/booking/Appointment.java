package com.nirnoy.desk.booking;

import com.nirnoy.desk.chamber.DoctorChamber;
import com.nirnoy.desk.db.TimestampedEntity;
import com.nirnoy.desk.doctor.Doctor;
import com.nirnoy.desk.user.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** A booking of a patient with a doctor at a chamber; date and times are clinic local time. */
@Entity
@Table(name = "Appointment")
public class Appointment extends TimestampedEntity {
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "patientId", nullable = false)
  private User patient;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "doctorId", nullable = false)
  private Doctor doctor;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "chamberId", nullable = false)
  private DoctorChamber chamber;

  @Column(nullable = false)
  private LocalDate date;

  @Column(nullable = false)
  private LocalTime startTime;

  @Column(nullable = false)
  private LocalTime endTime;

  private Integer serialNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AppointmentStatus status = AppointmentStatus.CONFIRMED;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private VisitType type = VisitType.NEW;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private BookingSource source = BookingSource.DESK;

  @Column(nullable = false, precision = 10, scale = 2)
  private BigDecimal fee;

  private String notes;

  @Column(updatable = false)
  private String requestId;

  private String bookedById;
  private String cancelReason;
  private Instant cancelledAt;

  @Version
  @Column(nullable = false)
  private int version;

  protected Appointment() {}

  void setSerialNumber(Integer serialNumber) {
    this.serialNumber = serialNumber;
  }

  void cancel(String reason, Instant now) {
    if (status == AppointmentStatus.CANCELLED) {
      return;
    }
    if (!status.isOpen()) {
      throw new InvalidStatusChangeException(status, AppointmentStatus.CANCELLED);
    }
    status = AppointmentStatus.CANCELLED;
    cancelReason = reason;
    cancelledAt = now;
    touched(now);
  }

  void changeStatus(AppointmentStatus next, Instant now) {
    if (next == status) {
      return;
    }
    if (!status.canBecome(next)) {
      throw new InvalidStatusChangeException(status, next);
    }
    status = next;
    touched(now);
  }

  void moveTo(
      DoctorChamber newChamber,
      LocalDate newDate,
      LocalTime newStart,
      LocalTime newEnd,
      Instant now) {
    if (!status.isOpen()) {
      throw new InvalidStatusChangeException(status, status);
    }
    chamber = newChamber;
    date = newDate;
    startTime = newStart;
    endTime = newEnd;
    touched(now);
  }

  public User getPatient() {
    return patient;
  }

  public Doctor getDoctor() {
    return doctor;
  }

  public DoctorChamber getChamber() {
    return chamber;
  }

  public LocalDate getDate() {
    return date;
  }

  public LocalTime getStartTime() {
    return startTime;
  }

  public LocalTime getEndTime() {
    return endTime;
  }

  public Integer getSerialNumber() {
    return serialNumber;
  }

  public AppointmentStatus getStatus() {
    return status;
  }

  public VisitType getType() {
    return type;
  }

  public BookingSource getSource() {
    return source;
  }

  public BigDecimal getFee() {
    return fee;
  }

  public String getNotes() {
    return notes;
  }

  public String getRequestId() {
    return requestId;
  }

  public String getCancelReason() {
    return cancelReason;
  }
}
