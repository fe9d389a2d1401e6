package com.nirnoy.desk.booking;

import com.nirnoy.desk.chamber.DoctorChamber;
import com.nirnoy.desk.db.ClinicDayTimestamp;
import com.nirnoy.desk.db.ClockTimeText;
import com.nirnoy.desk.db.TimestampedEntity;
import com.nirnoy.desk.doctor.Doctor;
import com.nirnoy.desk.patient.Patient;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A booking on the platform's {@code "Appointment"}: the account holder's patient, the visit's own
 * snapshot (who it is for, when booked for a family member), the clinic day and {@code HH:mm}
 * times, and a platform timestamp for each step of the day-of flow. The database fills the clinic,
 * the serial and the held time ({@code Appointment_desk_fill}) and judges double booking.
 */
@Entity
@Table(name = "Appointment")
public class Appointment extends TimestampedEntity {
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "patientId", nullable = false)
  private Patient patient;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "doctorId", nullable = false)
  private Doctor doctor;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "chamberId", nullable = false)
  private DoctorChamber chamber;

  private Integer clinicId;

  @Convert(converter = ClinicDayTimestamp.class)
  @Column(nullable = false)
  private LocalDate date;

  @Convert(converter = ClockTimeText.class)
  @Column(nullable = false)
  private LocalTime startTime;

  @Convert(converter = ClockTimeText.class)
  private LocalTime endTime;

  private Integer serialNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AppointmentStatus status = AppointmentStatus.REQUESTED;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private VisitType visitType = VisitType.NEW;

  @Column(nullable = false)
  private String consultationType = "CHAMBER";

  private String patientName;
  private String patientPhone;
  private Integer patientAge;
  private String patientGender;
  private String notes;
  private Integer fee;

  @Column(nullable = false, updatable = false)
  private Instant bookedAt = Instant.now();

  private Instant confirmedAt;
  private Instant checkedInAt;
  private Instant startedAt;
  private Instant completedAt;
  private Instant cancelledAt;
  private String cancellationReason;

  protected Appointment() {}

  void cancel(String reason, Instant now) {
    if (status == AppointmentStatus.CANCELLED) {
      return;
    }
    if (!status.isOpen()) {
      throw new InvalidStatusChangeException(status, AppointmentStatus.CANCELLED);
    }
    status = AppointmentStatus.CANCELLED;
    cancellationReason = reason;
    cancelledAt = now;
    touched(now);
  }

  /** Moves along the day-of flow, stamping the platform's timestamp of the step. */
  void changeStatus(AppointmentStatus next, Instant now) {
    if (next == status) {
      return;
    }
    if (!status.canBecome(next)) {
      throw new InvalidStatusChangeException(status, next);
    }
    status = next;
    switch (next) {
      case CONFIRMED -> confirmedAt = confirmedAt == null ? now : confirmedAt;
      case CHECKED_IN -> checkedInAt = now;
      case IN_PROGRESS -> startedAt = now;
      case COMPLETED -> completedAt = now;
      default -> {}
    }
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
    clinicId = null;
    date = newDate;
    startTime = newStart;
    endTime = newEnd;
    touched(now);
  }

  public Patient getPatient() {
    return patient;
  }

  public Doctor getDoctor() {
    return doctor;
  }

  public DoctorChamber getChamber() {
    return chamber;
  }

  public Integer getClinicId() {
    return clinicId;
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

  public VisitType getVisitType() {
    return visitType;
  }

  /** Who the visit is for: the snapshot name when booked for a family member, else the holder. */
  public String getVisitorName() {
    return patientName != null && !patientName.isBlank() ? patientName : patient.getName();
  }

  public String getPatientName() {
    return patientName;
  }

  public String getPatientPhone() {
    return patientPhone;
  }

  public Integer getPatientAge() {
    return patientAge;
  }

  public String getPatientGender() {
    return patientGender;
  }

  public String getNotes() {
    return notes;
  }

  public Integer getFee() {
    return fee;
  }

  public Instant getConfirmedAt() {
    return confirmedAt;
  }

  public Instant getCheckedInAt() {
    return checkedInAt;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  public Instant getCancelledAt() {
    return cancelledAt;
  }

  public String getCancellationReason() {
    return cancellationReason;
  }
}
