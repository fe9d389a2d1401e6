package com.nirnoy.desk.check;

import com.nirnoy.desk.booking.BookingConflicts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The names the seed's checklist and the desk's additions (db/schema V2-V5) promise exist in the
 * database: the platform's tables and the seed's indexes under Prisma's names, then the desk's own.
 */
public final class SchemaContract {
  /**
   * The seed's {@code unique_appointment_slot}, under the name Prisma gives it (V1, rebuilt V3).
   */
  public static final String SLOT_RULE = BookingConflicts.SLOT_RULE;

  /** The name the seed's clients give the same rule; a database made by hand may carry it. */
  public static final String SLOT_RULE_CLIENT_NAME = BookingConflicts.SLOT_RULE_CLIENT_NAME;

  public static final String OVERLAP_RULE = BookingConflicts.OVERLAP_RULE;

  /** A serial is never given twice among a chamber-day's active appointments (V3). */
  public static final String SERIAL_RULE = "Appointment_serial_key";

  /** The slot rule's columns, in order. */
  public static final List<String> SLOT_COLUMNS =
      List.of("doctorId", "chamberId", "date", "startTime");

  /** The platform's 22 tables (Prisma's schema), exactly as V1 makes them. */
  public static final List<String> PLATFORM_TABLES =
      List.of(
          "User",
          "Admin",
          "Doctor",
          "DoctorQualification",
          "DoctorSpecialization",
          "DoctorExperience",
          "DoctorChamber",
          "DoctorAchievement",
          "DoctorPublication",
          "DoctorMembership",
          "DoctorTraining",
          "DoctorService",
          "DoctorFAQ",
          "DoctorReview",
          "DoctorVerification",
          "Patient",
          "Clinic",
          "Appointment",
          "Otp",
          "AiConversation",
          "AiTokenUsage",
          "Specialty");

  /** The desk's own tables beside them (V2; DeskSession: V6). */
  public static final List<String> DESK_TABLES =
      List.of(
          "DeskStaff",
          "StaffLogin",
          "DoctorLeave",
          "DeskBooking",
          "StrandedAppointment",
          "AuditLog",
          "DeskSession");

  /** The platform's tables, then the desk's own. */
  public static final List<String> TABLES =
      java.util.stream.Stream.concat(PLATFORM_TABLES.stream(), DESK_TABLES.stream()).toList();

  /**
   * The seed's indexes: User 3, Doctor 5, DoctorChamber 5, Appointment 7 (the seventh is the slot
   * rule, checked by its columns on its own line).
   */
  public static final Map<String, List<String>> INDEXES = indexes();

  /**
   * The desk's own indexes (V2, V3): leave by doctor and dates, idempotent desk bookings, the call
   * list, the audit trail, and a clinic's day across its chambers.
   */
  public static final Map<String, List<String>> DESK_INDEXES =
      Map.of(
          "Appointment", List.of("Appointment_clinicId_date_idx"),
          "DoctorChamber", List.of("DoctorChamber_clinicId_idx"),
          "DoctorLeave", List.of("DoctorLeave_doctorId_dates_idx"),
          "DeskBooking", List.of("DeskBooking_requestId_key"),
          "StrandedAppointment",
              List.of("StrandedAppointment_one_open_key", "StrandedAppointment_open_idx"),
          "AuditLog",
              List.of(
                  "AuditLog_row_idx",
                  "AuditLog_doctorId_idx",
                  "AuditLog_appointmentId_idx",
                  "AuditLog_actorId_idx"));

  /**
   * The search indexes (V5, docs/decisions/0018): free-text doctor search in English and Bangla,
   * and "available today" within a specialty, each branch served by an index at full scale.
   */
  public static final Map<String, List<String>> SEARCH_INDEXES =
      Map.of(
          "Doctor",
              List.of(
                  "Doctor_nameEn_trgm_idx",
                  "Doctor_nameBn_trgm_idx",
                  "Doctor_nameEn_prefix_idx",
                  "Doctor_specialty_prefix_idx",
                  "Doctor_approved_specialty_rating_idx"),
          "DoctorChamber", List.of("DoctorChamber_name_trgm_idx", "DoctorChamber_area_prefix_idx"));

  /**
   * The desk's rules that are triggers, by table: the held time, clinic and serial every client's
   * appointment gets (V3 {@code Appointment_desk_fill}), bookings only when the doctor sits and the
   * locks that keep admin changes and bookings in order (V3), the audit trail and its append-only
   * guard (V2), the notifications that refresh every desk showing a changed doctor-day (V4), and
   * the status flow and the seed's answer for an identical slot (V6).
   */
  public static final Map<String, List<String>> TRIGGERS =
      Map.of(
          "Appointment",
              List.of(
                  "Appointment_check_status_flow",
                  "Appointment_desk_fill",
                  "Appointment_doctor_available",
                  "Appointment_slot_free",
                  "Appointment_audit",
                  "Appointment_notify_insert",
                  "Appointment_notify_update",
                  "Appointment_notify_delete"),
          "Doctor", List.of("Doctor_audit"),
          "DoctorChamber", List.of("DoctorChamber_locks_doctor", "DoctorChamber_audit"),
          "DoctorLeave", List.of("DoctorLeave_locks_doctor", "DoctorLeave_audit"),
          "StrandedAppointment", List.of("StrandedAppointment_audit"),
          "DeskStaff", List.of("DeskStaff_audit"),
          "AuditLog", List.of("AuditLog_append_only", "AuditLog_no_truncate"));

  /** The channel the V4 triggers notify on, one message per changed (date, doctor). */
  public static final String CHANGES_CHANNEL = "nirnoy_changes";

  private SchemaContract() {}

  private static Map<String, List<String>> indexes() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("User", List.of("User_phone_idx", "User_email_idx", "User_role_idx"));
    m.put(
        "Doctor",
        List.of(
            "Doctor_primarySpecialty_idx",
            "Doctor_registrationStatus_idx",
            "Doctor_averageRating_idx",
            "Doctor_consultationFeeNew_idx",
            "Doctor_slug_idx"));
    m.put(
        "DoctorChamber",
        List.of(
            "DoctorChamber_doctorId_idx",
            "DoctorChamber_area_idx",
            "DoctorChamber_city_idx",
            "DoctorChamber_isActive_idx",
            "DoctorChamber_doctorId_isActive_idx"));
    m.put(
        "Appointment",
        List.of(
            "Appointment_patientId_status_idx",
            "Appointment_doctorId_date_idx",
            "Appointment_chamberId_date_status_idx",
            "Appointment_date_status_idx",
            "Appointment_status_idx",
            "Appointment_bookedAt_idx"));
    return m;
  }
}
