package com.nirnoy.desk.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.nirnoy.desk.app.DeskEntities;
import com.nirnoy.desk.booking.AppointmentSummary;
import com.nirnoy.desk.chamber.LeaveForm;
import com.nirnoy.desk.config.ConnectionSettings;
import com.nirnoy.desk.db.DataSources;
import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.db.DatabaseErrors;
import com.nirnoy.desk.db.DatabaseRefusal;
import com.nirnoy.desk.doctor.DoctorDetails;
import com.nirnoy.desk.doctor.DoctorForm;
import com.nirnoy.desk.doctor.DoctorStatus;
import com.nirnoy.desk.staff.StaffAccounts;
import com.nirnoy.desk.staff.StaffForm;
import com.nirnoy.desk.staff.StaffMember;
import com.nirnoy.desk.testing.AdminClinic;
import com.nirnoy.desk.testing.Fixtures;
import com.nirnoy.desk.testing.TestDatabases;
import com.nirnoy.desk.testing.TestDeskLogins;
import com.nirnoy.desk.user.Gender;
import com.nirnoy.desk.user.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who did what, when, with old and new values; and nobody can change that record. Runs as a desk
 * login, as a counter PC does: the database's policies judge every admin and booking step here.
 */
class AuditHistoryTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-06T03:00:00Z"), ZoneId.of("Asia/Dhaka"));
  private static final LocalDate NEXT_SUNDAY = LocalDate.of(2026, 12, 13);
  private static final LocalTime FIVE = LocalTime.of(17, 0);
  private static Database db;
  private static AdminClinic clinic;
  private static String adminName;

  @BeforeAll
  static void open() {
    ConnectionSettings owner = TestDatabases.freshDatabase();
    db = Database.open(TestDeskLogins.create(owner), DeskEntities.ALL);
    clinic =
        new AdminClinic(
            db, new Fixtures(DataSources.pool(owner.withPoolSize(2), "history-owner")), CLOCK);
    adminName = clinic.admin.current().orElseThrow().name();
  }

  @AfterAll
  static void close() {
    db.close();
  }

  private static int phones;

  private DoctorDetails doctor(String bmdc) {
    return clinic.doctors.create(
        new DoctorForm(
            "Farhana Rahman",
            null,
            "Dr.",
            Gender.FEMALE,
            "Gynaecology",
            bmdc,
            String.format("01711-%06d", 300_000 + ++phones),
            DoctorStatus.APPROVED,
            10,
            1000,
            null,
            null,
            true));
  }

  @Test
  void bookingReschedulingAndCancellingShowWhoDidItWithOldAndNewValues() {
    DoctorDetails d = doctor("A-20001");
    int chamber =
        clinic.fx.chamber(
            d.id(), null, "Popular", "Dhanmondi", "Sun", FIVE, LocalTime.of(19, 0), 15, 8);
    AppointmentSummary a =
        clinic.book(d.id(), chamber, NEXT_SUNDAY, FIVE, "Rahima Begum", "+8801711000001");
    clinic.booking.reschedule(
        a.id(), chamber, NEXT_SUNDAY, LocalTime.of(17, 30), LocalTime.of(17, 45));
    clinic.booking.cancel(a.id(), "Patient is ill");

    List<HistoryEntry> h = clinic.history.forAppointment(a.id());

    assertThat(h).extracting(HistoryEntry::actor).containsOnly(adminName + " (admin)");
    assertThat(h.get(2).description()).isEqualTo("Booked for Sun 13 Dec 2026 17:00");
    assertThat(h.get(1).description()).startsWith("Rescheduled: ").contains("Start: 17:00 → 17:30");
    assertThat(h.get(0).description())
        .startsWith("Cancelled: ")
        .contains("Reason: — → Patient is ill");
    assertThat(h.get(0).changes())
        .contains(new HistoryEntry.FieldChange("Status", "Booked", "Cancelled"));

    java.util.Locale bangla = java.util.Locale.forLanguageTag("bn-BD");
    assertThat(h.get(0).in(bangla).description())
        .startsWith("বাতিল করা হয়েছে: ")
        .contains("কারণ: — → Patient is ill")
        .contains("অবস্থা: বুক করা → বাতিল");
    assertThat(h.get(1).in(bangla).description()).contains("শুরু: ১৭:০০ → ১৭:৩০");
    assertThat(h.get(2).in(bangla).description()).contains("১৩").doesNotContain("2026");
    assertThat(h.get(2).in(bangla).actor()).isEqualTo(adminName + " (অ্যাডমিন)");
    assertThat(h.get(1).in(bangla).subject()).isEqualTo("অ্যাপয়েন্টমেন্ট");
  }

  @Test
  void aFeeChangeAndLeaveShowInTheDoctorsHistory() {
    DoctorDetails d = doctor("A-20002");
    DoctorForm f = d.toForm();
    clinic.doctors.update(d.id(), f.withFees(1200, f.followUpFee(), f.reportFee()));
    clinic.leave.add(d.id(), new LeaveForm(NEXT_SUNDAY, NEXT_SUNDAY, null, null, "Conference"));

    List<HistoryEntry> h = clinic.history.forDoctor(d.id());

    assertThat(h).extracting(HistoryEntry::subject).containsExactly("Leave", "Doctor", "Doctor");
    assertThat(h.get(1).description()).isEqualTo("Doctor changed: Fee: 1,000 → 1,200");
    assertThat(h.get(1).actor()).isEqualTo(adminName + " (admin)");
  }

  @Test
  void aChambersScheduleAndFeeChangesReadInWordsInBothLanguages() {
    DoctorDetails d = doctor("A-20005");
    com.nirnoy.desk.chamber.ChamberDetails c =
        clinic.chambers.create(
            d.id(),
            new com.nirnoy.desk.chamber.ChamberForm(
                "Popular",
                "House 16, Road 2",
                "Dhanmondi",
                "Dhaka",
                null,
                null,
                new com.nirnoy.desk.chamber.SessionForm(
                    java.util.Set.of(java.time.DayOfWeek.SUNDAY), FIVE, LocalTime.of(19, 0), 15, 8),
                com.nirnoy.desk.chamber.ChamberFees.NONE,
                true));
    clinic.chambers.update(
        c.id(),
        c.toForm()
            .withSchedule(
                c.schedule()
                    .withDays(
                        java.util.Set.of(java.time.DayOfWeek.SUNDAY, java.time.DayOfWeek.MONDAY)))
            .withFees(new com.nirnoy.desk.chamber.ChamberFees(1500, null, null)));

    HistoryEntry changed = clinic.history.forDoctor(d.id()).get(0);

    assertThat(changed.subject()).isEqualTo("Chamber");
    assertThat(changed.description())
        .startsWith("Chamber changed: ")
        .contains("Days: Sun → Sun, Mon")
        .contains("Fee at this chamber: — → 1,500");
    assertThat(changed.in(java.util.Locale.forLanguageTag("bn-BD")).description())
        .startsWith("চেম্বার বদলানো হয়েছে: ")
        .contains("বার: ")
        .contains("এই চেম্বারের ফি: — → ১,৫০০");
  }

  @Test
  void aChangeFromTheWebPlatformIsRecordedWithoutAnActor() {
    DoctorDetails d = doctor("A-20003");
    db.sessionFrom(() -> null);
    try {
      clinic.fx.execute(
          "UPDATE \"Doctor\" SET \"averageRating\" = 4.5, \"updatedAt\" = now() WHERE id = ?",
          d.id());
    } finally {
      db.sessionFrom(clinic.admin::token);
    }

    HistoryEntry web = clinic.history.forDoctor(d.id()).get(0);
    assertThat(web.actor()).isEqualTo("Not from the desk (web platform or another program)");
    assertThat(web.description()).isEqualTo("Doctor changed: Rating: 0.0 → 4.5");
  }

  @Test
  void aPasswordResetIsRecordedButNeverTheHash() {
    StaffAccounts accounts = new StaffAccounts(db, CLOCK, clinic.admin);
    StaffMember m =
        accounts.add(
            new StaffForm("Shirin", "01811-300001", null, Role.RECEPTIONIST, "first-password"));
    accounts.resetPassword(m.id(), "second-password");

    assertThat(clinic.history.forStaff(m.id()))
        .extracting(HistoryEntry::description)
        .containsExactly("Password changed: Password: — → (changed)", "Staff account added");
    assertThat(
            clinic.fx.count(
                "SELECT count(*) FROM \"AuditLog\" WHERE \"oldValues\"::text LIKE '%$2a$%' OR \"newValues\"::text LIKE '%$2a$%'"))
        .isZero();
  }

  @Test
  void aReceptionistMayReadAppointmentsHistoryButNotStaffAccounts() {
    var receptionist = com.nirnoy.desk.testing.TestStaff.signedIn(db, clinic.fx, Role.RECEPTIONIST);
    AuditHistory asReceptionist = new AuditHistory(db, receptionist);
    try {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> asReceptionist.forStaff(Integer.parseInt(receptionist.actorId())))
          .isInstanceOf(com.nirnoy.desk.staff.PermissionDeniedException.class)
          .hasMessageContaining("Only an admin can manage staff accounts");
    } finally {
      db.sessionFrom(clinic.admin::token);
    }
  }

  @Test
  void theHistoryCannotBeChangedOrDeletedEvenWithPlainSql() {
    doctor("A-20004");

    assertThat(refusedRule("UPDATE \"AuditLog\" SET \"actorId\" = NULL"))
        .isEqualTo("AuditLog_append_only");
    assertThat(refusedRule("DELETE FROM \"AuditLog\"")).isEqualTo("AuditLog_append_only");
    assertThat(refusedRule("TRUNCATE \"AuditLog\"")).isEqualTo("AuditLog_append_only");
  }

  private static String refusedRule(String sql) {
    Throwable e = catchThrowable(() -> clinic.fx.execute(sql));
    return DatabaseErrors.refusal(e).map(DatabaseRefusal::constraint).orElse("not refused: " + e);
  }
}
