package com.nirnoy.desk.demo;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** A weekly session as written to the database, with the doctor it belongs to. */
record PlannedSession(
    String id,
    String chamberId,
    String doctorId,
    ClinicCatalog.DoctorSpec doctor,
    DayOfWeek day,
    LocalTime start,
    LocalTime end,
    int slotMinutes,
    int maxSerials) {

  LocalTime slotStart(int serial) {
    return start.plusMinutes((long) (serial - 1) * slotMinutes);
  }
}
