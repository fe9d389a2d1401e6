package com.nirnoy.desk.staff;

import com.nirnoy.desk.user.Role;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a signed-in staff member may do, by role (the seed's {@code User.role}). A receptionist runs
 * the front desk; an admin does that and manages the clinic. Enforced in the services, so a hidden
 * button is never the only guard.
 */
public enum Permission {
  /** Search, book, check in, cancel, reschedule, print, call stranded patients. */
  FRONT_DESK("use the front desk", EnumSet.of(Role.RECEPTIONIST, Role.ADMIN)),
  /** Read the audit history of appointments and doctors. */
  VIEW_HISTORY("see the history", EnumSet.of(Role.RECEPTIONIST, Role.ADMIN)),
  MANAGE_DOCTORS("add, change or deactivate a doctor", EnumSet.of(Role.ADMIN)),
  CHANGE_FEES("change a doctor's fee", EnumSet.of(Role.ADMIN)),
  MANAGE_SCHEDULES("change chambers, weekly sessions or leave", EnumSet.of(Role.ADMIN)),
  MANAGE_STAFF("manage staff accounts", EnumSet.of(Role.ADMIN));

  private final String action;
  private final Set<Role> roles;

  Permission(String action, Set<Role> roles) {
    this.action = action;
    this.roles = roles;
  }

  public boolean allows(Role role) {
    return role != null && roles.contains(role);
  }

  /** "Only an admin can change a doctor's fee. Ask an admin to sign in." */
  public String deniedMessage() {
    String who = roles.contains(Role.RECEPTIONIST) ? "Only signed-in staff" : "Only an admin";
    String ask = roles.contains(Role.RECEPTIONIST) ? "Sign in first." : "Ask an admin to sign in.";
    return who + " can " + action + ". " + ask;
  }
}
