package com.nirnoy.desk.demo;

/**
 * How many rows of each kind {@link DemoClinic#fill} wrote: clinics (platform {@code "Clinic"}
 * rows), doctors, chamber rows (one weekly session each), patients (accounts; family members on a
 * shared phone book under one) and appointments.
 */
public record DemoSummary(int clinics, int doctors, int chambers, int patients, int appointments) {

  /** One line for a log or the command line. */
  public String describe() {
    return clinics
        + " clinics, "
        + doctors
        + " doctors, "
        + chambers
        + " weekly chamber sessions, "
        + patients
        + " patients, "
        + appointments
        + " appointments";
  }
}
