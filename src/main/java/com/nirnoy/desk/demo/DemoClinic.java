package com.nirnoy.desk.demo;

import com.nirnoy.desk.config.ClinicTime;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A demo clinic for an empty database: doctors of the common specialties sitting at chambers in
 * eight Dhaka centres, their weekly sessions (mostly afternoons and evenings, Friday off), about
 * 300 patients (some families sharing a phone) and appointments from a week ago to three weeks
 * ahead, with the statuses a real desk would show at the clock's "now", and one admin and one
 * receptionist ({@link DemoStaff}).
 *
 * <p>The clinic's content lives in {@code /demo/*.csv} on the classpath. The generator is seeded,
 * so the same clock instant always writes the same rows.
 */
public final class DemoClinic {
  static final long SEED = 1971L;
  static final int PATIENTS = 300;

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
    Ids ids = new Ids(SEED + 1);
    ClinicWriter.Written clinic = new ClinicWriter(c, ids, random, now).write(catalog);
    List<DemoPatient> patients = new PatientGenerator(names, random, ids, now).generate(PATIENTS);
    Batch.insert(
        c,
        "User",
        Batch.columns("id name role gender dateOfBirth phone createdAt updatedAt"),
        patients.stream().map(DemoClinic::patientRow).toList());
    VisitOutcomes outcomes = new VisitOutcomes(now, catalog.cancelReasons());
    List<Booking> bookings =
        new AppointmentPlanner(SEED, patients, ids, outcomes, now).plan(clinic.sessions());
    Batch.insert(c, "Appointment", Booking.COLUMNS, bookings.stream().map(Booking::row).toList());
    DemoStaff.write(c, ids, instant(now.minusDays(30)));
    return new DemoSummary(
        clinic.doctors(),
        clinic.chambers(),
        clinic.sessions().size(),
        patients.size(),
        bookings.size());
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

  private static Object[] patientRow(DemoPatient p) {
    OffsetDateTime created = instant(p.createdAt());
    return new Object[] {
      p.id(), p.name(), "PATIENT", p.gender(), p.dateOfBirth(), p.phone(), created, created
    };
  }

  /** A clinic local date-time as the instant it names, for timestamptz columns. */
  static OffsetDateTime instant(LocalDateTime clinicTime) {
    return clinicTime.atZone(ClinicTime.ZONE).toOffsetDateTime();
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
