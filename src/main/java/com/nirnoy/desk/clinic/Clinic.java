package com.nirnoy.desk.clinic;

import com.nirnoy.desk.db.TimestampedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A hospital, clinic or diagnostic centre ({@code "Clinic"}) where doctors' chambers are. */
@Entity
@Table(name = "Clinic")
public class Clinic extends TimestampedEntity {
  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String type = "HOSPITAL";

  @Column(nullable = false)
  private String address;

  @Column(nullable = false)
  private String area;

  @Column(nullable = false)
  private String city;

  private String phone;

  @Column(nullable = false)
  private boolean isActive = true;

  protected Clinic() {}

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

  public boolean isActive() {
    return isActive;
  }
}
