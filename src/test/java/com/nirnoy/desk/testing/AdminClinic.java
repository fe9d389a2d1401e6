package com.nirnoy.desk.testing;

import com.nirnoy.desk.booking.AppointmentSummary;
import com.nirnoy.desk.booking.BookingRequest;
import com.nirnoy.desk.booking.BookingService;
import com.nirnoy.desk.chamber.ChamberAdminService;
import com.nirnoy.desk.chamber.LeaveService;
import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.doctor.DoctorAdminService;
import com.nirnoy.desk.history.AuditHistory;
import com.nirnoy.desk.staff.StaffSession;
import com.nirnoy.desk.stranded.StrandedAppointments;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The admin's services on one database with an admin signed in, and a booking service on the same
 * desk: what the admin tests work with.
 */
public final class AdminClinic {
  public final Database db;
  public final Fixtures fx;
  public final StaffSession admin;
  public final StrandedAppointments stranded;
  public final DoctorAdminService doctors;
  public final ChamberAdminService chambers;
  public final LeaveService leave;
  public final BookingService booking;
  public final AuditHistory history;

  public AdminClinic(Database db, Clock clock) {
    this(db, new Fixtures(db.dataSource()), clock);
  }

  /**
   * A fresh database reached as a desk login (as a counter PC reaches it), with fixtures through
   * the owner: every service call meets the database's policies. Close {@link #db} after.
   */
  public static AdminClinic onDeskLogin(Clock clock) {
    com.nirnoy.desk.config.ConnectionSettings owner = TestDatabases.freshDatabase();
    Database desk =
        Database.open(TestDeskLogins.create(owner), com.nirnoy.desk.app.DeskEntities.ALL);
    Fixtures fx =
        new Fixtures(
            com.nirnoy.desk.db.DataSources.pool(owner.withPoolSize(2), "admin-clinic-owner"));
    return new AdminClinic(desk, fx, clock);
  }

  /**
   * The admin's services on {@code db}, which may be a desk login (the database's policies then
   * judge every service call), with fixtures through {@code owner}.
   */
  public AdminClinic(Database db, Fixtures owner, Clock clock) {
    this.db = db;
    this.fx = owner;
    this.admin = TestStaff.signedIn(db, owner, com.nirnoy.desk.user.Role.ADMIN);
    this.stranded = new StrandedAppointments(db, clock, admin);
    this.doctors = new DoctorAdminService(db, clock, admin, stranded);
    this.chambers = new ChamberAdminService(db, clock, admin, stranded);
    this.leave = new LeaveService(db, clock, admin, stranded);
    this.booking = new BookingService(db, clock, admin);
    this.history = new AuditHistory(db, admin);
  }

  /**
   * Books {@code name} with {@code doctorId} for 15 minutes from {@code start}: under the account
   * of {@code phone} (E.164), registered as its holder on first use (one account per phone);
   * another name on a phone already used is a family member booked under that account.
   */
  public AppointmentSummary book(
      int doctorId, int chamberId, LocalDate date, LocalTime start, String name, String phone) {
    List<String> holder =
        fx.strings(
            "SELECT p.id || '|' || p.name FROM \"Patient\" p JOIN \"User\" u ON u.id = p.\"userId\""
                + " WHERE u.phone = ?",
            phone);
    BookingRequest request;
    if (holder.isEmpty()) {
      request =
          BookingRequest.of(
              fx.patient(name, phone), doctorId, chamberId, date, start, start.plusMinutes(15));
    } else {
      String[] idAndName = holder.get(0).split("\\|", 2);
      request =
          BookingRequest.of(
              Integer.parseInt(idAndName[0]),
              doctorId,
              chamberId,
              date,
              start,
              start.plusMinutes(15));
      if (!idAndName[1].equals(name)) {
        request = request.withVisitor(new BookingRequest.Visitor(name, null, null, phone));
      }
    }
    return booking.book(request);
  }
}
