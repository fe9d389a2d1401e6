package com.nirnoy.desk.schedule;

/** What a receptionist can do with a slot. */
public enum SlotState {
  /** Bookable. */
  FREE,
  /** Held by a live appointment. */
  BOOKED,
  /** The doctor is on leave. */
  LEAVE,
  /** Already over (clinic time). */
  PAST,
  /** Free on the grid, but the doctor has an off-grid appointment overlapping it. */
  OVERLAP
}
