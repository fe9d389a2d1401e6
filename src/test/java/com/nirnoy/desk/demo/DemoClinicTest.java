package com.nirnoy.desk.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nirnoy.desk.db.DataSources;
import com.nirnoy.desk.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo clinic on a database migrated with the platform's schema (db/schema). */
class DemoClinicTest {
  /** Tuesday 1 December 2026, 10:00 in Dhaka: morning sessions are running, evening ones ahead. */
  static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-01T04:00:00Z"), ZoneId.of("Asia/Dhaka"));

  /** "now" as the platform stores instants: UTC wall-clock time. */
  static final String NOW = "TIMESTAMP '2026-12-01 04:00:00'";

  static final String TODAY = "TIMESTAMP '2026-12-01 00:00:00'";

  /** An appointment's start as a UTC wall-clock time (Dhaka is UTC+6 all year). */
  static final String STARTS = "(a.date + a.\"startTime\"::time - INTERVAL '6 hours')";

  static final String ENDS =
      "(a.date + coalesce(a.\"endTime\"::time, a.\"startTime\"::time"
          + " + c.\"slotDuration\" * INTERVAL '1 minute') - INTERVAL '6 hours')";

  private static DataSource clinic;
  private static DemoSummary summary;

  @BeforeAll
  static void fillOneClinic() {
    clinic = freshDatabase();
    assertThat(DemoClinic.isEmpty(clinic)).isTrue();
    summary = DemoClinic.fill(clinic, CLOCK);
  }

  @Test
  void fillsAnEmptyDatabaseWithAClinic() {
    assertThat(DemoClinic.isEmpty(clinic)).isFalse();
    assertThat(summary.clinics()).isEqualTo(count("SELECT count(*) FROM \"Clinic\"")).isEqualTo(3);
    assertThat(summary.doctors()).isEqualTo(count("SELECT count(*) FROM \"Doctor\"")).isEqualTo(16);
    assertThat(summary.chambers()).isEqualTo(count("SELECT count(*) FROM \"DoctorChamber\""));
    assertThat(summary.patients())
        .isEqualTo(count("SELECT count(*) FROM \"Patient\""))
        .isEqualTo(count("SELECT count(*) FROM \"User\" WHERE role = 'PATIENT'") - 2)
        .isBetween(200, 290);
    assertThat(summary.appointments())
        .isEqualTo(count("SELECT count(*) FROM \"Appointment\""))
        .isGreaterThan(1000);
    assertThat(summary.describe()).startsWith("3 clinics, 16 doctors, ");
    assertThat(count("SELECT count(*) FROM \"DeskStaff\"")).isEqualTo(2);
    assertThat(count("SELECT count(*) FROM \"DoctorLeave\"")).isEqualTo(1);
  }

  @Test
  void threeClinicsWithDoctorsAtTwoOrThreeOfThem() {
    assertThat(strings("SELECT type || ' ' || area FROM \"Clinic\" ORDER BY id"))
        .containsExactly("DIAGNOSTIC Dhanmondi", "HOSPITAL Uttara", "CLINIC Mirpur");
    assertThat(
            count(
                "SELECT count(*) FROM (SELECT \"doctorId\" FROM \"DoctorChamber\" GROUP BY 1"
                    + " HAVING count(DISTINCT \"clinicId\") NOT BETWEEN 2 AND 3) x"))
        .isZero();
    assertThat(
            count(
                "SELECT count(*) FROM (SELECT \"doctorId\" FROM \"DoctorChamber\" GROUP BY 1"
                    + " HAVING count(DISTINCT \"clinicId\") = 3) x"))
        .isPositive();
    // a chamber carries its clinic's name, address and phone, as on the web
    assertThat(
            count(
                "SELECT count(*) FROM \"DoctorChamber\" c JOIN \"Clinic\" k ON k.id = c.\"clinicId\""
                    + " WHERE (c.name, c.address, c.area, c.phone, c.type)"
                    + " IS DISTINCT FROM (k.name, k.address, k.area, k.phone, k.type)"))
        .isZero();
    // a doctor's own chamber, with no clinic
    assertThat(strings("SELECT name FROM \"DoctorChamber\" WHERE \"clinicId\" IS NULL"))
        .containsOnly("Dr. Rahim's Chamber")
        .isNotEmpty();
    assertThat(count("SELECT count(*) FROM \"DoctorChamber\" WHERE city <> 'Dhaka'")).isZero();
  }

  @Test
  void chamberSessionsFitTheirSlotsAndNeverOverlap() {
    assertThat(
            count(
                "SELECT count(*) FROM \"DoctorChamber\" WHERE \"slotDuration\" NOT BETWEEN 10 AND 20"
                    + " OR \"startTime\" !~ '^[0-2][0-9]:[0-5][0-9]$'"
                    + " OR \"endTime\" !~ '^[0-2][0-9]:[0-5][0-9]$'"
                    + " OR \"daysOfWeek\" !~ '^(Sat|Sun|Mon|Tue|Wed|Thu|Fri)(,(Sat|Sun|Mon|Tue|Wed|Thu|Fri))*$'"
                    + " OR \"maxPatients\" * \"slotDuration\""
                    + " > extract(epoch FROM \"endTime\"::time - \"startTime\"::time) / 60"))
        .isZero();
    assertThat(
            count(
                "SELECT count(*) FROM \"DoctorChamber\" a JOIN \"DoctorChamber\" b"
                    + " ON a.\"doctorId\" = b.\"doctorId\" AND a.id < b.id"
                    + " AND a.\"startTime\"::time < b.\"endTime\"::time"
                    + " AND b.\"startTime\"::time < a.\"endTime\"::time"
                    + " WHERE EXISTS (SELECT 1 FROM generate_series(DATE '2026-11-28',"
                    + " DATE '2026-12-04', INTERVAL '1 day') d"
                    + " WHERE nirnoy_sits_on(a.\"daysOfWeek\", d::date)"
                    + " AND nirnoy_sits_on(b.\"daysOfWeek\", d::date))"))
        .as("two sessions of one doctor at once")
        .isZero();
    assertThat(
            count(
                "SELECT count(*) FROM (SELECT 1 FROM \"DoctorChamber\""
                    + " GROUP BY \"doctorId\", \"clinicId\" HAVING count(*) > 1) twice"))
        .as("a doctor sitting twice at one place")
        .isPositive();
    assertThat(count("SELECT count(*) FROM \"DoctorChamber\" WHERE \"maxPatients\" IS NOT NULL"))
        .isPositive();
    assertThat(
            count(
                "SELECT count(*) FROM \"DoctorChamber\" WHERE \"consultationFee\" IS NOT NULL"
                    + " OR \"followUpFee\" IS NOT NULL OR \"reportCheckFee\" IS NOT NULL"))
        .isBetween(2L, 6L);
    assertThat(count("SELECT count(*) FROM \"DoctorChamber\" WHERE \"daysOfWeek\" LIKE '%Fri%'"))
        .isLessThanOrEqualTo(2);
  }

  @Test
  void doctorsLookLikeBangladeshiSpecialists() {
    assertThat(count("SELECT count(*) FROM \"Doctor\" WHERE \"bmdcNumber\" !~ '^A-[0-9]{5}$'"))
        .isZero();
    assertThat(count("SELECT count(*) FROM \"Doctor\" WHERE \"nameEn\" ~* '^(dr|prof)\\M'"))
        .isZero();
    assertThat(
            count(
                "SELECT count(*) FROM \"Doctor\" WHERE \"nameBn\" IS NULL"
                    + " OR \"nameBn\" !~ '^[\u0980-\u09FF ]+$'"))
        .as("every doctor has a Bangla name")
        .isZero();
    assertThat(strings("SELECT DISTINCT title FROM \"Doctor\""))
        .containsExactlyInAnyOrder("Dr.", "Prof.", "Assoc. Prof.", "Asst. Prof.");
    assertThat(strings("SELECT DISTINCT gender FROM \"Doctor\""))
        .containsExactlyInAnyOrder("Male", "Female");
    assertThat(
            strings(
                "SELECT \"registrationStatus\" || ' ' || count(*) FROM \"Doctor\""
                    + " GROUP BY \"registrationStatus\""
                    + " ORDER BY 1"))
        .containsExactly("APPROVED 14", "PENDING 1", "SUSPENDED 1");
    assertThat(
            count(
                "SELECT count(*) FROM \"Doctor\" WHERE \"consultationFeeNew\" NOT BETWEEN 500 AND"
                    + " 1500 OR \"consultationFeeFollowUp\" >= \"consultationFeeNew\""
                    + " OR \"averageRating\" NOT BETWEEN 3.5 AND 5.0 OR \"experienceYears\" < 1"))
        .isZero();
    assertThat(count("SELECT count(*) FROM \"Doctor\" WHERE \"consultationFeeFollowUp\" IS NULL"))
        .isPositive();
    assertThat(count("SELECT count(*) FROM \"Doctor\" WHERE \"consultationFeeReport\" IS NULL"))
        .isPositive();
    assertThat(count("SELECT count(*) FROM \"Doctor\" WHERE NOT \"acceptNewPatients\""))
        .isEqualTo(1);
    // each doctor has an account of their own
    assertThat(
            count(
                "SELECT count(*) FROM \"Doctor\" d JOIN \"User\" u ON u.id = d.\"userId\""
                    + " WHERE u.role = 'DOCTOR' AND u.phone = d.\"professionalPhone\""))
        .isEqualTo(16);
    // the specialties used, with Bangla names
    assertThat(
            count(
                "SELECT count(*) FROM \"Doctor\" d LEFT JOIN \"Specialty\" s"
                    + " ON s.name = d.\"primarySpecialty\" WHERE s.\"nameBn\" IS NULL"))
        .isZero();
    assertThat(count("SELECT count(DISTINCT \"primarySpecialty\") FROM \"Doctor\""))
        .isGreaterThanOrEqualTo(12);
    assertThat(
            count(
                "SELECT count(*) FROM \"Doctor\" WHERE \"updatedAt\" < \"createdAt\""
                    + " OR (\"registrationStatus\" = 'APPROVED') <> (\"approvedAt\" IS NOT NULL"
                    + " AND \"suspendedAt\" IS NULL)"))
        .isZero();
  }

  @Test
  void everyPhoneIsCanonical() {
    String mobile = "'^\\+8801[3-9][0-9]{8}$'";
    assertThat(count("SELECT count(*) FROM \"User\" WHERE phone !~ " + mobile)).isZero();
    assertThat(
            count(
                "SELECT count(*) FROM \"Appointment\" WHERE \"patientPhone\" IS NULL"
                    + " OR \"patientPhone\" !~ "
                    + mobile))
        .isZero();
    assertThat(
            count(
                "SELECT count(*) FROM \"DoctorChamber\" WHERE phone IS NULL"
                    + " OR phone !~ '^\\+880[0-9]{9,10}$'"))
        .isZero();
  }

  @Test
  void familiesBookUnderTheAccountHoldersPatient() {
    String people =
        "SELECT a.\"patientId\", p.name AS holder, a.\"patientName\", a.\"patientPhone\","
            + " u.phone FROM \"Appointment\" a JOIN \"Patient\" p ON p.id = a.\"patientId\""
            + " JOIN \"User\" u ON u.id = p.\"userId\"";
    assertThat(count("SELECT count(*) FROM (" + people + ") x WHERE \"patientPhone\" <> phone"))
        .isZero();
    String families =
        "SELECT \"patientId\", count(DISTINCT \"patientName\") AS members,"
            + " count(DISTINCT regexp_replace(\"patientName\", '^.* ', '')) AS surnames"
            + " FROM ("
            + people
            + ") x GROUP BY 1 HAVING count(DISTINCT \"patientName\") > 1";
    long shared = count("SELECT count(*) FROM (" + families + ") f");
    assertThat((double) shared / summary.patients()).isBetween(0.08, 0.28);
    assertThat(count("SELECT count(*) FROM (" + families + ") f WHERE members > 4")).isZero();
    assertThat(count("SELECT count(*) FROM (" + families + ") f WHERE surnames <> 1")).isZero();
    // family members appear only as the snapshot, and are booked like anyone else
    assertThat(count("SELECT count(*) FROM (" + people + ") x WHERE \"patientName\" <> holder"))
        .isGreaterThan(50);
    assertThat(
            count(
                "SELECT count(*) FROM \"Appointment\" WHERE \"patientName\" IS NULL"
                    + " OR \"patientAge\" NOT BETWEEN 0 AND 100"
                    + " OR \"patientGender\" NOT IN ('Male', 'Female')"))
        .isZero();
    assertThat(
            count(
                "SELECT count(*) FROM \"Patient\" WHERE gender NOT IN ('Male', 'Female')"
                    + " OR \"dateOfBirth\" IS NULL OR \"dateOfBirth\" > "
                    + TODAY))
        .isZero();
  }

  @Test
  void everyStatusAppearsWithTimestampsThatFitIt() {
    assertThat(strings("SELECT DISTINCT status FROM \"Appointment\""))
        .containsExactlyInAnyOrder(
            "REQUESTED",
            "CONFIRMED",
            "CHECKED_IN",
            "IN_PROGRESS",
            "COMPLETED",
            "CANCELLED",
            "NO_SHOW");
    assertThat(statuses("date < " + TODAY))
        .containsExactlyInAnyOrder("CANCELLED", "COMPLETED", "NO_SHOW");
    assertThat(statuses("date > " + TODAY))
        .containsExactlyInAnyOrder("CANCELLED", "CONFIRMED", "REQUESTED");
    assertThat(statuses("date = " + TODAY))
        .contains("COMPLETED", "IN_PROGRESS", "CHECKED_IN", "CONFIRMED");
    String wrong =
        "SELECT count(*) FROM \"Appointment\" WHERE status = ? AND NOT ("
            + "(\"confirmedAt\" IS NOT NULL) = ? AND (\"checkedInAt\" IS NOT NULL) = ?"
            + " AND (\"startedAt\" IS NOT NULL) = ? AND (\"completedAt\" IS NOT NULL) = ?"
            + " AND (\"cancelledAt\" IS NOT NULL) = ? AND (\"cancellationReason\" IS NOT NULL) = ?)";
    assertThat(count(wrong, "REQUESTED", false, false, false, false, false, false)).isZero();
    assertThat(count(wrong, "CONFIRMED", true, false, false, false, false, false)).isZero();
    assertThat(count(wrong, "CHECKED_IN", true, true, false, false, false, false)).isZero();
    assertThat(count(wrong, "IN_PROGRESS", true, true, true, false, false, false)).isZero();
    assertThat(count(wrong, "COMPLETED", true, true, true, true, false, false)).isZero();
    assertThat(count(wrong, "NO_SHOW", true, false, false, false, false, false)).isZero();
    assertThat(
            count(
                "SELECT count(*) FROM \"Appointment\" WHERE status = 'CANCELLED' AND ("
                    + "\"cancelledAt\" IS NULL OR \"cancellationReason\" IS NULL"
                    + " OR \"checkedInAt\" IS NOT NULL)"))
        .isZero();
    // one patient at a time with each doctor
    assertThat(
            count(
                "SELECT count(*) FROM (SELECT \"doctorId\" FROM \"Appointment\""
                    + " WHERE status = 'IN_PROGRESS' GROUP BY 1 HAVING count(*) > 1) busy"))
        .isZero();
  }

  @Test
  void nothingHappensOutOfOrderOrAfterNow() {
    String a =
        "SELECT count(*) FROM \"Appointment\" a JOIN \"DoctorChamber\" c ON c.id = a.\"chamberId\""
            + " WHERE ";
    assertThat(
            count(
                a
                    + "a.\"createdAt\" <> a.\"bookedAt\" OR a.\"bookedAt\" > "
                    + NOW
                    + " OR a.\"updatedAt\" > "
                    + NOW
                    + " OR a.\"bookedAt\" > "
                    + STARTS
                    + " OR a.\"confirmedAt\" < a.\"bookedAt\" OR a.\"checkedInAt\" < a.\"confirmedAt\""
                    + " OR a.\"startedAt\" < a.\"checkedInAt\" OR a.\"startedAt\" < "
                    + STARTS
                    + " OR a.\"completedAt\" < a.\"startedAt\" OR a.\"completedAt\" < "
                    + ENDS
                    + " OR greatest(a.\"confirmedAt\", a.\"checkedInAt\", a.\"startedAt\","
                    + " a.\"completedAt\", a.\"cancelledAt\") > a.\"updatedAt\""
                    + " OR a.\"cancelledAt\" < a.\"bookedAt\" OR a.\"cancelledAt\" > "
                    + STARTS))
        .isZero();
    assertThat(count(a + "a.status IN ('COMPLETED', 'NO_SHOW') AND " + ENDS + " > " + NOW))
        .isZero();
    assertThat(count(a + "a.status IN ('CONFIRMED', 'REQUESTED') AND " + STARTS + " <= " + NOW))
        .isZero();
    for (String table : List.of("User", "Doctor", "DoctorChamber", "Clinic", "Patient")) {
      assertThat(
              count(
                  "SELECT count(*) FROM \""
                      + table
                      + "\" WHERE \"createdAt\" > "
                      + NOW
                      + " OR \"updatedAt\" > "
                      + NOW
                      + " OR \"updatedAt\" < \"createdAt\""))
          .as(table)
          .isZero();
    }
    assertThat(
            count(
                "SELECT count(*) FROM \"Appointment\" a JOIN \"Patient\" p ON p.id = a.\"patientId\""
                    + " JOIN \"Doctor\" d ON d.id = a.\"doctorId\""
                    + " WHERE a.\"bookedAt\" < p.\"createdAt\" OR a.\"bookedAt\" < d.\"approvedAt\""))
        .isZero();
  }

  @Test
  void webRequestsWaitWithoutAnEndTimeButWithASerial() {
    String requested = "SELECT count(*) FROM \"Appointment\" a WHERE status = 'REQUESTED'";
    assertThat(count(requested)).isPositive();
    assertThat(
            count(
                requested
                    + " AND (\"endTime\" IS NOT NULL OR \"serialNumber\" IS NULL"
                    + " OR EXISTS (SELECT 1 FROM \"DeskBooking\" b WHERE b.\"appointmentId\" = a.id))"))
        .isZero();
    // web rows leave endTime empty, desk rows end one slot after they start
    assertThat(
            count(
                "SELECT count(*) FROM \"Appointment\" a JOIN \"DoctorChamber\" c"
                    + " ON c.id = a.\"chamberId\" LEFT JOIN \"DeskBooking\" b ON b.\"appointmentId\" = a.id"
                    + " WHERE (b.\"appointmentId\" IS NULL) <> (a.\"endTime\" IS NULL)"
                    + " OR a.\"endTime\" <> to_char(a.\"startTime\"::time"
                    + " + c.\"slotDuration\" * INTERVAL '1 minute', 'HH24:MI')"))
        .isZero();
    long web = count("SELECT count(*) FROM \"Appointment\" WHERE \"endTime\" IS NULL");
    assertThat(web).isBetween(summary.appointments() / 10L, summary.appointments() * 3L / 10);
  }

  @Test
  void deskBookingsNameTheirSourceAndBooker() {
    assertThat(strings("SELECT DISTINCT source FROM \"DeskBooking\""))
        .containsExactlyInAnyOrder("DESK", "PHONE", "WALK_IN");
    assertThat(
            count(
                "SELECT count(*) FROM \"DeskBooking\" b LEFT JOIN \"DeskStaff\" s"
                    + " ON s.\"userId\" = b.\"bookedById\" WHERE s.\"userId\" IS NULL"
                    + " OR b.\"requestId\" !~ '^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$'"))
        .isZero();
    assertThat(count("SELECT count(DISTINCT \"bookedById\") FROM \"DeskBooking\"")).isEqualTo(2);
    assertThat(
            count(
                "SELECT count(*) FROM \"DeskBooking\" b JOIN \"Appointment\" a"
                    + " ON a.id = b.\"appointmentId\" WHERE b.source = 'WALK_IN' AND (a.date > "
                    + TODAY
                    + " OR a.\"bookedAt\" < a.date - INTERVAL '6 hours')"))
        .as("walk-ins come on the day")
        .isZero();
  }

  @Test
  void feesAreTheDatabasesRule() {
    assertThat(
            count(
                "SELECT count(*) FROM \"Appointment\""
                    + " WHERE fee IS DISTINCT FROM nirnoy_visit_fee(\"chamberId\", \"visitType\")"))
        .isZero();
    String joined =
        "SELECT count(*) FROM \"Appointment\" a JOIN \"DoctorChamber\" c ON c.id = a.\"chamberId\""
            + " JOIN \"Doctor\" d ON d.id = a.\"doctorId\" WHERE ";
    assertThat(count(joined + "c.\"consultationFee\" IS NOT NULL AND a.\"visitType\" = 'NEW'"))
        .as("a chamber's own fee")
        .isPositive();
    assertThat(
            count(
                joined
                    + "a.\"visitType\" = 'FOLLOW_UP' AND c.\"followUpFee\" IS NULL"
                    + " AND d.\"consultationFeeFollowUp\" IS NULL"))
        .as("the half-fee fallback")
        .isPositive();
    long all = summary.appointments();
    assertThat(count("SELECT count(*) FROM \"Appointment\" WHERE \"visitType\" = 'NEW'"))
        .isBetween(all * 6 / 10, all * 8 / 10);
    assertThat(count("SELECT count(*) FROM \"Appointment\" WHERE \"visitType\" = 'FOLLOW_UP'"))
        .isBetween(all * 15 / 100, all * 35 / 100);
    assertThat(count("SELECT count(*) FROM \"Appointment\" WHERE \"visitType\" = 'REPORT_CHECK'"))
        .isPositive();
    assertThat(count(joined + "NOT d.\"acceptNewPatients\" AND a.\"visitType\" = 'NEW'")).isZero();
    assertThat(
            count(
                "SELECT count(*) FROM \"Appointment\" WHERE \"consultationType\" <> 'CHAMBER'"
                    + " OR \"isPaid\" <> (status IN ('CHECKED_IN', 'IN_PROGRESS', 'COMPLETED'))"))
        .isZero();
  }

  @Test
  void appointmentsSitOnTheirChambersSlotsAndNeverDoubleBook() {
    assertThat(
            count(
                "SELECT count(*) FROM \"Appointment\" a JOIN \"DoctorChamber\" c"
                    + " ON c.id = a.\"chamberId\" WHERE a.\"doctorId\" <> c.\"doctorId\""
                    + " OR a.\"clinicId\" IS DISTINCT FROM c.\"clinicId\""
                    + " OR a.\"serialNumber\" IS NULL"
                    + " OR a.\"serialNumber\" IS DISTINCT FROM"
                    + " nirnoy_serial_of(a.\"chamberId\", a.date::date, a.\"startTime\"::time)"
                    + " OR a.date <> date_trunc('day', a.date)"))
        .isZero();
    // the database refuses both anyway; the rows are all there
    assertThat(
            count(
                "SELECT count(*) FROM \"Appointment\" a JOIN \"Appointment\" b"
                    + " ON a.\"doctorId\" = b.\"doctorId\" AND a.id < b.id"
                    + " AND a.\"deskSlot\" && b.\"deskSlot\""
                    + " WHERE a.status <> 'CANCELLED' AND b.status <> 'CANCELLED'"))
        .isZero();
    assertThat(
            count(
                "SELECT count(*) FROM (SELECT DISTINCT \"doctorId\", \"chamberId\", date,"
                    + " \"startTime\" FROM \"Appointment\") slots"))
        .isEqualTo(summary.appointments());
    assertThat(
            count(
                "SELECT count(*) FROM (SELECT \"patientId\", \"patientName\", date"
                    + " FROM \"Appointment\" GROUP BY 1, 2, 3 HAVING count(*) > 1) twice"))
        .as("a person booked twice on one day")
        .isZero();
  }

  @Test
  void appointmentsSpanPastAndComingWeeks() {
    assertThat(text("SELECT min(date)::date::text FROM \"Appointment\"")).isEqualTo("2026-11-24");
    assertThat(LocalDate.parse(text("SELECT max(date)::date::text FROM \"Appointment\"")))
        .isBetween(LocalDate.of(2026, 12, 17), LocalDate.of(2026, 12, 22));
    long past = count("SELECT count(*) FROM \"Appointment\" WHERE date < " + TODAY);
    assertThat(
            count(
                "SELECT count(*) FROM \"Appointment\" WHERE date < "
                    + TODAY
                    + " AND status = 'COMPLETED'"))
        .isGreaterThan(past * 7 / 10);
  }

  @Test
  void onlyApprovedDoctorsOffLeaveAreBooked() {
    assertThat(
            count(
                "SELECT count(*) FROM \"Appointment\" a JOIN \"Doctor\" d ON d.id = a.\"doctorId\""
                    + " WHERE d.\"registrationStatus\" = 'PENDING'"))
        .isZero();
    assertThat(
            count(
                "SELECT count(*) FROM \"Appointment\" a JOIN \"Doctor\" d ON d.id = a.\"doctorId\""
                    + " WHERE d.\"registrationStatus\" = 'SUSPENDED'"))
        .as("the suspended doctor's earlier visits")
        .isPositive();
    assertThat(
            count(
                "SELECT count(*) FROM \"Appointment\" a JOIN \"Doctor\" d ON d.id = a.\"doctorId\""
                    + " WHERE d.\"registrationStatus\" = 'SUSPENDED'"
                    + " AND a.date >= date_trunc('day', d.\"suspendedAt\" + INTERVAL '6 hours')"))
        .isZero();
    assertThat(
            count(
                "SELECT count(*) FROM \"Appointment\" a JOIN \"DoctorLeave\" l"
                    + " ON l.\"doctorId\" = a.\"doctorId\""
                    + " AND a.date::date BETWEEN l.\"startDate\" AND l.\"endDate\""))
        .isZero();
    assertThat(
            count(
                "SELECT count(*) FROM \"DoctorLeave\" l WHERE EXISTS (SELECT 1 FROM"
                    + " \"DoctorChamber\" c, generate_series(l.\"startDate\", l.\"endDate\","
                    + " INTERVAL '1 day') d WHERE c.\"doctorId\" = l.\"doctorId\""
                    + " AND nirnoy_sits_on(c.\"daysOfWeek\", d::date))"))
        .as("the leave falls on days the doctor would sit")
        .isEqualTo(1);
  }

  @Test
  void patientsSuitTheirDoctors() {
    String visits =
        "SELECT count(*) FROM \"Appointment\" a JOIN \"Doctor\" d ON d.id = a.\"doctorId\" WHERE ";
    assertThat(
            count(
                visits
                    + "d.\"primarySpecialty\" LIKE 'Gynaecology%' AND a.\"patientGender\" <> 'Female'"))
        .isZero();
    assertThat(count(visits + "d.\"primarySpecialty\" = 'Paediatrics' AND a.\"patientAge\" >= 16"))
        .isZero();
    assertThat(count(visits + "d.\"primarySpecialty\" = 'Paediatrics'")).isPositive();
  }

  @Test
  void theSameMomentWritesTheSameClinicWhateverTheClocksZone() {
    DataSource again = freshDatabase();
    // same instant, but a UTC clock: dates are still taken in Dhaka
    DemoClinic.fill(again, Clock.fixed(CLOCK.instant(), ZoneOffset.UTC));

    String digest =
        "SELECT md5(string_agg(concat_ws('|', a.id, a.\"patientId\", a.\"doctorId\","
            + " a.\"chamberId\", a.date, a.\"startTime\", a.\"endTime\", a.\"serialNumber\","
            + " a.status, a.\"visitType\", a.fee, a.\"patientName\", a.\"bookedAt\","
            + " a.\"updatedAt\", a.\"cancelledAt\", b.\"requestId\", b.source, p.name, u.phone),"
            + " ',' ORDER BY a.id)) FROM \"Appointment\" a JOIN \"Patient\" p ON p.id = a.\"patientId\""
            + " JOIN \"User\" u ON u.id = p.\"userId\""
            + " LEFT JOIN \"DeskBooking\" b ON b.\"appointmentId\" = a.id";
    assertThat(text(again, digest)).isEqualTo(text(clinic, digest));
  }

  @Test
  void refusesADatabaseThatAlreadyHasDoctors() {
    DataSource db = freshDatabase();
    execute(
        db,
        "INSERT INTO \"User\" (phone, role, \"updatedAt\") VALUES ('+8801711000000', 'DOCTOR',"
            + " now())");
    execute(
        db,
        "INSERT INTO \"Doctor\" (\"userId\", \"nameEn\", gender, \"primarySpecialty\","
            + " \"updatedAt\") SELECT id, 'Abdul Karim', 'Male', 'Medicine', now() FROM \"User\"");

    assertThatThrownBy(() -> DemoClinic.fill(db, CLOCK))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already has 1 doctor");
    assertThat(DemoClinic.isEmpty(db)).isFalse();
    assertThat(count(db, "SELECT count(*) FROM \"User\"")).isEqualTo(1);
    assertThat(count(db, "SELECT count(*) FROM \"Doctor\"")).isEqualTo(1);
    assertThat(count(db, "SELECT count(*) FROM \"Clinic\"")).isZero();
  }

  @Test
  void aFailureHalfwayLeavesNothingBehind() {
    DataSource db = freshDatabase();
    // desk bookings are written after everything but leave, so refusing them fails the fill late
    execute(
        db,
        "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS"
            + " $$ BEGIN RAISE EXCEPTION 'desk bookings refused by the test'; END $$");
    execute(
        db,
        "CREATE TRIGGER refuse BEFORE INSERT ON \"DeskBooking\" FOR EACH ROW EXECUTE FUNCTION"
            + " refuse()");

    assertThatThrownBy(() -> DemoClinic.fill(db, CLOCK))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("nothing was saved");
    assertThat(DemoClinic.isEmpty(db)).isTrue();
    for (String table :
        List.of(
            "User",
            "Doctor",
            "DoctorChamber",
            "Clinic",
            "Specialty",
            "Patient",
            "Appointment",
            "DeskStaff",
            "AuditLog")) {
      assertThat(count(db, "SELECT count(*) FROM \"" + table + "\"")).as(table).isZero();
    }
  }

  @Test
  void concurrentFillsWriteOnlyOneClinic() throws Exception {
    DataSource db = freshDatabase();
    CyclicBarrier together = new CyclicBarrier(2);
    Callable<String> fill =
        () -> {
          together.await();
          try {
            DemoClinic.fill(db, CLOCK);
            return "filled";
          } catch (IllegalStateException e) {
            return e.getMessage();
          }
        };
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<String>> outcomes = pool.invokeAll(List.of(fill, fill));
      List<String> results = new ArrayList<>();
      for (Future<String> f : outcomes) {
        results.add(f.get());
      }
      assertThat(results).containsOnlyOnce("filled");
      assertThat(results).anySatisfy(r -> assertThat(r).contains("already has 16 doctor"));
    } finally {
      pool.shutdown();
    }
    assertThat(count(db, "SELECT count(*) FROM \"Doctor\"")).isEqualTo(16);
  }

  static DataSource freshDatabase() {
    return DataSources.unpooled(TestDatabases.freshPlatformDatabase());
  }

  private static long count(String sql, Object... params) {
    return count(clinic, sql, params);
  }

  static long count(DataSource ds, String sql, Object... params) {
    try (Connection c = ds.getConnection();
        var ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  private static List<String> statuses(String where) {
    return strings("SELECT DISTINCT status FROM \"Appointment\" WHERE " + where);
  }

  private static List<String> strings(String sql) {
    try (Connection c = clinic.getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      List<String> values = new ArrayList<>();
      while (rs.next()) {
        values.add(rs.getString(1));
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  private static String text(String sql) {
    return text(clinic, sql);
  }

  private static String text(DataSource ds, String sql) {
    try (Connection c = ds.getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  private static void execute(DataSource ds, String sql) {
    try (Connection c = ds.getConnection();
        Statement st = c.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }
}
