package com.nirnoy.desk.booking;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.UUID;

/**
 * What a desk asks to book.
 *
 * @param requestId made once by the client for this request and kept across retries, so a retry
 *     after an unknown commit outcome never books twice
 * @param fee the fee to charge in BDT, or {@code null} for the doctor's fee for this visit type
 * @param bookedById the staff member booking, or {@code null}
 */
public record BookingRequest(
    String requestId,
    String patientId,
    String doctorId,
    String chamberId,
    LocalDate date,
    LocalTime startTime,
    LocalTime endTime,
    VisitType type,
    BookingSource source,
    BigDecimal fee,
    String notes,
    String bookedById) {

  public BookingRequest {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(patientId, "patientId");
    Objects.requireNonNull(doctorId, "doctorId");
    Objects.requireNonNull(chamberId, "chamberId");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(startTime, "startTime");
    Objects.requireNonNull(endTime, "endTime");
    type = type == null ? VisitType.NEW : type;
    source = source == null ? BookingSource.DESK : source;
  }

  /** A new request (fresh request id) for a desk booking of a new patient at the doctor's fee. */
  public static BookingRequest of(
      String patientId,
      String doctorId,
      String chamberId,
      LocalDate date,
      LocalTime start,
      LocalTime end) {
    return new BookingRequest(
        UUID.randomUUID().toString(),
        patientId,
        doctorId,
        chamberId,
        date,
        start,
        end,
        VisitType.NEW,
        BookingSource.DESK,
        null,
        null,
        null);
  }

  public BookingRequest withType(VisitType newType) {
    return new BookingRequest(
        requestId,
        patientId,
        doctorId,
        chamberId,
        date,
        startTime,
        endTime,
        newType,
        source,
        fee,
        notes,
        bookedById);
  }

  public BookingRequest withFee(BigDecimal newFee) {
    return new BookingRequest(
        requestId,
        patientId,
        doctorId,
        chamberId,
        date,
        startTime,
        endTime,
        type,
        source,
        newFee,
        notes,
        bookedById);
  }
}
