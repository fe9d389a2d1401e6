package com.nirnoy.desk.stranded;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A future appointment that a change leaves without a doctor: who to call and about what.
 *
 * @param patientPhone as a receptionist reads it ("01711-000001"), or empty
 * @param reason why it was marked (call list), or null in a preview
 * @param markedAt when it was marked (call list), or null in a preview
 */
public record AffectedAppointment(
    String appointmentId,
    String patientName,
    String patientPhone,
    String doctorName,
    String chamberName,
    LocalDate date,
    LocalTime startTime,
    LocalTime endTime,
    Integer serialNumber,
    String status,
    String reason,
    Instant markedAt) {}
