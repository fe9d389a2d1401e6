package com.nirnoy.desk.demo;

/** How many rows of each kind {@link DemoClinic#fill} wrote. */
public record DemoSummary(int doctors, int chambers, int sessions, int patients, int appointments) {

  /** One line for a log or the command line. */
  public String describe() {
    return doctors
        + " doctors, "
        + chambers
        + " chambers, "
        + sessions
        + " weekly sessions, "
        + patients
        + " patients, "
        + appointments
        + " appointments";
  }
}
