package com.nirnoy.desk.chamber;

import com.nirnoy.desk.db.TimestampedEntity;
import com.nirnoy.desk.doctor.Doctor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One doctor sitting at one place: a diagnostic centre, a hospital, the doctor's own practice. */
@Entity
@Table(name = "DoctorChamber")
public class DoctorChamber extends TimestampedEntity {
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "doctorId", nullable = false)
  private Doctor doctor;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String address;

  @Column(nullable = false)
  private String area;

  @Column(nullable = false)
  private String city = "Dhaka";

  private String phone;

  @Column(nullable = false)
  private boolean isActive = true;

  protected DoctorChamber() {}

  public DoctorChamber(Doctor doctor, String name, String address, String area, String city) {
    this.doctor = doctor;
    this.name = name;
    this.address = address;
    this.area = area;
    this.city = city;
  }

  /** Takes the admin's form (already validated). */
  void apply(ChamberForm f, Instant now) {
    name = ChamberForm.clean(f.name());
    address = ChamberForm.clean(f.address());
    area = ChamberForm.clean(f.area());
    city = ChamberForm.clean(f.city());
    phone = f.canonicalPhone();
    isActive = f.active();
    touched(now);
  }

  public Doctor getDoctor() {
    return doctor;
  }

  public String getName() {
    return name;
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

  public boolean isActive() {
    return isActive;
  }
}
