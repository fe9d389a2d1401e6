package com.nirnoy.desk.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.util.List;

/**
 * One demo appointment, as the platform's {@code "Appointment"} row (and, when the desk made it,
 * its {@code "DeskBooking"} row). Every date and time here is clinic local time; {@link #row}
 * writes instants as UTC wall-clock times, as Prisma does.
 */
final class Booking {
  /** The platform's visitType. */
  enum Visit {
    NEW,
    FOLLOW_UP,
    REPORT_CHECK
  }

  /** The platform's appointment status. */
  enum Status {
    REQUESTED,
    CONFIRMED,
    CHECKED_IN,
    IN_PROGRESS,
    COMPLETED,
    CANCELLED,
    NO_SHOW
  }

  /** How the booking came: the desk's three sources, or the web (no DeskBooking row). */
  enum Source {
    DESK,
    PHONE,
    WALK_IN,
    WEB;

    boolean desk() {
      return this != WEB;
    }
  }

  static final List<String> COLUMNS =
      Batch.columns(
          "id patientId doctorId chamberId clinicId date startTime endTime status visitType"
              + " consultationType patientName patientPhone patientAge patientGender fee isPaid"
              + " paymentMethod bookedAt confirmedAt checkedInAt startedAt completedAt cancelledAt"
              + " cancellationReason createdAt updatedAt");

  static final List<String> DESK_COLUMNS =
      Batch.columns("appointmentId requestId source bookedById createdAt");

  final DemoPatient person;
  final PlannedChamber chamber;
  final LocalDate date;
  final LocalTime start;
  final LocalTime end;
  final Visit visit;
  final Source source;
  final LocalDateTime bookedAt;

  Status status = Status.CONFIRMED;
  LocalDateTime confirmedAt;
  LocalDateTime checkedInAt;
  LocalDateTime startedAt;
  LocalDateTime completedAt;
  LocalDateTime cancelledAt;
  String cancellationReason;
  LocalDateTime updatedAt;

  /** Set when written: the appointment's id, the desk's request id and who booked it. */
  int id;

  String requestId;
  Integer bookedById;

  Booking(
      DemoPatient person,
      PlannedChamber chamber,
      LocalDate date,
      int serial,
      Visit visit,
      Source source,
      LocalDateTime bookedAt) {
    this.person = person;
    this.chamber = chamber;
    this.date = date;
    this.start = chamber.slotStart(serial);
    this.end = start.plusMinutes(chamber.spec().slotMinutes());
    this.visit = visit;
    this.source = source;
    this.bookedAt = bookedAt;
    this.updatedAt = bookedAt;
  }

  LocalDateTime startsAt() {
    return date.atTime(start);
  }

  LocalDateTime endsAt() {
    return date.atTime(end);
  }

  /**
   * The values in {@link #COLUMNS} order. A web booking leaves endTime empty, as the platform does
   * (the database holds one slot for it).
   */
  Object[] row(int patientId) {
    boolean paid =
        status == Status.CHECKED_IN || status == Status.IN_PROGRESS || status == Status.COMPLETED;
    return new Object[] {
      id,
      patientId,
      chamber.doctorId(),
      chamber.id(),
      null, // the database fills the chamber's clinic
      date.atStartOfDay(),
      ClinicWriter.hhmm(start),
      source.desk() ? ClinicWriter.hhmm(end) : null,
      status.name(),
      visit.name(),
      "CHAMBER",
      person.name(),
      person.phone(),
      Period.between(person.dateOfBirth(), date).getYears(),
      person.platformGender(),
      chamber.fee(visit),
      paid,
      paid ? (source.desk() ? "CASH" : "BKASH") : null,
      DemoClinic.utc(bookedAt),
      DemoClinic.utc(confirmedAt),
      DemoClinic.utc(checkedInAt),
      DemoClinic.utc(startedAt),
      DemoClinic.utc(completedAt),
      DemoClinic.utc(cancelledAt),
      cancellationReason,
      DemoClinic.utc(bookedAt),
      DemoClinic.utc(updatedAt)
    };
  }

  /** The values in {@link #DESK_COLUMNS} order; only for desk-made bookings. */
  Object[] deskRow() {
    return new Object[] {id, requestId, source.name(), bookedById, DemoClinic.instant(bookedAt)};
  }
}
