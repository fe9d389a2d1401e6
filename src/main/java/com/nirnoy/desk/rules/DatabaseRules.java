package com.nirnoy.desk.rules;

import com.nirnoy.desk.db.DatabaseErrors;
import com.nirnoy.desk.db.DatabaseRefusal;
import com.nirnoy.desk.db.DatabaseUnavailableException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every named rule of the schema in words a receptionist or admin understands, and the one
 * translation of a refusal into {@link RuleViolationException}. {@code booking.BookingConflicts}
 * handles the slot conflicts (it names who holds the time) and takes every other rule's words from
 * here.
 */
public final class DatabaseRules {
  public static final String NOT_ON_LEAVE = "Appointment_not_on_leave";
  public static final String DOCTOR_APPROVED = "Appointment_doctor_approved";
  public static final String BMDC_UNIQUE = "Doctor_bmdcNumber_key";
  public static final String STAFF_ACCOUNT_UNIQUE = "DeskStaff_pkey";
  public static final String EMAIL_UNIQUE = "User_email_key";
  public static final String PHONE_UNIQUE = "User_phone_key";

  private static final Logger log = LoggerFactory.getLogger(DatabaseRules.class);

  private static final Map<String, String> WORDS =
      Map.ofEntries(
          Map.entry(
              "Appointment_doctorId_chamberId_date_startTime_key", "Time slot already booked"),
          Map.entry("Patient_userId_fkey", "the patient's account no longer exists"),
          Map.entry("DeskBooking_appointmentId_fkey", "the appointment no longer exists"),
          Map.entry(
              "StrandedAppointment_one_open_key", "the appointment is already on the call list"),
          Map.entry(
              "Doctor_acceptNewPatients",
              "the doctor is not taking new patients; book a follow-up or a report check"),
          Map.entry(
              "DoctorChamber_schedule_overlap",
              "the doctor already sits at another chamber at an overlapping time on that day"),
          Map.entry(
              "Appointment_serial_key",
              "that serial is already given to another patient on that day"),
          Map.entry(
              "Appointment_chamber_of_doctor",
              "the chamber is not an active chamber of this doctor"),
          Map.entry("Appointment_patientId_fkey", "the patient is not registered (or was removed)"),
          Map.entry("Appointment_doctorId_fkey", "the doctor is not registered (or was removed)"),
          Map.entry("Appointment_chamberId_fkey", "the chamber does not exist (or was removed)"),
          Map.entry("Appointment_clinicId_fkey", "the clinic does not exist (or was removed)"),
          Map.entry(NOT_ON_LEAVE, "the doctor is on leave at that time"),
          Map.entry(
              DOCTOR_APPROVED,
              "the doctor is not taking appointments (registration not approved or suspended)"),
          Map.entry(BMDC_UNIQUE, "another doctor already has this BMDC registration number"),
          Map.entry("Doctor_userId_key", "this phone's account already belongs to a doctor"),
          Map.entry("Doctor_slug_key", "another doctor already has this profile address"),
          Map.entry(
              "Doctor_userId_fkey",
              "the doctor's platform account is not registered (or was removed)"),
          Map.entry("DoctorChamber_doctorId_fkey", "the doctor is not registered (or was removed)"),
          Map.entry("DoctorChamber_clinicId_fkey", "the clinic does not exist (or was removed)"),
          Map.entry("DoctorLeave_end_not_before_start", "the leave cannot end before it starts"),
          Map.entry(
              "DoctorLeave_part_day_times",
              "part-day leave needs both a start and a later end time"),
          Map.entry("DoctorLeave_doctorId_fkey", "the doctor is not registered (or was removed)"),
          Map.entry(STAFF_ACCOUNT_UNIQUE, "this phone's account already has a staff account"),
          Map.entry(EMAIL_UNIQUE, "another account already uses this email"),
          Map.entry(PHONE_UNIQUE, "another account already uses this phone"),
          Map.entry("Patient_userId_key", "this phone's account already has a patient"),
          Map.entry("DeskStaff_role_known", "the role must be receptionist or admin"),
          Map.entry("DeskStaff_name_not_blank", "the name is empty"),
          Map.entry("DeskStaff_userId_fkey", "the staff member's account no longer exists"),
          Map.entry("StaffLogin_failedAttempts_not_negative", "failed attempts cannot be negative"),
          Map.entry("StaffLogin_userId_fkey", "the staff account no longer exists"),
          Map.entry("DeskBooking_requestId_key", "this booking request was already made"),
          Map.entry("DeskBooking_source_known", "the booking source is not known"),
          Map.entry("DeskBooking_bookedById_fkey", "the staff member booking is not registered"),
          Map.entry("StrandedAppointment_reason_not_blank", "say why the patient must be called"),
          Map.entry(
              "StrandedAppointment_cleared_consistent", "a cleared mark needs its clearing time"),
          Map.entry("StrandedAppointment_appointmentId_fkey", "the appointment no longer exists"),
          Map.entry(
              "StrandedAppointment_markedById_fkey", "the staff member marking is not registered"),
          Map.entry(
              "StrandedAppointment_clearedById_fkey",
              "the staff member clearing is not registered"),
          Map.entry("AuditLog_append_only", "the history cannot be changed or deleted"),
          Map.entry(
              "Appointment_status_flow",
              "an appointment's status cannot make that step (completed and cancelled are final)"),
          Map.entry("DeskSession_userId_fkey", "the staff account no longer exists"),
          Map.entry("DeskStaff_exists", "the staff account no longer exists"),
          Map.entry("DeskStaff_admin_only", "only an admin can do this"),
          Map.entry("DeskStaff_password_length", "a password has 8 to 128 characters"),
          Map.entry(
              "Appointment_no_doctor_overlap",
              "the doctor is already booked at an overlapping time"),
          Map.entry(
              "AuditLog_action_known", "the history action must be insert, update or delete"));

  private DatabaseRules() {}

  /** The rule in words, or a sentence naming it when it has none yet. */
  public static String words(String rule) {
    return WORDS.getOrDefault(rule, "the change breaks the database rule \"" + rule + "\"");
  }

  /** True when this name has words (every rule of the schema should). */
  public static boolean knows(String rule) {
    return WORDS.containsKey(rule);
  }

  /** Runs {@code work}; any failure comes out {@link #explain explained}. */
  public static <T> T explained(Supplier<T> work) {
    try {
      return work.get();
    } catch (RuntimeException e) {
      throw explain(e);
    }
  }

  /**
   * The exception to show for {@code error}: a {@link RuleViolationException} for a refusal, a
   * {@link DatabaseUnavailableException} when the connection failed, else {@code error} itself.
   */
  public static RuntimeException explain(RuntimeException error) {
    if (error instanceof RuleViolationException) {
      return error;
    }
    Optional<DatabaseRefusal> refusal = DatabaseErrors.refusal(error);
    if (refusal.isEmpty()) {
      return DatabaseErrors.isConnectionFailure(error)
          ? new DatabaseUnavailableException(
              "The database cannot be reached; nothing was changed. Try again when it is back.",
              error)
          : error;
    }
    DatabaseRefusal r = refusal.get();
    log.info("Refused by {} ({}): {}", r.constraint(), r.sqlState(), r.detail());
    String name = r.constraint() == null ? r.kind().name().toLowerCase() : r.constraint();
    return new RuleViolationException(name, "Not saved: " + words(name) + ".", error);
  }
}
