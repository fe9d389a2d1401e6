package com.nirnoy.desk.chamber;

import java.time.LocalDate;
import java.time.LocalTime;

/** A doctor's leave as the admin's list shows it. Times are null for whole days. */
public record LeaveDetails(
    int id,
    int doctorId,
    LocalDate startDate,
    LocalDate endDate,
    LocalTime startTime,
    LocalTime endTime,
    String reason) {

  static LeaveDetails of(DoctorLeave l) {
    return new LeaveDetails(
        l.getId(),
        l.getDoctorId(),
        l.getStartDate(),
        l.getEndDate(),
        l.getStartTime(),
        l.getEndTime(),
        l.getReason());
  }
}
