package com.nirnoy.desk.demo;

import com.nirnoy.desk.demo.ClinicCatalog.ChamberSpec;
import com.nirnoy.desk.demo.ClinicCatalog.DoctorSpec;
import com.nirnoy.desk.demo.ClinicCatalog.Place;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Writes specialties, clinics, doctors (each with a platform {@code "User"} of role DOCTOR) and
 * their chamber rows, as the web platform keeps them: a chamber carries its clinic's name, address
 * and phone, and one row is one weekly session.
 */
final class ClinicWriter {
  /** What was written: counts, the doctors by BMDC number, and the chambers to book into. */
  record Written(
      int clinics, int doctors, Map<String, Integer> doctorIds, List<PlannedChamber> chambers) {}

  private static final List<String> SPECIALTY_COLUMNS =
      Batch.columns("name nameBn isActive displayOrder");
  private static final List<String> CLINIC_COLUMNS =
      Batch.columns(
          "id name type address area city district phone hasEmergency hasPharmacy hasLab"
              + " isVerified isActive createdAt updatedAt");
  private static final List<String> USER_COLUMNS =
      Batch.columns("id phone role isActive createdAt updatedAt");
  private static final List<String> DOCTOR_COLUMNS =
      Batch.columns(
          "id userId nameEn nameBn gender title primarySpecialty slug bmdcNumber bmdcVerified"
              + " bmdcVerifiedAt registrationStatus approvedAt experienceYears consultationFeeNew"
              + " consultationFeeFollowUp consultationFeeReport averageRating professionalPhone"
              + " acceptNewPatients createdAt updatedAt");
  private static final List<String> CHAMBER_COLUMNS =
      Batch.columns(
          "id doctorId clinicId name type address area city district phone daysOfWeek startTime"
              + " endTime slotDuration maxPatients consultationFee followUpFee reportCheckFee"
              + " isActive isPrimary createdAt updatedAt");

  private final Connection connection;
  private final Random random;
  private final LocalDateTime now;
  private final Map<String, Integer> clinicIds = new HashMap<>();
  private final Map<String, Integer> doctorIds = new LinkedHashMap<>();
  private final Map<String, LocalDateTime> joined = new HashMap<>();

  ClinicWriter(Connection connection, Random random, LocalDateTime now) {
    this.connection = connection;
    this.random = random;
    this.now = now;
  }

  Written write(ClinicCatalog catalog) throws SQLException {
    writeSpecialties(catalog.specialties());
    int clinics = writeClinics(catalog.places().values());
    int doctors = writeDoctors(new ArrayList<>(catalog.doctors().values()));
    List<PlannedChamber> chambers = writeChambers(catalog);
    return new Written(clinics, doctors, doctorIds, withFees(chambers));
  }

  private void writeSpecialties(Map<String, String> specialties) throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    specialties.forEach(
        (name, nameBn) -> rows.add(new Object[] {name, nameBn, true, rows.size() + 1}));
    Batch.insert(connection, "Specialty", SPECIALTY_COLUMNS, rows);
  }

  private int writeClinics(Iterable<Place> places) throws SQLException {
    List<Place> clinics = new ArrayList<>();
    places.forEach(
        p -> {
          if (!p.ownChamber()) {
            clinics.add(p);
          }
        });
    int[] ids = Keys.take(connection, "Clinic", clinics.size());
    List<Object[]> rows = new ArrayList<>();
    LocalDateTime created = now.minusDays(1500);
    for (int i = 0; i < clinics.size(); i++) {
      Place p = clinics.get(i);
      clinicIds.put(p.key(), ids[i]);
      boolean hospital = "HOSPITAL".equals(p.type());
      LocalDateTime at = DemoClinic.utc(created.plusDays(random.nextInt(200)));
      rows.add(
          new Object[] {
            ids[i],
            p.name(),
            p.type(),
            p.address(),
            p.area(),
            p.city(),
            "Dhaka",
            p.phone(),
            hospital,
            hospital,
            !"CLINIC".equals(p.type()),
            true,
            true,
            at,
            at
          });
    }
    return Batch.insert(connection, "Clinic", CLINIC_COLUMNS, rows);
  }

  private int writeDoctors(List<DoctorSpec> doctors) throws SQLException {
    int[] userIds = Keys.take(connection, "User", doctors.size());
    int[] ids = Keys.take(connection, "Doctor", doctors.size());
    List<Object[]> users = new ArrayList<>();
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < doctors.size(); i++) {
      DoctorSpec d = doctors.get(i);
      // on the platform for one to three years, long before any demo booking; a pending one
      // signed up in the last weeks
      LocalDateTime created =
          "PENDING".equals(d.status())
              ? now.minusDays(5 + random.nextInt(15)).minusMinutes(random.nextInt(600))
              : now.minusDays(400 + random.nextInt(700)).minusMinutes(random.nextInt(600));
      LocalDateTime approved =
          "PENDING".equals(d.status()) ? null : created.plusDays(2 + random.nextInt(8));
      doctorIds.put(d.bmdc(), ids[i]);
      joined.put(d.bmdc(), created);
      LocalDateTime at = DemoClinic.utc(created);
      LocalDateTime updated = approved == null ? at : DemoClinic.utc(approved);
      users.add(new Object[] {userIds[i], d.phone(), "DOCTOR", true, at, at});
      rows.add(
          new Object[] {
            ids[i],
            userIds[i],
            d.name(),
            d.nameBn(),
            d.gender(),
            d.title(),
            d.specialty(),
            slug(d),
            d.bmdc(),
            approved != null,
            approved == null ? null : DemoClinic.utc(approved),
            // a suspended doctor is suspended after the bookings are written (the database
            // refuses bookings of a doctor who is not APPROVED)
            "PENDING".equals(d.status()) ? "PENDING" : "APPROVED",
            approved == null ? null : DemoClinic.utc(approved),
            d.experienceYears(),
            d.fee(),
            d.followUpFee(),
            d.reportFee(),
            d.rating(),
            d.phone(),
            d.acceptsNew(),
            at,
            updated
          });
    }
    Batch.insert(connection, "User", USER_COLUMNS, users);
    return Batch.insert(connection, "Doctor", DOCTOR_COLUMNS, rows);
  }

  private List<PlannedChamber> writeChambers(ClinicCatalog catalog) throws SQLException {
    List<ChamberSpec> specs = catalog.chambers();
    int[] ids = Keys.take(connection, "DoctorChamber", specs.size());
    List<Object[]> rows = new ArrayList<>();
    List<PlannedChamber> planned = new ArrayList<>();
    Map<String, Boolean> hasPrimary = new HashMap<>();
    for (int i = 0; i < specs.size(); i++) {
      ChamberSpec s = specs.get(i);
      DoctorSpec doctor = catalog.doctors().get(s.bmdc());
      Place p = catalog.places().get(s.placeKey());
      boolean primary = hasPrimary.putIfAbsent(s.bmdc(), true) == null;
      LocalDateTime created = DemoClinic.utc(joined.get(s.bmdc()).plusDays(random.nextInt(5)));
      rows.add(
          new Object[] {
            ids[i],
            doctorIds.get(s.bmdc()),
            p.ownChamber() ? null : clinicIds.get(p.key()),
            p.name(),
            p.type(),
            p.address(),
            p.area(),
            p.city(),
            "Dhaka",
            p.phone(),
            s.daysOfWeek(),
            hhmm(s.start()),
            hhmm(s.end()),
            s.slotMinutes(),
            s.maxPatients(),
            s.fee(),
            s.followUpFee(),
            s.reportFee(),
            true,
            primary,
            created,
            created
          });
      planned.add(new PlannedChamber(ids[i], doctorIds.get(s.bmdc()), doctor, s, 0, 0, 0));
    }
    Batch.insert(connection, "DoctorChamber", CHAMBER_COLUMNS, rows);
    return planned;
  }

  /** The fee of each kind of visit at each chamber, by the database's own rule. */
  private List<PlannedChamber> withFees(List<PlannedChamber> chambers) throws SQLException {
    Map<Integer, int[]> fees = new HashMap<>();
    try (PreparedStatement ps =
            connection.prepareStatement(
                "SELECT id, nirnoy_visit_fee(id, 'NEW'), nirnoy_visit_fee(id, 'FOLLOW_UP'),"
                    + " nirnoy_visit_fee(id, 'REPORT_CHECK') FROM \"DoctorChamber\"");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        fees.put(rs.getInt(1), new int[] {rs.getInt(2), rs.getInt(3), rs.getInt(4)});
      }
    }
    List<PlannedChamber> priced = new ArrayList<>();
    for (PlannedChamber c : chambers) {
      int[] f = fees.get(c.id());
      priced.add(c.withFees(f[0], f[1], f[2]));
    }
    return priced;
  }

  static String hhmm(java.time.LocalTime time) {
    return String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
  }

  private static String slug(DoctorSpec d) {
    return "dr-" + d.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }
}
