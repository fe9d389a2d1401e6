package com.nirnoy.desk.user;

/** The seed's {@code User.role}. */
public enum Role {
  PATIENT,
  DOCTOR,
  RECEPTIONIST,
  ADMIN
}
