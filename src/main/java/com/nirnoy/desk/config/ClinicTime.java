package com.nirnoy.desk.config;

import java.time.Clock;
import java.time.ZoneId;

/** Every date and time the clinic stores is local time in Dhaka (UTC+06:00, no daylight saving). */
public final class ClinicTime {
  public static final ZoneId ZONE = ZoneId.of("Asia/Dhaka");

  private ClinicTime() {}

  /** The clinic's wall clock, whatever the computer's own time zone is set to. */
  public static Clock clock() {
    return Clock.system(ZONE);
  }
}
