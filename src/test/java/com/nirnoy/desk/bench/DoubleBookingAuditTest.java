package com.nirnoy.desk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.nirnoy.desk.config.ConnectionSettings;
import com.nirnoy.desk.db.DataSources;
import com.nirnoy.desk.testing.Fixtures;
import com.nirnoy.desk.testing.PlatformRows;
import com.nirnoy.desk.testing.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/**
 * The audit finds double bookings by itself: planted ones in a database whose rules were dropped
 * (the only way to make one), booked as the web books (no end time: the held time is the one the
 * database keeps for it).
 */
class DoubleBookingAuditTest {
  private static final LocalDate DAY = LocalDate.of(2026, 12, 5);

  @Test
  void findsAnOverlapAtTwoChambersAndASerialGivenTwiceOnceTheRulesAreGone() throws Exception {
    ConnectionSettings db = TestDatabases.freshDatabase();
    try (HikariDataSource ds = DataSources.pool(db, "audit-test")) {
      plantAndAudit(ds, new PlatformRows(db));
    }
  }

  private static void plantAndAudit(HikariDataSource ds, PlatformRows web) throws Exception {
    Fixtures fx = new Fixtures(ds);
    int patient = fx.patient("Rahima Begum", "+8801711000001");
    int doctor = fx.doctor("Farhana Rahman", "Gynaecology", 1000);
    int dhanmondi = fx.chamber(doctor, "Popular", "Dhanmondi");
    int gulshan = fx.chamber(doctor, "United", "Gulshan");
    fx.schedule(dhanmondi, DayOfWeek.SATURDAY, LocalTime.of(17, 0), LocalTime.of(18, 0), 15, 4);
    book(web, patient, doctor, dhanmondi, "17:00");
    assertThat(DoubleBookingAudit.run(ds).clean()).isTrue();

    fx.execute("DROP INDEX \"Appointment_doctorId_chamberId_date_startTime_key\"");
    fx.execute("DROP INDEX \"Appointment_serial_key\"");
    fx.execute("ALTER TABLE \"Appointment\" DROP CONSTRAINT \"Appointment_no_doctor_overlap\"");
    fx.execute("DROP TRIGGER \"Appointment_slot_free\" ON \"Appointment\"");
    book(web, patient, doctor, gulshan, "17:10");
    int again = book(web, patient, doctor, dhanmondi, "17:00");
    // the database numbers a new booking past a held serial; a client that sets one (the web's
    // count+1) can still repeat it once the serial rule is gone
    fx.execute(
        "UPDATE \"Appointment\" SET \"serialNumber\" = 1, \"updatedAt\" = now() WHERE id = ?",
        again);

    DoubleBookingAudit.Findings f = DoubleBookingAudit.run(ds);
    assertThat(f.overlappingPairs()).isEqualTo(3);
    assertThat(f.serialsGivenTwice()).isEqualTo(1);
    assertThat(f.clean()).isFalse();
    assertThat(f.describe()).contains("3 overlapping pair(s)").contains("1 serial(s) given twice");
  }

  /** A booking as the web makes it: the day at midnight, the start as text, no end time. */
  private static int book(PlatformRows web, int patient, int doctor, int chamber, String start) {
    return web.webBooking(patient, doctor, chamber, DAY.atStartOfDay(), start, null, "NEW", null);
  }
}
