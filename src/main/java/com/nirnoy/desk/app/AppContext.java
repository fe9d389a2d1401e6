package com.nirnoy.desk.app;

import com.nirnoy.desk.booking.AppointmentQueries;
import com.nirnoy.desk.booking.BookingService;
import com.nirnoy.desk.chamber.ChamberAdminService;
import com.nirnoy.desk.chamber.LeaveService;
import com.nirnoy.desk.config.AppDirectories;
import com.nirnoy.desk.config.Settings;
import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.db.DatabaseRuntime;
import com.nirnoy.desk.db.DatabaseUnavailableException;
import com.nirnoy.desk.demo.DemoClinic;
import com.nirnoy.desk.doctor.DoctorAdminService;
import com.nirnoy.desk.doctor.DoctorDirectory;
import com.nirnoy.desk.history.AuditHistory;
import com.nirnoy.desk.live.ChangeFeed;
import com.nirnoy.desk.patient.PatientService;
import com.nirnoy.desk.schedule.ScheduleService;
import com.nirnoy.desk.staff.StaffAccounts;
import com.nirnoy.desk.staff.StaffService;
import com.nirnoy.desk.staff.StaffSession;
import com.nirnoy.desk.stranded.StrandedAppointments;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running app's services, wired once: database (the built-in one migrated on start; the
 * clinic's server only checked to be at this desk's schema, never migrated by a desk; both
 * validated), booking and queries, staff sign-in and the admin's services. One {@link StaffSession}
 * is shared by all of them: services refuse changes until someone signs in ({@link
 * #staffService()}), and every transaction names that person to the database for the audit trail.
 * Closing it stops the change feed, closes the pool and stops the built-in server.
 */
public final class AppContext implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(AppContext.class);

  private final DatabaseRuntime runtime;
  private final Database database;
  private final Clock clock;
  private final BookingService booking;
  private final AppointmentQueries appointments;
  private final DoctorDirectory doctors;
  private final ScheduleService schedules;
  private final PatientService patients;
  private final StaffSession staff = new StaffSession();
  private final StaffService staffService;
  private final StaffAccounts staffAccounts;
  private final StrandedAppointments stranded;
  private final DoctorAdminService doctorAdmin;
  private final ChamberAdminService chamberAdmin;
  private final LeaveService leave;
  private final AuditHistory history;
  private final ChangeFeed changes;

  private AppContext(DatabaseRuntime runtime, Database database, Clock clock, ChangeFeed changes) {
    this.runtime = runtime;
    this.database = database;
    this.clock = clock;
    this.changes = changes;
    database.sessionFrom(staff::token);
    this.booking = new BookingService(database, clock, staff);
    this.appointments = new AppointmentQueries(database, staff);
    this.doctors = new DoctorDirectory(database, clock);
    this.schedules = new ScheduleService(database, appointments, clock);
    this.patients = new PatientService(database, clock, staff);
    this.staffService = new StaffService(database, clock, staff);
    this.staffAccounts = new StaffAccounts(database, clock, staff);
    this.stranded = new StrandedAppointments(database, clock, staff);
    this.doctorAdmin = new DoctorAdminService(database, clock, staff, stranded);
    this.chamberAdmin = new ChamberAdminService(database, clock, staff, stranded);
    this.leave = new LeaveService(database, clock, staff, stranded);
    this.history = new AuditHistory(database, staff);
  }

  /**
   * Starts everything the screens need. On the built-in database, the first run fills a demo clinic
   * so there is something to work with at once.
   *
   * @throws com.nirnoy.desk.db.SchemaNotReadyException when the clinic's server is not at this
   *     desk's schema: the message names the command to run
   */
  public static AppContext start(Settings settings, AppDirectories dirs, Clock clock) {
    DatabaseRuntime runtime = DatabaseRuntime.prepare(settings, dirs);
    try {
      runtime.prepareSchemaForDesk();
      Database db = runtime.open(DeskEntities.ALL);
      if (!db.isHealthy()) {
        throw new DatabaseUnavailableException(
            "The database at " + runtime.describe() + " does not answer SELECT 1; see the log file",
            null);
      }
      if (runtime.isEmbedded() && DemoClinic.isEmpty(db.dataSource())) {
        log.info("First run on the built-in database: filling the demo clinic");
        DemoClinic.fill(db.dataSource(), clock);
      }
      return new AppContext(runtime, db, clock, ChangeFeed.start(runtime.direct()));
    } catch (RuntimeException e) {
      runtime.close();
      throw e;
    }
  }

  /**
   * True when this start recreated a built-in database that an older desk had made in its own
   * schema (not the platform's): the desk says so once, at this start.
   */
  public boolean recreatedOldDatabase() {
    return runtime.recreatedOldDatabase();
  }

  /**
   * True on the built-in database while the demo staff accounts still open with the passwords the
   * README gives (then the sign-in card may show them; never once a clinic changed them).
   */
  public boolean demoSignInsStillWork() {
    return runtime.isEmbedded()
        && staffService.stillHasPassword(
            com.nirnoy.desk.demo.DemoStaff.RECEPTIONIST_PHONE,
            com.nirnoy.desk.demo.DemoStaff.RECEPTIONIST_PASSWORD)
        && staffService.stillHasPassword(
            com.nirnoy.desk.demo.DemoStaff.ADMIN_PHONE,
            com.nirnoy.desk.demo.DemoStaff.ADMIN_PASSWORD);
  }

  public DatabaseRuntime runtime() {
    return runtime;
  }

  public Database database() {
    return database;
  }

  public Clock clock() {
    return clock;
  }

  public BookingService booking() {
    return booking;
  }

  public AppointmentQueries appointments() {
    return appointments;
  }

  public DoctorDirectory doctors() {
    return doctors;
  }

  public PatientService patients() {
    return patients;
  }

  public ScheduleService schedules() {
    return schedules;
  }

  /** Who is signed in at this desk (nobody until {@link #staffService()} signs someone in). */
  public StaffSession staff() {
    return staff;
  }

  /** Sign in and out, and the first admin of a new database. */
  public StaffService staffService() {
    return staffService;
  }

  /** Admin: staff accounts. */
  public StaffAccounts staffAccounts() {
    return staffAccounts;
  }

  /** The desk's "patients to call" list (appointments a change stranded). */
  public StrandedAppointments stranded() {
    return stranded;
  }

  /** Admin: doctors (details, fees, status). */
  public DoctorAdminService doctorAdmin() {
    return doctorAdmin;
  }

  /** Admin: a doctor's chambers. */
  public ChamberAdminService chamberAdmin() {
    return chamberAdmin;
  }

  /** Admin: leave and exceptions. */
  public LeaveService leave() {
    return leave;
  }

  /**
   * Changed doctor-days as the database announces them (any desk or the web backend), for live
   * refresh; listens on a direct connection of its own, outside the pool.
   */
  public ChangeFeed changes() {
    return changes;
  }

  /** The audit trail of an appointment or a doctor. */
  public AuditHistory history() {
    return history;
  }

  @Override
  public void close() {
    try {
      changes.close();
    } finally {
      runtime.close();
    }
  }
}
