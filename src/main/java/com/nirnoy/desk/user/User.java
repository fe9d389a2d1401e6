package com.nirnoy.desk.user;

import com.nirnoy.desk.db.TimestampedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A platform account ({@code "User"}): one per phone number ({@code User_phone_key}). A patient's
 * profile is its {@code Patient}; a family sharing the phone books under it with each visit's own
 * name, age and sex on the appointment. The platform signs accounts in by phone OTP; the desk's
 * staff credentials are in {@code DeskStaff}.
 */
@Entity
@Table(name = "User")
public class User extends TimestampedEntity {
  /** The platform's roles ({@code User.role}). */
  public static final String PATIENT = "PATIENT";

  public static final String DOCTOR = "DOCTOR";

  @Column(nullable = false)
  private String phone;

  private String email;

  // the platform's to change, never the desk's (a desk login may not: column privileges, V6)
  @Column(nullable = false, updatable = false)
  private String role;

  @Column(nullable = false, updatable = false)
  private boolean isActive = true;

  protected User() {}

  /** A new account for {@code phone} (E.164) with a platform role. */
  public User(String phone, String role, Instant now) {
    this.phone = phone;
    this.role = role;
    created(now);
  }

  public String getPhone() {
    return phone;
  }

  public String getEmail() {
    return email;
  }

  public String getRole() {
    return role;
  }

  public boolean isActive() {
    return isActive;
  }

  public void setEmail(String email, Instant now) {
    this.email = email;
    touched(now);
  }

  public void setPhone(String phone, Instant now) {
    this.phone = phone;
    touched(now);
  }
}
