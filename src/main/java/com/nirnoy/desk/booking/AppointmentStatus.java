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

  /**
   * The day-of flow: booked -> arrived -> in consultation -> completed, or no-show; a mistaken
   * check-in can be undone (arrived -> confirmed). Cancelling has its own path (it needs a reason).
   */
  public boolean canBecome(AppointmentStatus next) {
    return switch (this) {
      case PENDING, CONFIRMED ->
          next == ARRIVED || next == NO_SHOW || next == CONFIRMED && this == PENDING;
      case ARRIVED -> next == IN_CONSULTATION || next == NO_SHOW || next == CONFIRMED;
      case IN_CONSULTATION -> next == COMPLETED || next == ARRIVED;
      case NO_SHOW -> next == ARRIVED;
      case COMPLETED, CANCELLED -> false;
    };
  }

  /** True while the appointment can still be moved or cancelled. */
  public boolean isOpen() {
    return this == PENDING || this == CONFIRMED || this == ARRIVED;
  }
}
