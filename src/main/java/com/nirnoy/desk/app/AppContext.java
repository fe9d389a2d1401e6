package com.nirnoy.desk.app;

import com.nirnoy.desk.booking.AppointmentQueries;
import com.nirnoy.desk.booking.BookingService;
import com.nirnoy.desk.config.AppDirectories;
import com.nirnoy.desk.config.Settings;
import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.db.DatabaseRuntime;
import com.nirnoy.desk.db.DatabaseUnavailableException;
import com.nirnoy.desk.demo.DemoClinic;
import com.nirnoy.desk.doctor.DoctorDirectory;
import com.nirnoy.desk.patient.PatientService;
import com.nirnoy.desk.schedule.ScheduleService;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running app's services, wired once: database (built-in or the clinic's server, migrated and
 * validated), booking and queries. Closing it closes the pool and stops the built-in server.
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

  private AppContext(DatabaseRuntime runtime, Database database, Clock clock) {
    this.runtime = runtime;
    this.database = database;
    this.clock = clock;
    this.booking = new BookingService(database, clock);
    this.appointments = new AppointmentQueries(database);
    this.doctors = new DoctorDirectory(database, clock);
    this.schedules = new ScheduleService(database, appointments, clock);
    this.patients = new PatientService(database, clock);
  }

  /**
   * Starts everything the screens need. On the built-in database, the first run fills a demo clinic
   * so there is something to work with at once.
   */
  public static AppContext start(Settings settings, AppDirectories dirs, Clock clock) {
    DatabaseRuntime runtime = DatabaseRuntime.prepare(settings, dirs);
    try {
      runtime.migrate();
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
      return new AppContext(runtime, db, clock);
    } catch (RuntimeException e) {
      runtime.close();
      throw e;
    }
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

  @Override
  public void close() {
    runtime.close();
  }
}
