package com.nirnoy.desk.demo;

import com.nirnoy.desk.config.ClinicTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A demo clinic for an empty database migrated with the platform's schema ({@code db/schema}):
 * doctors of the common specialties (one pending approval, one suspended), sitting at two or three
 * of three Dhaka clinics (Shanti Diagnostic Centre in Dhanmondi, Uttara Crescent Hospital, Mirpur
 * Medicare Clinic) and one doctor's own chamber in Mohammadpur, one chamber row per weekly session
 * (mostly afternoons and evenings, Friday off); about 300 people in their households (families
 * share a phone and so one account and one Patient, the others booked by name under it); and
 * appointments from a week ago to three weeks ahead, booked at the desk, by phone, as walk-ins or
 * on the web, with the statuses and timestamps a real desk would show at the clock's "now"; one
 * doctor on leave; one admin and one receptionist ({@link DemoStaff}).
 *
 * <p>The clinic's content lives in {@code /demo/*.csv} on the classpath. The generator is seeded,
 * so the same clock instant always writes the same rows (on a fresh database, the same ids too).
 */
public final class DemoClinic {
  static final long SEED = 1971L;
  static final int PATIENTS = 300;

  /** The suspended demo doctor was suspended this many days before "now". */
  static final int SUSPENDED_DAYS_AGO = 3;

  private static final int ADMIN_BOOKS_PERCENT = 15;
  private static final List<String> PATIENT_USER_COLUMNS =
      Batch.columns("id phone role isActive createdAt updatedAt");
  private static final List<String> PATIENT_COLUMNS =
      Batch.columns("id userId name gender dateOfBirth city createdAt updatedAt");

  private static final Logger log = LoggerFactory.getLogger(DemoClinic.class);

  private DemoClinic() {}

  /** True when the database has no doctor yet, the only state {@link #fill} writes into. */
  public static boolean isEmpty(DataSource ds) {
    try (Connection c = ds.getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT EXISTS (SELECT 1 FROM \"Doctor\")")) {
      rs.next();
      boolean hasDoctors = rs.getBoolean(1);
      if (!c.getAutoCommit()) {
        c.rollback();
      }
      return !hasDoctors;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the Doctor table: " + e.getMessage(), e);
    }
  }

  /**
   * Writes the demo clinic in one transaction: all of it, or (on any failure) nothing.
   *
   * @param ds the clinic database, already migrated
   * @param clock "now"; dates are taken in clinic time (Asia/Dhaka) whatever the clock's zone
   * @return how many rows of each kind were written
   * @throws IllegalStateException when the database already has doctors (demo data is never mixed
   *     with real data), or when writing failed and was rolled back
   */
  public static DemoSummary fill(DataSource ds, Clock clock) {
    ClinicCatalog catalog = ClinicCatalog.load();
    NameBook names = NameBook.load();
    LocalDateTime now =
        LocalDateTime.ofInstant(clock.instant(), ClinicTime.ZONE).truncatedTo(ChronoUnit.SECONDS);
    long started = System.nanoTime();
    try (Connection c = ds.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        DemoSummary summary = write(c, catalog, names, now);
        c.commit();
        log.info(
            "Demo clinic written in {} ms: {}",
            (System.nanoTime() - started) / 1_000_000,
            summary.describe());
        return summary;
      } catch (SQLException | RuntimeException e) {
        rollback(c, e);
        throw e;
      } finally {
        restoreAutoCommit(c, autoCommit);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "The demo clinic could not be written, nothing was saved: " + e.getMessage(), e);
    }
  }

  private static DemoSummary write(
      Connection c, ClinicCatalog catalog, NameBook names, LocalDateTime now) throws SQLException {
    refuseUnlessEmpty(c);
    Random random = new Random(SEED);
    Ids requestIds = new Ids(SEED + 1);
    DemoStaff.Accounts staff = DemoStaff.write(c, now.minusDays(60));
    ClinicWriter.Written clinic = new ClinicWriter(c, random, now).write(catalog);

    Set<String> taken = new HashSet<>();
    catalog.doctors().values().forEach(d -> taken.add(d.phone()));
    taken.add(DemoStaff.ADMIN_PHONE_E164);
    taken.add(DemoStaff.RECEPTIONIST_PHONE_E164);
    List<DemoPatient> people = new PatientGenerator(names, random, now, taken).generate(PATIENTS);
    Map<Integer, Integer> patientIds = writePatients(c, people);

    LocalDate today = now.toLocalDate();
    LocalDate suspendedOn = today.minusDays(SUSPENDED_DAYS_AGO);
    VisitOutcomes outcomes = new VisitOutcomes(now, catalog.cancelReasons());
    List<Booking> bookings =
        new AppointmentPlanner(SEED, people, outcomes, now)
            .plan(
                clinic.chambers(),
                (chamber, day) -> sits(catalog, chamber.doctor(), day, today, suspendedOn));
    writeAppointments(c, bookings, patientIds, staff, requestIds, random);
    writeLeave(c, catalog, clinic.doctorIds(), now);
    suspend(c, catalog, clinic.doctorIds(), suspendedOn.atTime(11, 30));
    return new DemoSummary(
        clinic.clinics(),
        clinic.doctors(),
        clinic.chambers().size(),
        patientIds.size(),
        bookings.size());
  }

  /**
   * Whether a doctor takes bookings on a day: approved (a suspended doctor only before the
   * suspension; a pending one never) and not on leave.
   */
  private static boolean sits(
      ClinicCatalog catalog,
      ClinicCatalog.DoctorSpec doctor,
      LocalDate day,
      LocalDate today,
      LocalDate suspendedOn) {
    switch (doctor.status()) {
      case "APPROVED":
        break;
      case "SUSPENDED":
        if (!day.isBefore(suspendedOn)) {
          return false;
        }
        break;
      default:
        return false;
    }
    for (ClinicCatalog.LeaveSpec l : catalog.leave()) {
      if (l.bmdc().equals(doctor.bmdc())
          && !day.isBefore(today.plusDays(l.fromDay()))
          && !day.isAfter(today.plusDays(l.toDay()))) {
        return false;
      }
    }
    return true;
  }

  /**
   * One account ("User", role PATIENT) and one "Patient" per household, for its holder.
   *
   * @return the Patient id of each household
   */
  private static Map<Integer, Integer> writePatients(Connection c, List<DemoPatient> people)
      throws SQLException {
    List<DemoPatient> holders = people.stream().filter(DemoPatient::holder).toList();
    int[] userIds = Keys.take(c, "User", holders.size());
    int[] ids = Keys.take(c, "Patient", holders.size());
    List<Object[]> users = new ArrayList<>();
    List<Object[]> patients = new ArrayList<>();
    Map<Integer, Integer> byHousehold = new HashMap<>();
    for (int i = 0; i < holders.size(); i++) {
      DemoPatient p = holders.get(i);
      LocalDateTime created = utc(p.createdAt());
      users.add(new Object[] {userIds[i], p.phone(), "PATIENT", true, created, created});
      patients.add(
          new Object[] {
            ids[i],
            userIds[i],
            p.name(),
            p.platformGender(),
            p.dateOfBirth().atStartOfDay(),
            "Dhaka",
            created,
            created
          });
      byHousehold.put(p.household(), ids[i]);
    }
    Batch.insert(c, "User", PATIENT_USER_COLUMNS, users);
    Batch.insert(c, "Patient", PATIENT_COLUMNS, patients);
    return byHousehold;
  }

  /** The appointments, and a "DeskBooking" for each one the desk made (not the web's). */
  private static void writeAppointments(
      Connection c,
      List<Booking> bookings,
      Map<Integer, Integer> patientIds,
      DemoStaff.Accounts staff,
      Ids requestIds,
      Random random)
      throws SQLException {
    int[] ids = Keys.take(c, "Appointment", bookings.size());
    List<Object[]> rows = new ArrayList<>(bookings.size());
    List<Object[]> deskRows = new ArrayList<>();
    for (int i = 0; i < bookings.size(); i++) {
      Booking b = bookings.get(i);
      b.id = ids[i];
      // drawn for every booking, so the web's share never shifts the desk's ids
      String requestId = requestIds.next();
      boolean byAdmin = random.nextInt(100) < ADMIN_BOOKS_PERCENT;
      rows.add(b.row(patientIds.get(b.person.household())));
      if (b.source.desk()) {
        b.requestId = requestId;
        b.bookedById = byAdmin ? staff.adminId() : staff.receptionistId();
        deskRows.add(b.deskRow());
      }
    }
    Batch.insert(c, "Appointment", Booking.COLUMNS, rows);
    Batch.insert(c, "DeskBooking", Booking.DESK_COLUMNS, deskRows);
  }

  private static void writeLeave(
      Connection c, ClinicCatalog catalog, Map<String, Integer> doctorIds, LocalDateTime now)
      throws SQLException {
    LocalDate today = now.toLocalDate();
    List<Object[]> rows = new ArrayList<>();
    for (ClinicCatalog.LeaveSpec l : catalog.leave()) {
      rows.add(
          new Object[] {
            doctorIds.get(l.bmdc()),
            today.plusDays(l.fromDay()),
            today.plusDays(l.toDay()),
            l.reason(),
            instant(now.minusDays(5))
          });
    }
    Batch.insert(
        c, "DoctorLeave", Batch.columns("doctorId startDate endDate reason createdAt"), rows);
  }

  /**
   * Suspends the catalog's SUSPENDED doctors, after their (earlier) appointments were written: the
   * database takes bookings only of APPROVED doctors.
   */
  private static void suspend(
      Connection c, ClinicCatalog catalog, Map<String, Integer> doctorIds, LocalDateTime at)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE \"Doctor\" SET \"registrationStatus\" = 'SUSPENDED', \"suspendedAt\" = ?,"
                + " \"suspensionReason\" = ?, \"updatedAt\" = ? WHERE id = ?")) {
      for (ClinicCatalog.DoctorSpec d : catalog.doctors().values()) {
        if ("SUSPENDED".equals(d.status())) {
          ps.setObject(1, utc(at));
          ps.setString(2, "BMDC registration renewal pending");
          ps.setObject(3, utc(at));
          ps.setInt(4, doctorIds.get(d.bmdc()));
          ps.executeUpdate();
        }
      }
    }
  }

  /**
   * The lock makes check-then-write safe: a second fill running at the same time waits here, then
   * sees the first one's doctors and refuses, instead of writing a second clinic.
   */
  private static void refuseUnlessEmpty(Connection c) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute("LOCK TABLE \"Doctor\" IN SHARE ROW EXCLUSIVE MODE");
      try (ResultSet rs = st.executeQuery("SELECT count(*) FROM \"Doctor\"")) {
        rs.next();
        long doctors = rs.getLong(1);
        if (doctors > 0) {
          throw new IllegalStateException(
              "This database already has "
                  + doctors
                  + " doctor(s); demo data is only written into an empty database, so it is never"
                  + " mixed with a real clinic's records.");
        }
      }
    }
  }

  /** A clinic local date-time as the instant it names, for the desk's timestamptz columns. */
  static OffsetDateTime instant(LocalDateTime clinicTime) {
    return clinicTime.atZone(ClinicTime.ZONE).toOffsetDateTime();
  }

  /**
   * A clinic local date-time as the platform stores instants: UTC wall-clock time in a TIMESTAMP(3)
   * column (Prisma writes UTC); null stays null.
   */
  static LocalDateTime utc(LocalDateTime clinicTime) {
    return clinicTime == null
        ? null
        : clinicTime.atZone(ClinicTime.ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
  }

  /** A failure here must not hide the one that mattered; a pool resets the flag anyway. */
  private static void restoreAutoCommit(Connection c, boolean autoCommit) {
    try {
      c.setAutoCommit(autoCommit);
    } catch (SQLException e) {
      log.debug("Could not restore autoCommit on a demo connection: {}", e.getMessage());
    }
  }

  private static void rollback(Connection c, Exception failure) {
    try {
      c.rollback();
    } catch (SQLException rollbackFailure) {
      failure.addSuppressed(rollbackFailure);
    }
  }
}
