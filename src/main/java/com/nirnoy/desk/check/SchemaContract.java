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
          "DoctorLeave");

  /** The seed's indexes: User 3, Doctor 5, DoctorChamber 5, Appointment 7. */
  public static final Map<String, List<String>> INDEXES = indexes();

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
