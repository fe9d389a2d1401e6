package com.nirnoy.desk.user;

/**
 * A desk staff member's role ({@code DeskStaff.role}). The platform's own {@code User.role}
 * (PATIENT, DOCTOR, ADMIN) is a different thing: a receptionist's platform account is an ordinary
 * one.
 */
public enum Role {
  RECEPTIONIST,
  ADMIN
}
