package com.nirnoy.desk.demo;

import com.nirnoy.desk.chamber.WeeklyDays;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The demo clinic as written in {@code /demo/*.csv}: clinics, specialties, doctors, their chamber
 * rows (one weekly session each) and their leave.
 */
record ClinicCatalog(
    Map<String, Place> places,
    Map<String, String> specialties,
    Map<String, DoctorSpec> doctors,
    List<ChamberSpec> chambers,
    List<LeaveSpec> leave,
    List<String> cancelReasons) {

  /**
   * A place doctors sit: a platform {@code "Clinic"} (hospital, clinic or diagnostic centre), or a
   * doctor's own chamber, which has no Clinic row ({@code ownChamber}).
   */
  record Place(
      String key,
      String name,
      String type,
      String address,
      String area,
      String city,
      String phone,
      boolean ownChamber) {}

  /** A doctor, and which patients the doctor sees (a paediatrician sees children only). */
  record DoctorSpec(
      String bmdc,
      String title,
      String name,
      String nameBn,
      String gender,
      String specialty,
      int fee,
      Integer followUpFee,
      Integer reportFee,
      double rating,
      int experienceYears,
      String phone,
      String status,
      boolean acceptsNew,
      String patientGender,
      int minAge,
      int maxAge) {

    boolean approved() {
      return "APPROVED".equals(status);
    }

    boolean sees(DemoPatient patient, LocalDate on) {
      int age = Period.between(patient.dateOfBirth(), on).getYears();
      boolean gender = "ANY".equals(patientGender) || patientGender.equals(patient.gender());
      return gender && age >= minAge && age <= maxAge;
    }
  }

  /** One chamber row: a doctor's weekly session at a place, on one or more weekdays. */
  record ChamberSpec(
      String bmdc,
      String placeKey,
      Set<DayOfWeek> days,
      LocalTime start,
      LocalTime end,
      int slotMinutes,
      Integer maxPatients,
      Integer fee,
      Integer followUpFee,
      Integer reportFee) {

    /** Whole slots that fit, capped by maxPatients: the last serial still ends in the session. */
    int serials() {
      int fit = (int) (Duration.between(start, end).toMinutes() / slotMinutes);
      return maxPatients == null ? fit : Math.min(fit, maxPatients);
    }

    /** 'Sat,Mon,Wed', the platform's daysOfWeek, in the week's order from Saturday. */
    String daysOfWeek() {
      return WeeklyDays.format(days);
    }

    boolean overlaps(ChamberSpec other) {
      return bmdc.equals(other.bmdc)
          && days.stream().anyMatch(other.days::contains)
          && start.isBefore(other.end)
          && other.start.isBefore(end);
    }
  }

  /** Leave in days from the demo's today, both ends included. */
  record LeaveSpec(String bmdc, int fromDay, int toDay, String reason) {}

  /**
   * Reads and cross-checks the demo data; a bad file fails here, before the database is touched.
   */
  static ClinicCatalog load() {
    Map<String, Place> places = byKey(Csv.read("/demo/clinics.csv"), "key", ClinicCatalog::place);
    Map<String, String> specialties = new LinkedHashMap<>();
    for (Csv.Row r : Csv.read("/demo/specialties.csv")) {
      specialties.put(r.text("name"), r.text("nameBn"));
    }
    Map<String, DoctorSpec> doctors =
        byKey(Csv.read("/demo/doctors.csv"), "bmdc", ClinicCatalog::doctor);
    List<ChamberSpec> chambers =
        Csv.read("/demo/chambers.csv").stream().map(ClinicCatalog::chamber).toList();
    List<LeaveSpec> leave =
        Csv.read("/demo/leave.csv").stream()
            .map(
                r ->
                    new LeaveSpec(
                        r.text("bmdc"), r.integer("fromDay"), r.integer("toDay"), r.text("reason")))
            .toList();
    check(places, specialties, doctors, chambers, leave);
    List<String> reasons =
        Csv.read("/demo/cancel-reasons.csv").stream().map(r -> r.text("reason")).toList();
    return new ClinicCatalog(places, specialties, doctors, chambers, leave, reasons);
  }

  private static void check(
      Map<String, Place> places,
      Map<String, String> specialties,
      Map<String, DoctorSpec> doctors,
      List<ChamberSpec> chambers,
      List<LeaveSpec> leave) {
    for (DoctorSpec d : doctors.values()) {
      if (!specialties.containsKey(d.specialty())) {
        throw new IllegalStateException("doctors.csv names an unknown specialty: " + d.specialty());
      }
    }
    for (int i = 0; i < chambers.size(); i++) {
      ChamberSpec s = chambers.get(i);
      if (!places.containsKey(s.placeKey()) || !doctors.containsKey(s.bmdc())) {
        throw new IllegalStateException(
            "chambers.csv names an unknown place or doctor: " + s.placeKey() + ", " + s.bmdc());
      }
      if (s.serials() < 1) {
        throw new IllegalStateException("chambers.csv: a session of " + s.bmdc() + " has no slot");
      }
      for (int j = i + 1; j < chambers.size(); j++) {
        if (s.overlaps(chambers.get(j))) {
          throw new IllegalStateException(
              "chambers.csv: two sessions of " + s.bmdc() + " overlap on a shared weekday");
        }
      }
    }
    for (LeaveSpec l : leave) {
      if (!doctors.containsKey(l.bmdc()) || l.toDay() < l.fromDay()) {
        throw new IllegalStateException("leave.csv: unknown doctor or backwards dates: " + l);
      }
    }
  }

  private static <T> Map<String, T> byKey(
      List<Csv.Row> rows, String column, Function<Csv.Row, T> make) {
    Map<String, T> map = new LinkedHashMap<>();
    for (Csv.Row r : rows) {
      if (map.put(r.text(column), make.apply(r)) != null) {
        throw new IllegalStateException(
            r.resource() + " line " + r.line() + ": duplicate " + column + " " + r.text(column));
      }
    }
    return map;
  }

  private static Place place(Csv.Row r) {
    return new Place(
        r.text("key"),
        r.text("name"),
        r.text("type"),
        r.text("address"),
        r.text("area"),
        r.text("city"),
        r.text("phone"),
        r.yes("ownChamber"));
  }

  private static DoctorSpec doctor(Csv.Row r) {
    return new DoctorSpec(
        r.text("bmdc"),
        r.text("title"),
        r.text("name"),
        r.text("nameBn"),
        r.text("gender"),
        r.text("specialty"),
        r.integer("fee"),
        r.optionalInteger("followUpFee"),
        r.optionalInteger("reportFee"),
        Double.parseDouble(r.text("rating")),
        r.integer("experienceYears"),
        r.text("phone"),
        r.text("status"),
        r.yes("acceptsNew"),
        r.text("patientGender"),
        r.integer("minAge"),
        r.integer("maxAge"));
  }

  private static ChamberSpec chamber(Csv.Row r) {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    Arrays.stream(r.text("days").split("\\s+")).map(d -> day(r, d)).forEach(days::add);
    return new ChamberSpec(
        r.text("bmdc"),
        r.text("clinic"),
        days,
        LocalTime.parse(r.text("start")),
        LocalTime.parse(r.text("end")),
        r.integer("slotMinutes"),
        r.optionalInteger("maxPatients"),
        r.optionalInteger("fee"),
        r.optionalInteger("followUpFee"),
        r.optionalInteger("reportFee"));
  }

  /** "Sat", "sat" or "SATURDAY" all mean Saturday. */
  private static DayOfWeek day(Csv.Row r, String word) {
    String upper = word.toUpperCase(Locale.ROOT);
    return Arrays.stream(DayOfWeek.values())
        .filter(d -> upper.length() >= 3 && d.name().startsWith(upper))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(r.resource() + " line " + r.line() + ": no day " + word));
  }
}
