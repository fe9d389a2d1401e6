package com.nirnoy.desk.booking;

/**
 * Where a booking came from: the web platform (no {@code DeskBooking} row), or the desk's own
 * counter, telephone or walk-in ({@code DeskBooking.source}).
 */
public enum BookingSource {
  WEB,
  DESK,
  PHONE,
  WALK_IN
}
