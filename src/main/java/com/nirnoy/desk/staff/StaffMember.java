package com.nirnoy.desk.staff;

import com.nirnoy.desk.user.Role;
import com.nirnoy.desk.user.User;

/** A staff account as screens show it (never its password hash). */
public record StaffMember(
    String id, String name, String phone, String email, Role role, boolean active) {

  static StaffMember of(User u) {
    return new StaffMember(
        u.getId(), u.getName(), u.getPhone(), u.getEmail(), u.getRole(), u.isActive());
  }

  public boolean isAdmin() {
    return role == Role.ADMIN;
  }

  public boolean can(Permission p) {
    return active && p.allows(role);
  }
}
