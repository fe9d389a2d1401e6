package com.nirnoy.desk.chamber;

import com.nirnoy.desk.clinic.Clinic;
import com.nirnoy.desk.db.ClockTimeText;
import com.nirnoy.desk.db.TimestampedEntity;
import com.nirnoy.desk.doctor.Doctor;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalTime;

/**
 * One doctor sitting at one place on a weekly schedule ({@code "DoctorChamber"}): the platform
 * keeps the schedule in the row itself (days, hours, slot length, cap), so one row is one weekly
 * session (docs/decisions/0023). Fee overrides, when set, win over the doctor's fees.
 */
@Entity
@Table(name = "DoctorChamber")
public class DoctorChamber extends TimestampedEntity {
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "doctorId", nullable = false)
  private Doctor doctor;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "clinicId")
  private Clinic clinic;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String type = "HOSPITAL";

  @Column(nullable = false)
  private String address;

  @Column(nullable = false)
  private String area;

  @Column(nullable = false)
  private String city = "Dhaka";

  @Column(nullable = false)
  private String district = "Dhaka";

  private String phone;

  @Column(nullable = false)
  private String daysOfWeek;

  @Convert(converter = ClockTimeText.class)
  @Column(nullable = false)
  private LocalTime startTime;

  @Convert(converter = ClockTimeText.class)
  @Column(nullable = false)
  private LocalTime endTime;

  @Column(nullable = false)
  private int slotDuration = 15;

  private Integer maxPatients;
  private Integer consultationFee;
  private Integer followUpFee;
  private Integer reportCheckFee;

  @Column(nullable = false)
  private boolean isActive = true;

  protected DoctorChamber() {}

  /** A new chamber of {@code doctor} from the admin's form (already validated). */
  DoctorChamber(Doctor doctor, Clinic clinic, ChamberForm f, Instant now) {
    this.doctor = doctor;
    created(now);
    apply(f, clinic, now);
  }

  /**
   * Takes every field of the admin's form (already validated): the place, the clinic (or none), the
   * weekly session and the fee overrides.
   */
  void apply(ChamberForm f, Clinic inClinic, Instant now) {
    name = ChamberForm.clean(f.name());
    address = ChamberForm.clean(f.address());
    area = ChamberForm.clean(f.area());
    city = ChamberForm.clean(f.city());
    phone = f.canonicalPhone();
    clinic = inClinic;
    SessionForm session = f.schedule();
    daysOfWeek = session.daysOfWeek();
    startTime = session.start();
    endTime = session.end();
    slotDuration = session.slotMinutes();
    maxPatients = session.maxPatients();
    consultationFee = f.fees().consultationFee();
    followUpFee = f.fees().followUpFee();
    reportCheckFee = f.fees().reportCheckFee();
    isActive = f.active();
    touched(now);
  }

  public Doctor getDoctor() {
    return doctor;
  }

  public Clinic getClinic() {
    return clinic;
  }

  public String getName() {
    return name;
  }

  public String getType() {
    return type;
  }

  public String getAddress() {
    return address;
  }

  public String getArea() {
    return area;
  }

  public String getCity() {
    return city;
  }

  public String getPhone() {
    return phone;
  }

  public String getDaysOfWeek() {
    return daysOfWeek;
  }

  public LocalTime getStartTime() {
    return startTime;
  }

  public LocalTime getEndTime() {
    return endTime;
  }

  public int getSlotDuration() {
    return slotDuration;
  }

  public Integer getMaxPatients() {
    return maxPatients;
  }

  public Integer getConsultationFee() {
    return consultationFee;
  }

  public Integer getFollowUpFee() {
    return followUpFee;
  }

  public Integer getReportCheckFee() {
    return reportCheckFee;
  }

  public boolean isActive() {
    return isActive;
  }
}
