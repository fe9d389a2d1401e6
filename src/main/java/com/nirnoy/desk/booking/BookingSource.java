package com.nirnoy.desk.booking;

/** Where a booking came from. */
public enum BookingSource {
  WEB,
  APP,
  DESK,
  PHONE,
  WALK_IN
}
