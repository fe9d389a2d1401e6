package com.nirnoy.desk.booking;

/**
 * Where an appointment stands, in the platform's words. The desk's day-of flow: booked (CONFIRMED;
 * a web booking arrives REQUESTED and is confirmed at the desk) -> arrived (CHECKED_IN) -> in
 * consultation (IN_PROGRESS) -> COMPLETED, or NO_SHOW; CANCELLED (with a reason) frees the slot.
 */
public enum AppointmentStatus {
  REQUESTED,
  CONFIRMED,
  CHECKED_IN,
  IN_PROGRESS,
  COMPLETED,
  NO_SHOW,
  CANCELLED;

  /**
   * The day-of flow; a mistaken check-in can be undone (checked in -> confirmed). Cancelling has
   * its own path (it needs a reason).
   */
  public boolean canBecome(AppointmentStatus next) {
    return switch (this) {
      case REQUESTED -> next == CONFIRMED || next == CHECKED_IN || next == NO_SHOW;
      case CONFIRMED -> next == CHECKED_IN || next == NO_SHOW;
      case CHECKED_IN -> next == IN_PROGRESS || next == NO_SHOW || next == CONFIRMED;
      case IN_PROGRESS -> next == COMPLETED || next == CHECKED_IN;
      case NO_SHOW -> next == CHECKED_IN;
      case COMPLETED, CANCELLED -> false;
    };
  }

  /** True while the appointment can still be moved or cancelled. */
  public boolean isOpen() {
    return this == REQUESTED || this == CONFIRMED || this == CHECKED_IN;
  }
}
