package com.nirnoy.desk.demo;

import java.time.LocalTime;

/**
 * A chamber row as written to the database (one weekly session), with its doctor and the fees the
 * database's {@code nirnoy_visit_fee} gives each kind of visit there.
 */
record PlannedChamber(
    int id,
    int doctorId,
    ClinicCatalog.DoctorSpec doctor,
    ClinicCatalog.ChamberSpec spec,
    int feeNew,
    int feeFollowUp,
    int feeReport) {

  LocalTime slotStart(int serial) {
    return spec.start().plusMinutes((long) (serial - 1) * spec.slotMinutes());
  }

  int fee(Booking.Visit visit) {
    return switch (visit) {
      case NEW -> feeNew;
      case FOLLOW_UP -> feeFollowUp;
      case REPORT_CHECK -> feeReport;
    };
  }

  PlannedChamber withFees(int feeNew, int feeFollowUp, int feeReport) {
    return new PlannedChamber(id, doctorId, doctor, spec, feeNew, feeFollowUp, feeReport);
  }
}
