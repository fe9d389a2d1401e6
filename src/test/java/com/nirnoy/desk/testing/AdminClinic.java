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
    this.db = db;
    this.fx = new Fixtures(db.dataSource());
    this.admin = TestStaff.admin(db);
    this.stranded = new StrandedAppointments(db, clock, admin);
    this.doctors = new DoctorAdminService(db, clock, admin, stranded);
    this.chambers = new ChamberAdminService(db, clock, admin, stranded);
    this.leave = new LeaveService(db, clock, admin, stranded);
    this.booking = new BookingService(db, clock, admin);
    this.history = new AuditHistory(db, admin);
  }

  /** Books a new patient with {@code doctorId} for 15 minutes from {@code start}. */
  public AppointmentSummary book(
      int doctorId, int chamberId, LocalDate date, LocalTime start, String name, String phone) {
    int patient = fx.patient(name, phone);
    return booking.book(
        BookingRequest.of(patient, doctorId, chamberId, date, start, start.plusMinutes(15)));
  }
}
