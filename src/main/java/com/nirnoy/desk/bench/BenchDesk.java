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

  /**
   * Opens the app's pool and Hibernate on {@code pooled} (a desk login, as counter PCs connect, or
   * the owner) and signs the bench receptionist in; the accounts are made first over {@code owner}
   * when the database has none, as the IT person's {@code staff add-admin} does.
   */
  static BenchDesk open(ConnectionSettings owner, ConnectionSettings pooled, Clock clock) {
    makeAccounts(owner, clock);
    Database db = Database.open(pooled, DeskEntities.ALL);
    try {
      BenchDesk desk = new BenchDesk(db, clock);
      new StaffService(db, clock, desk.staff).signIn(DESK_PHONE, PASSWORD);
      return desk;
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  /** The bench's admin (over the owner's connection) and receptionist (by that admin), once. */
  private static void makeAccounts(ConnectionSettings owner, Clock clock) {
    try (Database db = Database.open(owner.withPoolSize(2), DeskEntities.ALL)) {
      StaffSession admin = new StaffSession();
      db.sessionFrom(admin::token);
      StaffService service = new StaffService(db, clock, admin);
      if (service.needsFirstAdmin()) {
        service.addAdminFromCommandLine(
            new StaffForm("Bench Admin", ADMIN_PHONE, null, Role.ADMIN, PASSWORD));
        service.signIn(ADMIN_PHONE, PASSWORD);
        new StaffAccounts(db, clock, admin)
            .add(
                new StaffForm("Bench Receptionist", DESK_PHONE, null, Role.RECEPTIONIST, PASSWORD));
        service.signOut();
      }
    }
  }

  @Override
  public void close() {
    db.close();
  }
}
