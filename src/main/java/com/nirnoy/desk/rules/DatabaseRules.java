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
  public static final String SESSION_OVERLAP = "ChamberSession_no_overlap";
  public static final String NOT_ON_LEAVE = "Appointment_not_on_leave";
  public static final String DOCTOR_ACTIVE = "Appointment_doctor_active";
  public static final String BMDC_UNIQUE = "Doctor_bmdcNumber_key";
  public static final String STAFF_PHONE_UNIQUE = "User_staff_phone_key";
  public static final String STAFF_EMAIL_UNIQUE = "User_staff_email_key";

  private static final Logger log = LoggerFactory.getLogger(DatabaseRules.class);

  private static final Map<String, String> WORDS =
      Map.ofEntries(
          Map.entry("Appointment_end_after_start", "the end time must be after the start time"),
          Map.entry("Appointment_fee_not_negative", "the fee cannot be negative"),
          Map.entry("Appointment_serialNumber_positive", "the serial number must be 1 or more"),
          Map.entry("Appointment_status_known", "the status is not one the clinic uses"),
          Map.entry("Appointment_type_known", "the visit type must be new, follow-up or report"),
          Map.entry("Appointment_source_known", "the booking source is not known"),
          Map.entry(
              "Appointment_cancellation_consistent",
              "a cancelled appointment needs its cancellation time"),
          Map.entry(
              "Appointment_chamber_doctor_fkey",
              "the chamber must be one of this doctor's chambers"),
          Map.entry("Appointment_patientId_fkey", "the patient is not registered (or was removed)"),
          Map.entry("Appointment_doctorId_fkey", "the doctor is not registered (or was removed)"),
          Map.entry("Appointment_bookedById_fkey", "the staff member booking is not registered"),
          Map.entry(NOT_ON_LEAVE, "the doctor is on leave at that time"),
          Map.entry(DOCTOR_ACTIVE, "the doctor is not taking appointments (on leave or inactive)"),
          Map.entry(BMDC_UNIQUE, "another doctor already has this BMDC registration number"),
          Map.entry("Doctor_name_not_blank", "the doctor's name is empty"),
          Map.entry("Doctor_status_known", "the status must be active, on leave or inactive"),
          Map.entry("Doctor_fee_not_negative", "the fee cannot be negative"),
          Map.entry("Doctor_followUpFee_not_negative", "the follow-up fee cannot be negative"),
          Map.entry("Doctor_phone_canonical", "the phone number is not valid"),
          Map.entry("Doctor_rating_range", "the rating must be between 0 and 5"),
          Map.entry("Doctor_experienceYears_range", "years of experience must be 0 to 80"),
          Map.entry(
              "Doctor_userId_fkey",
              "the doctor's login account is not registered (or was removed)"),
          Map.entry("DoctorChamber_name_not_blank", "the chamber's name is empty"),
          Map.entry("DoctorChamber_phone_canonical", "the chamber's phone number is not valid"),
          Map.entry("DoctorChamber_doctorId_fkey", "the doctor is not registered (or was removed)"),
          Map.entry(
              SESSION_OVERLAP,
              "this doctor already sits at a chamber at an overlapping time on that day"),
          Map.entry("ChamberSession_dayOfWeek_range", "the day must be Monday to Sunday"),
          Map.entry("ChamberSession_end_after_start", "the session must end after it starts"),
          Map.entry("ChamberSession_slotMinutes_range", "a slot must be 1 to 240 minutes long"),
          Map.entry("ChamberSession_maxSerials_range", "the serials per day must be 1 to 500"),
          Map.entry(
              "ChamberSession_chamber_doctor_fkey",
              "the chamber must be one of this doctor's chambers"),
          Map.entry("DoctorLeave_end_not_before_start", "the leave cannot end before it starts"),
          Map.entry(
              "DoctorLeave_part_day_times",
              "part-day leave needs both a start and a later end time"),
          Map.entry("DoctorLeave_doctorId_fkey", "the doctor is not registered (or was removed)"),
          Map.entry(STAFF_PHONE_UNIQUE, "another active staff account already uses this phone"),
          Map.entry(STAFF_EMAIL_UNIQUE, "another active staff account already uses this email"),
          Map.entry("User_name_not_blank", "the name is empty"),
          Map.entry("User_role_known", "the role is not one the clinic uses"),
          Map.entry("User_phone_canonical", "the phone number is not valid"),
          Map.entry("User_email_lowercase", "the email must be in lower case"),
          Map.entry("StaffLogin_failedAttempts_not_negative", "failed attempts cannot be negative"),
          Map.entry("StrandedAppointment_reason_not_blank", "say why the patient must be called"),
          Map.entry(
              "StrandedAppointment_cleared_consistent", "a cleared mark needs its clearing time"),
          Map.entry("StrandedAppointment_appointmentId_fkey", "the appointment no longer exists"),
          Map.entry("AuditLog_append_only", "the history cannot be changed or deleted"),
          Map.entry(
              "Appointment_no_doctor_overlap",
              "the doctor is already booked at an overlapping time"),
          Map.entry("Appointment_requestId_key", "this booking request was already made"),
          Map.entry("DoctorChamber_id_doctorId_key", "the chamber belongs to another doctor"),
          Map.entry("User_gender_known", "the gender must be male, female or other"),
          Map.entry("StaffLogin_userId_fkey", "the staff account no longer exists"),
          Map.entry(
              "StrandedAppointment_markedById_fkey", "the staff member marking is not registered"),
          Map.entry(
              "StrandedAppointment_clearedById_fkey",
              "the staff member clearing is not registered"),
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
