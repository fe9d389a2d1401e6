package com.nirnoy.desk.demo;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The demo clinic as written in {@code /demo/*.csv}: centres, doctors and weekly sessions. */
record ClinicCatalog(
    Map<String, Centre> centres,
    Map<String, DoctorSpec> doctors,
    List<SessionSpec> sessions,
    List<String> cancelReasons) {

  /** A diagnostic centre or hospital where several doctors keep chambers. */
  record Centre(String key, String name, String address, String area, String phone) {}

  /** A doctor, and which patients the doctor sees (a paediatrician sees children only). */
  record DoctorSpec(
      String bmdc,
      String name,
      String specialty,
      String qualifications,
      BigDecimal fee,
      BigDecimal followUpFee,
      BigDecimal rating,
      int experienceYears,
      String phone,
      String patientGender,
      int minAge,
      int maxAge) {

    boolean sees(DemoPatient patient, LocalDate on) {
      int age = Period.between(patient.dateOfBirth(), on).getYears();
      boolean gender = "ANY".equals(patientGender) || patientGender.equals(patient.gender());
      return gender && age >= minAge && age <= maxAge;
    }
  }

  /** A doctor's weekly time at a centre, on one or more weekdays. */
  record SessionSpec(
      String bmdc,
      String centreKey,
      List<DayOfWeek> days,
      LocalTime start,
      LocalTime end,
      int slotMinutes) {

    /** As many serials as whole slots fit, so the last serial still ends inside the session. */
    int maxSerials() {
      return (int) (Duration.between(start, end).toMinutes() / slotMinutes);
    }
  }

  /**
   * Reads and cross-checks the demo data; a bad file fails here, before the database is touched.
   */
  static ClinicCatalog load() {
    Map<String, Centre> centres =
        byKey(Csv.read("/demo/centres.csv"), "key", ClinicCatalog::centre);
    Map<String, DoctorSpec> doctors =
        byKey(Csv.read("/demo/doctors.csv"), "bmdc", ClinicCatalog::doctor);
    List<SessionSpec> sessions =
        Csv.read("/demo/sessions.csv").stream().map(ClinicCatalog::session).toList();
    for (SessionSpec s : sessions) {
      if (!centres.containsKey(s.centreKey()) || !doctors.containsKey(s.bmdc())) {
        throw new IllegalStateException(
            "sessions.csv names an unknown centre or doctor: " + s.centreKey() + ", " + s.bmdc());
      }
    }
    List<String> reasons =
        Csv.read("/demo/cancel-reasons.csv").stream().map(r -> r.text("reason")).toList();
    return new ClinicCatalog(centres, doctors, sessions, reasons);
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

  private static Centre centre(Csv.Row r) {
    return new Centre(
        r.text("key"), r.text("name"), r.text("address"), r.text("area"), r.text("phone"));
  }

  private static DoctorSpec doctor(Csv.Row r) {
    return new DoctorSpec(
        r.text("bmdc"),
        r.text("name"),
        r.text("specialty"),
        r.text("qualifications"),
        new BigDecimal(r.text("fee")),
        new BigDecimal(r.text("followUpFee")),
        new BigDecimal(r.text("rating")),
        r.integer("experienceYears"),
        r.text("phone"),
        r.text("patientGender"),
        r.integer("minAge"),
        r.integer("maxAge"));
  }

  private static SessionSpec session(Csv.Row r) {
    List<DayOfWeek> days = Arrays.stream(r.text("days").split("\\s+")).map(d -> day(r, d)).toList();
    return new SessionSpec(
        r.text("bmdc"),
        r.text("centre"),
        days,
        LocalTime.parse(r.text("start")),
        LocalTime.parse(r.text("end")),
        r.integer("slotMinutes"));
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
