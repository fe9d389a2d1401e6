package com.nirnoy.desk.booking;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.UUID;

/**
 * What a desk asks to book.
 *
 * @param requestId made once by the client for this request and kept across retries, so a retry
 *     after an unknown commit outcome never books twice
 * @param patientId the account holder's {@code Patient} every visit on the phone is booked under
 * @param visitor who the visit is for when it is not the account holder (the snapshot), or null
 * @param fee the fee to charge in taka, or {@code null} for the platform's fee of this visit type
 *     ({@code nirnoy_visit_fee})
 * @param bookedById the staff member booking, or {@code null} for the signed-in one
 */
public record BookingRequest(
    String requestId,
    int patientId,
    Visitor visitor,
    int doctorId,
    int chamberId,
    LocalDate date,
    LocalTime startTime,
    LocalTime endTime,
    VisitType type,
    BookingSource source,
    Integer fee,
    String notes,
    Integer bookedById) {

  /** A family member the visit is for: the appointment's snapshot of them. */
  public record Visitor(String name, Integer age, String gender, String phone) {}

  public BookingRequest {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(startTime, "startTime");
    Objects.requireNonNull(endTime, "endTime");
    type = type == null ? VisitType.NEW : type;
    source = source == null ? BookingSource.DESK : source;
    if (source == BookingSource.WEB) {
      throw new IllegalArgumentException(
          "A desk booking comes from the desk, a phone or a walk-in");
    }
  }

  /** A new request (fresh request id) for a desk booking of the account holder at the fee. */
  public static BookingRequest of(
      int patientId, int doctorId, int chamberId, LocalDate date, LocalTime start, LocalTime end) {
    return new BookingRequest(
        UUID.randomUUID().toString(),
        patientId,
        null,
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
        visitor,
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

  public BookingRequest withFee(Integer newFee) {
    return new BookingRequest(
        requestId,
        patientId,
        visitor,
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

  public BookingRequest withVisitor(Visitor newVisitor) {
    return new BookingRequest(
        requestId,
        patientId,
        newVisitor,
        doctorId,
        chamberId,
        date,
        startTime,
        endTime,
        type,
        source,
        fee,
        notes,
        bookedById);
  }

  public BookingRequest withSource(BookingSource newSource) {
    return new BookingRequest(
        requestId,
        patientId,
        visitor,
        doctorId,
        chamberId,
        date,
        startTime,
        endTime,
        type,
        newSource,
        fee,
        notes,
        bookedById);
  }
}
