package com.nirnoy.desk.staff;

import com.nirnoy.desk.user.Role;
import com.nirnoy.desk.user.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A desk staff account ({@code "DeskStaff"}): the desk's credentials of a platform account. The
 * platform signs people in by phone OTP and has no receptionist role, so name, role and password
 * hash live here, linked to the {@code "User"} whose phone or email is the login.
 */
@Entity
@Table(name = "DeskStaff")
public class DeskStaff {
  @Id private Integer userId;

  @MapsId
  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "userId")
  private User user;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Role role;

  @Column(nullable = false)
  private String passwordHash;

  @Column(nullable = false)
  private boolean isActive = true;

  @JdbcTypeCode(SqlTypes.TIMESTAMP_WITH_TIMEZONE)
  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  @JdbcTypeCode(SqlTypes.TIMESTAMP_WITH_TIMEZONE)
  @Column(nullable = false)
  private Instant updatedAt;

  protected DeskStaff() {}

  /**
   * A new account of {@code user}; {@code passwordHash} is a slow salted hash, never the password.
   */
  DeskStaff(User user, String name, Role role, String passwordHash, Instant now) {
    this.user = user;
    this.name = name;
    this.role = role;
    this.passwordHash = passwordHash;
    this.createdAt = now;
    this.updatedAt = now;
  }

  StaffMember member() {
    return new StaffMember(
        userId != null ? userId : user.getId(),
        name,
        user.getPhone(),
        user.getEmail(),
        role,
        isActive);
  }

  String passwordHash() {
    return passwordHash;
  }

  Role role() {
    return role;
  }

  void setPasswordHash(String hash, Instant now) {
    this.passwordHash = hash;
    this.updatedAt = now;
  }

  void setActive(boolean active, Instant now) {
    this.isActive = active;
    this.updatedAt = now;
  }
}
