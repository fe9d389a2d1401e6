package com.nirnoy.desk.bench;

import com.nirnoy.desk.app.DeskEntities;
import com.nirnoy.desk.booking.AppointmentQueries;
import com.nirnoy.desk.booking.BookingService;
import com.nirnoy.desk.config.ConnectionSettings;
import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.doctor.DoctorDirectory;
import com.nirnoy.desk.schedule.ScheduleService;
import com.nirnoy.desk.staff.StaffAccounts;
import com.nirnoy.desk.staff.StaffForm;
import com.nirnoy.desk.staff.StaffService;
import com.nirnoy.desk.staff.StaffSession;
import com.nirnoy.desk.user.Role;
import java.time.Clock;

/**
 * One desk as the app wires it (the same services as {@code AppContext}, on a given pool), with a
 * receptionist signed in the real way: an admin added as {@code staff add-admin} does, who signs in
 * and adds the receptionist, who then signs in. The signed-in session is read-only afterwards, so
 * the bench's threads share it safely (its state is one volatile field).
 */
final class BenchDesk implements AutoCloseable {
  static final String PASSWORD = "bench-password-1";
  private static final String ADMIN_PHONE = "01999-000001";
  private static final String DESK_PHONE = "01999-000002";

  final Database db;
  final StaffSession staff = new StaffSession();
  final DoctorDirectory doctors;
  final AppointmentQueries appointments;
  final ScheduleService schedules;
  final BookingService booking;

  private BenchDesk(Database db, Clock clock) {
    this.db = db;
    db.sessionFrom(staff::token);
    this.doctors = new DoctorDirectory(db, clock);
    this.appointments = new AppointmentQueries(db);
    this.schedules = new ScheduleService(db, appointments, clock);
    this.booking = new BookingService(db, clock, staff);
  }

  /** Opens the app's pool and Hibernate on {@code pooled} and signs the bench receptionist in. */
  static BenchDesk open(ConnectionSettings pooled, Clock clock) {
    Database db = Database.open(pooled, DeskEntities.ALL);
    try {
      BenchDesk desk = new BenchDesk(db, clock);
      desk.signIn(clock);
      return desk;
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  /** Creates the bench's staff accounts on a fresh database (once), then signs in. */
  private void signIn(Clock clock) {
    StaffService service = new StaffService(db, clock, staff);
    if (service.needsFirstAdmin()) {
      service.addAdminFromCommandLine(
          new StaffForm("Bench Admin", ADMIN_PHONE, null, Role.ADMIN, PASSWORD));
      service.signIn(ADMIN_PHONE, PASSWORD);
      new StaffAccounts(db, clock, staff)
          .add(new StaffForm("Bench Receptionist", DESK_PHONE, null, Role.RECEPTIONIST, PASSWORD));
      service.signOut();
    }
    service.signIn(DESK_PHONE, PASSWORD);
  }

  @Override
  public void close() {
    db.close();
  }
}
