package com.nirnoy.desk.bench;

import com.nirnoy.desk.booking.BookingRequest;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One slot a client tries to book, for a patient, with what a bare INSERT needs too.
 *
 * @param serial the slot's serial, or null when the slot is off the chamber's grid
 * @param fee the platform's fee of a new visit there ({@code nirnoy_visit_fee})
 */
record BenchSlot(
    int doctorId,
    int chamberId,
    LocalDate date,
    LocalTime start,
    LocalTime end,
    Integer serial,
    Integer fee,
    int patientId) {

  /** The same slot, shifted off the grid by {@code minutes} (overlaps its neighbours). */
  BenchSlot shifted(int minutes) {
    return new BenchSlot(
        doctorId,
        chamberId,
        date,
        start.plusMinutes(minutes),
        end.plusMinutes(minutes),
        null,
        fee,
        patientId);
  }

  BenchSlot forPatient(int patient) {
    return new BenchSlot(doctorId, chamberId, date, start, end, serial, fee, patient);
  }

  /** A desk's booking request for it (a fresh request id each time). */
  BookingRequest request() {
    return BookingRequest.of(patientId, doctorId, chamberId, date, start, end);
  }
}
