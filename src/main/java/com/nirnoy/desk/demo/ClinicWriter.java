package com.nirnoy.desk.demo;

import com.nirnoy.desk.demo.ClinicCatalog.Centre;
import com.nirnoy.desk.demo.ClinicCatalog.DoctorSpec;
import com.nirnoy.desk.demo.ClinicCatalog.SessionSpec;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes doctors, their chambers and their weekly sessions. A doctor gets one chamber per centre
 * named in sessions.csv, carrying the centre's name, address and phone, as the web platform does.
 */
final class ClinicWriter {
  /** What was written: counts, and the sessions the appointments are booked into. */
  record Written(int doctors, int chambers, List<PlannedSession> sessions) {}

  private static final List<String> DOCTOR_COLUMNS =
      Batch.columns(
          "id name specialty qualifications bmdcNumber status rating fee followUpFee phone"
              + " experienceYears createdAt updatedAt");
  private static final List<String> CHAMBER_COLUMNS =
      Batch.columns("id doctorId name address area city phone createdAt updatedAt");
  private static final List<String> SESSION_COLUMNS =
      Batch.columns(
          "id chamberId doctorId dayOfWeek startTime endTime slotMinutes maxSerials createdAt"
              + " updatedAt");

  private final Connection connection;
  private final Ids ids;
  private final Random random;
  private final LocalDateTime now;
  private final Map<String, String> doctorIds = new HashMap<>();
  private final Map<String, OffsetDateTime> joined = new HashMap<>();
  private final Map<String, String> chamberIds = new HashMap<>();

  ClinicWriter(Connection connection, Ids ids, Random random, LocalDateTime now) {
    this.connection = connection;
    this.ids = ids;
    this.random = random;
    this.now = now;
  }

  Written write(ClinicCatalog catalog) throws SQLException {
    int doctors = writeDoctors(catalog.doctors().values());
    int chambers = writeChambers(catalog);
    List<PlannedSession> sessions = writeSessions(catalog);
    return new Written(doctors, chambers, sessions);
  }

  private int writeDoctors(Iterable<DoctorSpec> doctors) throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    for (DoctorSpec d : doctors) {
      String id = ids.next();
      // on the platform for one to three years: long before any demo booking
      OffsetDateTime created = DemoClinic.instant(now.minusDays(400 + random.nextInt(700)));
      doctorIds.put(d.bmdc(), id);
      joined.put(d.bmdc(), created);
      rows.add(doctorRow(id, d, created));
    }
    return Batch.insert(connection, "Doctor", DOCTOR_COLUMNS, rows);
  }

  private int writeChambers(ClinicCatalog catalog) throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    for (SessionSpec s : catalog.sessions()) {
      String key = chamberKey(s);
      if (!chamberIds.containsKey(key)) {
        String id = ids.next();
        chamberIds.put(key, id);
        OffsetDateTime created = joined.get(s.bmdc()).plusDays(random.nextInt(30));
        Centre c = catalog.centres().get(s.centreKey());
        rows.add(
            new Object[] {
              id,
              doctorIds.get(s.bmdc()),
              c.name(),
              c.address(),
              c.area(),
              "Dhaka",
              c.phone(),
              created,
              created
            });
      }
    }
    return Batch.insert(connection, "DoctorChamber", CHAMBER_COLUMNS, rows);
  }

  private List<PlannedSession> writeSessions(ClinicCatalog catalog) throws SQLException {
    List<PlannedSession> sessions = new ArrayList<>();
    List<Object[]> rows = new ArrayList<>();
    for (SessionSpec s : catalog.sessions()) {
      OffsetDateTime created = joined.get(s.bmdc()).plusDays(30);
      for (DayOfWeek day : s.days()) {
        PlannedSession p = planned(s, day, catalog.doctors().get(s.bmdc()));
        sessions.add(p);
        rows.add(
            new Object[] {
              p.id(),
              p.chamberId(),
              p.doctorId(),
              day.getValue(),
              p.start(),
              p.end(),
              p.slotMinutes(),
              p.maxSerials(),
              created,
              created
            });
      }
    }
    Batch.insert(connection, "ChamberSession", SESSION_COLUMNS, rows);
    return sessions;
  }

  private PlannedSession planned(SessionSpec s, DayOfWeek day, DoctorSpec doctor) {
    String chamberId = chamberIds.get(chamberKey(s));
    String doctorId = doctorIds.get(s.bmdc());
    return new PlannedSession(
        ids.next(),
        chamberId,
        doctorId,
        doctor,
        day,
        s.start(),
        s.end(),
        s.slotMinutes(),
        s.maxSerials());
  }

  private static Object[] doctorRow(String id, DoctorSpec d, OffsetDateTime created) {
    return new Object[] {
      id,
      d.name(),
      d.specialty(),
      d.qualifications(),
      d.bmdc(),
      "ACTIVE",
      d.rating(),
      d.fee(),
      d.followUpFee(),
      d.phone(),
      d.experienceYears(),
      created,
      created
    };
  }

  private static String chamberKey(SessionSpec s) {
    return s.bmdc() + "@" + s.centreKey();
  }
}
