package com.nirnoy.desk.patient;

import com.nirnoy.desk.db.TimestampedEntity;
import com.nirnoy.desk.user.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * The patient profile of a platform account ({@code "Patient"}, one per {@code User}): the account
 * holder. Family members on the same phone are not rows here; their visits carry a snapshot.
 */
@Entity
@Table(name = "Patient")
public class Patient extends TimestampedEntity {
  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "userId", nullable = false, unique = true)
  private User user;

  @Column(nullable = false)
  private String name;

  private String nameEn;

  /** The platform's TIMESTAMP(3) date of birth, at midnight. */
  private LocalDateTime dateOfBirth;

  private String gender;

  protected Patient() {}

  public Patient(User user, String name, String gender, LocalDateTime dateOfBirth, Instant now) {
    this.user = user;
    this.name = name;
    this.gender = gender;
    this.dateOfBirth = dateOfBirth;
    created(now);
  }

  public User getUser() {
    return user;
  }

  public String getName() {
    return name;
  }

  public String getNameEn() {
    return nameEn;
  }

  public LocalDateTime getDateOfBirth() {
    return dateOfBirth;
  }

  public String getGender() {
    return gender;
  }

  /** Corrects the holder's details as the desk retyped them. */
  public void correct(String name, String gender, LocalDateTime dateOfBirth, Instant now) {
    this.name = name;
    this.gender = gender;
    this.dateOfBirth = dateOfBirth;
    touched(now);
  }
}
