package com.nirnoy.desk.user;

import com.nirnoy.desk.db.TimestampedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A patient, doctor or staff member ({@code "User"}). A phone number may be shared by a family. */
@Entity
@Table(name = "User")
public class User extends TimestampedEntity {
  private String phone;
  private String email;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Role role = Role.PATIENT;

  @Enumerated(EnumType.STRING)
  private Gender gender;

  private LocalDate dateOfBirth;
  private String passwordHash;

  @Column(nullable = false)
  private boolean isActive = true;

  protected User() {}

  /** A new patient, registered at the desk. */
  public static User patient(String name, String phone, Gender gender, LocalDate dateOfBirth) {
    User u = new User(name, phone, Role.PATIENT);
    u.gender = gender;
    u.dateOfBirth = dateOfBirth;
    return u;
  }

  /** A new patient with the id the registering desk chose (kept if it has to try again). */
  public static User patient(
      String id, String name, String phone, Gender gender, LocalDate dateOfBirth) {
    User u = patient(name, phone, gender, dateOfBirth);
    u.identifyAs(id);
    return u;
  }

  /**
   * Whether this is the registration {@code other} describes (same name, phone, sex and date of
   * birth).
   */
  public boolean samePatientAs(User other) {
    return name.equals(other.name)
        && phone.equals(other.phone)
        && gender == other.gender
        && java.util.Objects.equals(dateOfBirth, other.dateOfBirth);
  }

  /** Corrects a patient's registered details (as the desk retyped them). */
  public void correctDetails(User typed, Instant now) {
    this.name = typed.name;
    this.phone = typed.phone;
    this.gender = typed.gender;
    this.dateOfBirth = typed.dateOfBirth;
    touched(now);
  }

  /** A new staff account; {@code passwordHash} is a slow salted hash, never the password. */
  public static User staff(
      String name, String phone, String email, Role role, String passwordHash, Instant now) {
    User u = new User(name, phone, role);
    u.email = email;
    u.passwordHash = passwordHash;
    u.created(now);
    return u;
  }

  public User(String name, String phone, Role role) {
    this.name = name;
    this.phone = phone;
    this.role = role;
  }

  public String getName() {
    return name;
  }

  public String getPhone() {
    return phone;
  }

  public String getEmail() {
    return email;
  }

  public Role getRole() {
    return role;
  }

  public Gender getGender() {
    return gender;
  }

  public LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  public boolean isActive() {
    return isActive;
  }

  /** The stored hash of a staff member's password (null for patients). */
  public String getPasswordHash() {
    return passwordHash;
  }

  public void setPasswordHash(String passwordHash, Instant now) {
    this.passwordHash = passwordHash;
    touched(now);
  }

  public void setActive(boolean active, Instant now) {
    this.isActive = active;
    touched(now);
  }

  public void setGender(Gender gender) {
    this.gender = gender;
    touch();
  }

  public void setDateOfBirth(LocalDate dateOfBirth) {
    this.dateOfBirth = dateOfBirth;
    touch();
  }

  public void setEmail(String email) {
    this.email = email;
    touch();
  }

  private void touch() {
    touched(Instant.now());
  }
}
