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
 * platform signs people in by phone OTP and has no receptionist role, so name and role live here,
 * linked to the {@code "User"} whose phone or email is the login. The password hash lives in the
 * same row but is not mapped: a desk login cannot read it, and only the database's own functions
 * ({@code nirnoy_sign_in}, {@code nirnoy_staff_set_password}) touch it (docs/security.md).
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
  private boolean isActive = true;

  @JdbcTypeCode(SqlTypes.TIMESTAMP_WITH_TIMEZONE)
  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  @JdbcTypeCode(SqlTypes.TIMESTAMP_WITH_TIMEZONE)
  @Column(nullable = false)
  private Instant updatedAt;

  protected DeskStaff() {}

  /** A new account of {@code user}, without a password until one is set in the database. */
  DeskStaff(User user, String name, Role role, Instant now) {
    this.user = user;
    this.name = name;
    this.role = role;
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

  Role role() {
    return role;
  }

  void setActive(boolean active, Instant now) {
    this.isActive = active;
    this.updatedAt = now;
  }
}
