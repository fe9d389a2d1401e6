package com.nirnoy.desk.stranded;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A future appointment that a change leaves without a doctor: who to call and about what.
 *
 * @param patientName who the visit is for: the appointment's own name (a family member), else the
 *     account holder's
 * @param patientPhone as a receptionist reads it ("01711-000001"): the appointment's own phone,
 *     else the account's; or empty
 * @param doctorName title and English name; {@code doctorNameBn} the Bangla name, or null
 * @param endTime when the held time ends (one slot when the web left it empty)
 * @param status the platform's status word (REQUESTED, CONFIRMED, CHECKED_IN, ...)
 * @param reason why it was marked (call list), or null in a preview
 * @param markedAt when it was marked (call list), or null in a preview
 */
public record AffectedAppointment(
    int appointmentId,
    String patientName,
    String patientPhone,
    String doctorName,
    String doctorNameBn,
    String chamberName,
    LocalDate date,
    LocalTime startTime,
    LocalTime endTime,
    Integer serialNumber,
    String status,
    String reason,
    Instant markedAt) {

  /** The doctor's name in the desk's language. */
  public String doctorName(boolean bangla) {
    return bangla && doctorNameBn != null && !doctorNameBn.isBlank() ? doctorNameBn : doctorName;
  }
}
