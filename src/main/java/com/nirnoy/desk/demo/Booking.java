package com.nirnoy.desk.demo;

import com.nirnoy.desk.booking.AppointmentStatus;
import com.nirnoy.desk.booking.BookingSource;
import com.nirnoy.desk.booking.VisitType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/** One demo appointment; every date and time is clinic local time. */
record Booking(
    String id,
    String patientId,
    String doctorId,
    String chamberId,
    LocalDate date,
    LocalTime start,
    LocalTime end,
    int serial,
    VisitType type,
    BookingSource source,
    BigDecimal fee,
    LocalDateTime createdAt,
    AppointmentStatus status,
    LocalDateTime updatedAt,
    String cancelReason,
    LocalDateTime cancelledAt) {

  static final List<String> COLUMNS =
      Batch.columns(
          "id patientId doctorId chamberId date startTime endTime serialNumber type source fee"
              + " createdAt status updatedAt cancelReason cancelledAt");

  LocalDateTime startsAt() {
    return date.atTime(start);
  }

  LocalDateTime endsAt() {
    return date.atTime(end);
  }

  Booking settled(AppointmentStatus newStatus, LocalDateTime at) {
    return new Booking(
        id, patientId, doctorId, chamberId, date, start, end, serial, type, source, fee, createdAt,
        newStatus, at, null, null);
  }

  Booking cancelled(String reason, LocalDateTime at) {
    return new Booking(
        id,
        patientId,
        doctorId,
        chamberId,
        date,
        start,
        end,
        serial,
        type,
        source,
        fee,
        createdAt,
        AppointmentStatus.CANCELLED,
        at,
        reason,
        at);
  }

  /** The values in {@link #COLUMNS} order, instants as offset date-times for timestamptz. */
  Object[] row() {
    return new Object[] {
      id,
      patientId,
      doctorId,
      chamberId,
      date,
      start,
      end,
      serial,
      type.name(),
      source.name(),
      fee,
      DemoClinic.instant(createdAt),
      status.name(),
      DemoClinic.instant(updatedAt),
      cancelReason,
      cancelledAt == null ? null : DemoClinic.instant(cancelledAt)
    };
  }
}
