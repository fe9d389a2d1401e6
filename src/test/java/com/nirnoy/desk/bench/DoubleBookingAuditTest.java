package com.nirnoy.desk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.nirnoy.desk.db.DataSources;
import com.nirnoy.desk.testing.Fixtures;
import com.nirnoy.desk.testing.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/**
 * The audit finds double bookings by itself: planted ones in a database whose constraints were
 * dropped (the only way to make one).
 */
class DoubleBookingAuditTest {
  private static final LocalDate DAY = LocalDate.of(2026, 12, 5);

  @Test
  void findsAnOverlapAtTwoChambersAndASerialGivenTwiceOnceTheRulesAreGone() throws Exception {
    try (HikariDataSource ds = DataSources.pool(TestDatabases.freshDatabase(), "audit-test")) {
      plantAndAudit(ds);
    }
  }

  private static void plantAndAudit(HikariDataSource ds) throws Exception {
    Fixtures fx = new Fixtures(ds);
    String patient = fx.patient("Rahima Begum", "+8801711000001");
    String doctor = fx.doctor("Farhana Rahman", "Gynaecology", 1000);
    String dhanmondi = fx.chamber(doctor, "Popular", "Dhanmondi");
    String gulshan = fx.chamber(doctor, "United", "Gulshan");
    fx.session(
        dhanmondi, doctor, DayOfWeek.SATURDAY, LocalTime.of(17, 0), LocalTime.of(18, 0), 15, 4);
    book(fx, patient, doctor, dhanmondi, "17:00", 1);
    assertThat(DoubleBookingAudit.run(ds).clean()).isTrue();

    fx.execute("DROP INDEX \"unique_appointment_slot\"");
    fx.execute("ALTER TABLE \"Appointment\" DROP CONSTRAINT \"Appointment_no_doctor_overlap\"");
    book(fx, patient, doctor, gulshan, "17:10", null);
    book(fx, patient, doctor, dhanmondi, "17:00", 1);

    DoubleBookingAudit.Findings f = DoubleBookingAudit.run(ds);
    assertThat(f.overlappingPairs()).isEqualTo(3);
    assertThat(f.serialsGivenTwice()).isEqualTo(1);
    assertThat(f.clean()).isFalse();
    assertThat(f.describe()).contains("3 overlapping pair(s)").contains("1 serial(s) given twice");
  }

  private static void book(
      Fixtures fx, String patient, String doctor, String chamber, String start, Integer serial) {
    LocalTime from = LocalTime.parse(start);
    fx.execute(
        "INSERT INTO \"Appointment\" (\"patientId\", \"doctorId\", \"chamberId\", date, \"startTime\","
            + " \"endTime\", \"serialNumber\") VALUES (?, ?, ?, ?, ?, ?, ?)",
        patient,
        doctor,
        chamber,
        DAY,
        from,
        from.plusMinutes(15),
        serial);
  }
}
