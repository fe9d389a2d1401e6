package com.nirnoy.desk.ui;

import com.nirnoy.desk.booking.AppointmentChangedException;
import com.nirnoy.desk.booking.AppointmentNotFoundException;
import com.nirnoy.desk.booking.AppointmentSummary;
import com.nirnoy.desk.booking.BookingRuleException;
import com.nirnoy.desk.booking.DoctorDoubleBookedException;
import com.nirnoy.desk.booking.InvalidStatusChangeException;
import com.nirnoy.desk.booking.SlotTakenException;
import com.nirnoy.desk.config.ClinicTime;
import com.nirnoy.desk.db.DatabaseErrors;
import com.nirnoy.desk.db.DatabaseUnavailableException;
import com.nirnoy.desk.db.SessionEndedException;
import com.nirnoy.desk.staff.AccountDeactivatedException;
import com.nirnoy.desk.staff.AccountLockedException;
import com.nirnoy.desk.staff.FirstAdminByItException;
import com.nirnoy.desk.staff.NotSignedInException;
import com.nirnoy.desk.staff.PasswordResetNeededException;
import com.nirnoy.desk.staff.PermissionDeniedException;
import com.nirnoy.desk.staff.SignInException;

/**
 * Puts a refusal or failure into the receptionist's language. The services already decided what
 * happened (the one place that reads database errors is {@code BookingConflicts}); this only
 * chooses the words. Anything unknown shows its own message, never a stack trace.
 */
public final class Refusals {
  private Refusals() {}

  public static String explain(Throwable error, Texts t) {
    if (error instanceof SlotTakenException e) {
      return e.holder().map(h -> slotTaken(h, t)).orElse(t.get("conflict.slot.unknown"));
    }
    if (error instanceof DoctorDoubleBookedException e) {
      return e.holder()
          .map(
              h ->
                  t.get(
                      "conflict.doctor",
                      t.doctorOf(h),
                      t.timeRange(h.startTime(), h.endTime()),
                      h.chamberName(),
                      t.day(h.date()),
                      h.patientName()))
          .orElse(t.get("conflict.doctor.unknown"));
    }
    if (error instanceof BookingRuleException e) {
      // the rule's words (rules.DatabaseRules) in the screen's language, from the phrasebook
      return t.get("refused.rule", new FormWords(t).phrase(e.explanation()), e.rule());
    }
    if (error instanceof InvalidStatusChangeException e) {
      return e.from() == e.to()
          ? t.get("refused.status.final", t.state(e.from().name()))
          : t.get("refused.status", t.state(e.from().name()), t.state(e.to().name()));
    }
    if (error instanceof AppointmentChangedException) {
      return t.get("conflict.changed");
    }
    if (error instanceof AppointmentNotFoundException) {
      return t.get("conflict.gone");
    }
    if (error instanceof NotSignedInException) {
      return t.get("signin.needed");
    }
    if (error instanceof FirstAdminByItException) {
      return t.get("signin.first.admin.it");
    }
    if (error instanceof PermissionDeniedException e) {
      return t.get("permission.denied", t.get("permission." + e.permission().name()));
    }
    if (error instanceof AccountLockedException e) {
      return t.get("signin.locked", t.time(e.until().atZone(ClinicTime.ZONE).toLocalTime()));
    }
    if (error instanceof SessionEndedException) {
      return t.get("signin.ended");
    }
    if (error instanceof PasswordResetNeededException) {
      return t.get("signin.reset");
    }
    if (error instanceof AccountDeactivatedException) {
      return t.get("signin.deactivated");
    }
    if (error instanceof SignInException) {
      return t.get("signin.wrong");
    }
    if (error instanceof DatabaseUnavailableException
        || DatabaseErrors.isConnectionFailure(error)) {
      return t.get("error.offline");
    }
    String message = error.getMessage();
    return message == null || message.isBlank()
        ? t.get("error.unexpected", error.getClass().getSimpleName())
        : message;
  }

  private static String slotTaken(AppointmentSummary h, Texts t) {
    String serial =
        h.serialNumber() == null ? "" : t.get("conflict.serial", t.number(h.serialNumber()));
    return t.get(
        "conflict.slot",
        t.day(h.date()),
        t.time(h.startTime()),
        h.chamberName(),
        h.patientName(),
        serial);
  }
}
