package com.nirnoy.desk.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.nirnoy.desk.app.DeskEntities;
import com.nirnoy.desk.booking.AppointmentQueries;
import com.nirnoy.desk.booking.AppointmentSummary;
import com.nirnoy.desk.chamber.ChamberDetails;
import com.nirnoy.desk.chamber.SessionDetails;
import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.history.HistoryEntry;
import com.nirnoy.desk.schedule.ScheduleService;
import com.nirnoy.desk.stranded.AffectedAppointment;
import com.nirnoy.desk.testing.AdminClinic;
import com.nirnoy.desk.testing.TestDatabases;
import com.nirnoy.desk.ui.TaskRunner;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Chambers, weekly sessions, leave, the call list and history, as the admin's forms drive them. */
class ScheduleEditorsViewModelTest {
  private static final LocalDate NEXT_SUNDAY = DoctorEditorViewModelTest.NEXT_SUNDAY;
  private static Database db;
  private static AdminClinic clinic;
  private String doctor;
  private ChamberEditorViewModel chambers;
  private SessionEditorViewModel sessions;

  @BeforeAll
  static void open() {
    db = Database.open(TestDatabases.freshDatabase(), DeskEntities.ALL);
    clinic = new AdminClinic(db, DoctorEditorViewModelTest.CLOCK);
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @BeforeEach
  void doctorWithAChamber() {
    doctor = clinic.fx.doctor("Farhana Rahman", "Gynaecology", 1000);
    chambers = new ChamberEditorViewModel(TaskRunner.SAME_THREAD, clinic.chambers);
    chambers.load(doctor);
    chambers.nameProperty().set("Popular Diagnostic Centre");
    chambers.addressProperty().set("House 16, Road 2");
    chambers.areaProperty().set("Dhanmondi");
    chambers.save();
    sessions = new SessionEditorViewModel(TaskRunner.SAME_THREAD, clinic.sessions, clinic.chambers);
    sessions.load(doctor);
  }

  private void addSunday(String start, String end) {
    sessions.chamberProperty().set(sessions.chamberChoices().get(0));
    sessions.dayProperty().set(DayOfWeek.SUNDAY);
    sessions.startProperty().set(start);
    sessions.endProperty().set(end);
    sessions.save();
  }

  @Test
  void aChamberFormChecksAsTypedAndCancelRestoresIt() {
    assertThat(chambers.chambers())
        .extracting(ChamberDetails::name)
        .containsExactly("Popular Diagnostic Centre");
    chambers.edit(chambers.chambers().get(0));
    chambers.nameProperty().set(" ");
    assertThat(chambers.form().error("name").get()).isNotEmpty();
    assertThat(chambers.form().validProperty().get()).isFalse();

    chambers.cancel();

    assertThat(chambers.nameProperty().get()).isEqualTo("Popular Diagnostic Centre");
    assertThat(chambers.form().validProperty().get()).isTrue();
  }

  @Test
  void anAddedSessionIsListedAndItsSlotsAreBookable() {
    sessions.startProperty().set("5pm");
    assertThat(sessions.form().error("start").get()).isNotEmpty();

    addSunday("17:00", "19:00");

    assertThat(sessions.sessions())
        .extracting(SessionDetails::start)
        .containsExactly(LocalTime.of(17, 0));
    var schedule =
        new ScheduleService(db, new AppointmentQueries(db), DoctorEditorViewModelTest.CLOCK);
    assertThat(schedule.day(doctor, NEXT_SUNDAY).firstFree(sessions.chamberChoices().get(0).id()))
        .isPresent();
  }

  @Test
  void oneFormAddsTheSameHoursOnSeveralDaysOrNoneWhenOneDayClashes() {
    sessions.alsoOn().addAll(java.util.Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY));
    addSunday("17:00", "19:00");

    assertThat(sessions.sessions())
        .extracting(SessionDetails::day)
        .containsExactlyInAnyOrder(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY);
    assertThat(sessions.alsoOn()).as("the form starts afresh").isEmpty();

    sessions.alsoOn().addAll(java.util.Set.of(DayOfWeek.WEDNESDAY, DayOfWeek.TUESDAY));
    addSunday("20:00", "21:00"); // after the evening sessions: no clash on any of the three
    assertThat(sessions.sessions()).hasSize(6);

    sessions.alsoOn().addAll(java.util.Set.of(DayOfWeek.THURSDAY, DayOfWeek.MONDAY));
    addSunday("18:00", "18:30");

    assertThat(sessions.form().messageProperty().get())
        .startsWith("Not saved: the doctor already sits at Popular Diagnostic Centre on Monday");
    assertThat(sessions.sessions()).as("Thursday was not added either").hasSize(6);
  }

  @Test
  void anOverlappingSessionIsRefusedWithTheSessionInTheWay() {
    addSunday("17:00", "19:00");

    addSunday("18:00", "20:00");

    assertThat(sessions.form().messageProperty().get())
        .startsWith(
            "Not saved: the doctor already sits at Popular Diagnostic Centre on Sunday 17:00-19:00");
    assertThat(sessions.sessions()).hasSize(1);
  }

  @Test
  void leaveOverBookedPatientsIsPreviewedConfirmedCalledAndInTheHistory() {
    addSunday("17:00", "19:00");
    AppointmentSummary a =
        clinic.book(
            doctor,
            sessions.chamberChoices().get(0).id(),
            NEXT_SUNDAY,
            LocalTime.of(17, 15),
            "Rahima Begum",
            "+8801711000001");
    LeaveEditorViewModel leave =
        new LeaveEditorViewModel(TaskRunner.SAME_THREAD, clinic.leave, LocalDate.of(2026, 12, 6));
    leave.load(doctor);
    leave.startDateProperty().set(NEXT_SUNDAY);
    leave.startTimeProperty().set("17:00");
    assertThat(leave.form().error("endTime").get())
        .isEqualTo("Give both times, or neither for whole days");
    leave.endTimeProperty().set("18:00");
    leave.reasonProperty().set("Surgery");

    leave.save();
    assertThat(leave.form().affected())
        .extracting(AffectedAppointment::serialNumber)
        .containsExactly(2);
    assertThat(leave.upcoming()).isEmpty();
    leave.form().confirm();
    assertThat(leave.upcoming()).hasSize(1);

    CallListViewModel calls = new CallListViewModel(TaskRunner.SAME_THREAD, clinic.stranded);
    calls.load();
    AffectedAppointment toCall =
        calls.toCall().stream()
            .filter(c -> c.appointmentId().equals(a.id()))
            .findFirst()
            .orElseThrow();
    assertThat(toCall.reason()).isEqualTo("The doctor is on leave 13 Dec 17:00-18:00 (Surgery)");
    calls.noteProperty().set("Called, rebooked");
    calls.called(toCall);
    assertThat(calls.toCall())
        .extracting(AffectedAppointment::appointmentId)
        .doesNotContain(a.id());

    HistoryViewModel history = new HistoryViewModel(TaskRunner.SAME_THREAD, clinic.history);
    history.showAppointment(a.id());
    assertThat(history.entries())
        .extracting(HistoryEntry::description)
        .containsExactly(
            "Call mark cleared: Note: — → Called, rebooked",
            "Marked to call: The doctor is on leave 13 Dec 17:00-18:00 (Surgery)",
            "Booked for Sun 13 Dec 2026 17:15");
  }
}
