package com.nirnoy.desk.booking;

/** Where an appointment stands. Only {@link #CANCELLED} frees its slot. */
public enum AppointmentStatus {
  PENDING,
  CONFIRMED,
  ARRIVED,
  IN_CONSULTATION,
  COMPLETED,
  NO_SHOW,
  CANCELLED;

  /** True while the appointment can still be moved or cancelled. */
  public boolean isOpen() {
    return this == PENDING || this == CONFIRMED || this == ARRIVED;
  }
}
