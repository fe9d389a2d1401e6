package com.nirnoy.desk.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The names the seed's checklist (and this project's fixes) promise exist in the database. */
public final class SchemaContract {
  public static final String SLOT_RULE = "unique_appointment_slot";
  public static final String OVERLAP_RULE = "Appointment_no_doctor_overlap";
  public static final List<String> SLOT_COLUMNS =
      List.of("doctorId", "chamberId", "date", "startTime");

  /** The seed's tables, then the desk's own. */
  public static final List<String> TABLES =
      List.of(
          "User",
          "Doctor",
          "DoctorChamber",
          "Appointment",
          "Otp",
          "AiConversation",
          "AiTokenUsage",
          "ChamberSession",
          "DoctorLeave",
          "StaffLogin",
          "StrandedAppointment",
          "AuditLog");

  /** The seed's indexes: User 3, Doctor 5, DoctorChamber 5, Appointment 7. */
  public static final Map<String, List<String>> INDEXES = indexes();

  /** The desk's own indexes (V2): staff logins, the call list, the audit trail. */
  public static final Map<String, List<String>> DESK_INDEXES =
      Map.of(
          "User", List.of("User_staff_phone_key", "User_staff_email_key"),
          "StrandedAppointment",
              List.of("StrandedAppointment_one_open_key", "StrandedAppointment_open_idx"),
          "AuditLog",
              List.of(
                  "AuditLog_row_idx",
                  "AuditLog_doctorId_idx",
                  "AuditLog_appointmentId_idx",
                  "AuditLog_actorId_idx"));

  /**
   * The search indexes (V5, docs/decisions/0018): free-text doctor search, "available today" and
   * the chamber day list, each branch of those queries served by an index at full scale.
   */
  public static final Map<String, List<String>> SEARCH_INDEXES =
      Map.of(
          "Doctor",
              List.of(
                  "Doctor_name_trgm_idx",
                  "Doctor_specialty_prefix_idx",
                  "Doctor_active_specialty_rating_idx"),
          "DoctorChamber",
              List.of(
                  "DoctorChamber_name_trgm_idx",
                  "DoctorChamber_area_prefix_idx",
                  "DoctorChamber_place_idx"),
          "ChamberSession", List.of("ChamberSession_doctorId_day_idx"));

  /**
   * The desk's rules that are triggers (V2), by table: bookings only when the doctor sits, the
   * locks that keep admin changes and bookings in order, the audit trail and its append-only guard;
   * and (V3) the notifications that refresh every desk showing a changed doctor-day.
   */
  public static final Map<String, List<String>> TRIGGERS =
      Map.of(
          "Appointment",
              List.of(
                  "Appointment_doctor_available",
                  "Appointment_audit",
                  "Appointment_notify_insert",
                  "Appointment_notify_update",
                  "Appointment_notify_delete"),
          "Doctor", List.of("Doctor_audit"),
          "DoctorChamber", List.of("DoctorChamber_locks_doctor", "DoctorChamber_audit"),
          "ChamberSession", List.of("ChamberSession_locks_doctor", "ChamberSession_audit"),
          "DoctorLeave", List.of("DoctorLeave_locks_doctor", "DoctorLeave_audit"),
          "StrandedAppointment", List.of("StrandedAppointment_audit"),
          "User", List.of("User_staff_audit"),
          "AuditLog", List.of("AuditLog_append_only", "AuditLog_no_truncate"));

  /** The channel the V3 triggers notify on, one message per changed (date, doctor). */
  public static final String CHANGES_CHANNEL = "nirnoy_changes";

  private SchemaContract() {}

  private static Map<String, List<String>> indexes() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("User", List.of("User_phone_idx", "User_email_idx", "User_role_idx"));
    m.put(
        "Doctor",
        List.of(
            "Doctor_specialty_idx",
            "Doctor_status_idx",
            "Doctor_rating_idx",
            "Doctor_fee_idx",
            "Doctor_name_idx"));
    m.put(
        "DoctorChamber",
        List.of(
            "DoctorChamber_doctorId_idx",
            "DoctorChamber_area_idx",
            "DoctorChamber_city_idx",
            "DoctorChamber_isActive_idx",
            "DoctorChamber_city_area_idx"));
    m.put(
        "Appointment",
        List.of(
            "Appointment_patientId_idx",
            "Appointment_doctorId_date_idx",
            "Appointment_chamberId_date_idx",
            "Appointment_date_idx",
            "Appointment_status_idx",
            "Appointment_createdAt_idx",
            "Appointment_bookedById_idx"));
    return m;
  }
}
