package com.nirnoy.desk.staff;

import com.nirnoy.desk.user.Role;

/**
 * A staff account as screens show it (never its password hash); {@code id} is its platform
 * account's {@code User.id}.
 */
public record StaffMember(
    int id, String name, String phone, String email, Role role, boolean active) {

  public boolean isAdmin() {
    return role == Role.ADMIN;
  }

  public boolean can(Permission p) {
    return active && p.allows(role);
  }
}
