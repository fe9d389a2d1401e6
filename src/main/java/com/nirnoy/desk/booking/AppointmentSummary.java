package com.nirnoy.desk.booking;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * An appointment as screens and messages need it, with names resolved; detached from any session.
 */
public record AppointmentSummary(
    String id,
    String requestId,
    String patientId,
    String patientName,
    String doctorId,
    String doctorName,
    String chamberId,
    String chamberName,
    LocalDate date,
    LocalTime startTime,
    LocalTime endTime,
    Integer serialNumber,
    AppointmentStatus status,
    VisitType type,
    BookingSource source,
    BigDecimal fee) {

  /** The start of every query that makes summaries: the names come in the same query. */
  static final String WITH_NAMES =
      "select a from Appointment a join fetch a.patient join fetch a.doctor join fetch a.chamber ";

  static AppointmentSummary of(Appointment a) {
    return new AppointmentSummary(
        a.getId(),
        a.getRequestId(),
        a.getPatient().getId(),
        a.getPatient().getName(),
        a.getDoctor().getId(),
        a.getDoctor().getName(),
        a.getChamber().getId(),
        a.getChamber().getName(),
        a.getDate(),
        a.getStartTime(),
        a.getEndTime(),
        a.getSerialNumber(),
        a.getStatus(),
        a.getType(),
        a.getSource(),
        a.getFee());
  }
}
