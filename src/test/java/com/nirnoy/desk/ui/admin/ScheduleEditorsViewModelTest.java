package com.nirnoy.desk.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.nirnoy.desk.app.DeskEntities;
import com.nirnoy.desk.booking.AppointmentQueries;
import com.nirnoy.desk.booking.AppointmentSummary;
import com.nirnoy.desk.chamber.ChamberDetails;
import com.nirnoy.desk.chamber.ChamberFees;
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
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Chambers with their weekly sessions, leave, the call list and history, as the admin's forms drive
 * them.
 */
class ScheduleEditorsViewModelTest {
  private static final LocalDate NEXT_SUNDAY = DoctorEditorViewModelTest.NEXT_SUNDAY;
  private static Database db;
  private static AdminClinic clinic;
  private int doctor;
  private ChamberEditorViewModel chambers;

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
  void doctorWithAChamberOnSundayEvenings() {
    doctor = clinic.fx.doctor("Farhana Rahman", "Gynaecology", 1000);
    chambers = new ChamberEditorViewModel(TaskRunner.SAME_THREAD, clinic.chambers);
    chambers.load(doctor);
    add("Popular Diagnostic Centre", Set.of(DayOfWeek.SUNDAY), "17:00", "19:00");
  }

  private void add(String name, Set<DayOfWeek> days, String start, String end) {
    chambers.edit(null);
    chambers.nameProperty().set(name);
    chambers.addressProperty().set("House 16, Road 2");
    chambers.areaProperty().set("Dhanmondi");
    chambers.days().addAll(days);
    chambers.startProperty().set(start);
    chambers.endProperty().set(end);
    chambers.save();
  }

  private ChamberDetails popular() {
    return chambers.chambers().stream()
        .filter(c -> c.name().equals("Popular Diagnostic Centre"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aChamberFormChecksAsTypedAndCancelRestoresIt() {
    assertThat(chambers.chambers())
        .extracting(ChamberDetails::name)
        .containsExactly("Popular Diagnostic Centre");
    chambers.edit(chambers.chambers().get(0));
    assertThat(chambers.days()).containsExactly(DayOfWeek.SUNDAY);
    chambers.nameProperty().set(" ");
    chambers.days().clear();
    chambers.startProperty().set("5pm");
    assertThat(chambers.form().error("name").get()).isNotEmpty();
    assertThat(chambers.form().error("days").get()).isNotEmpty();
    assertThat(chambers.form().error("start").get()).isEqualTo("Times look like 17:00");
    assertThat(chambers.form().validProperty().get()).isFalse();

    chambers.cancel();

    assertThat(chambers.nameProperty().get()).isEqualTo("Popular Diagnostic Centre");
    assertThat(chambers.days()).containsExactly(DayOfWeek.SUNDAY);
    assertThat(chambers.startProperty().get()).isEqualTo("17:00");
    assertThat(chambers.form().validProperty().get()).isTrue();
  }

  @Test
  void anAddedChambersSessionIsListedAndItsSlotsAreBookable() {
    assertThat(chambers.sessions())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.day()).isEqualTo(DayOfWeek.SUNDAY);
              assertThat(s.start()).isEqualTo(LocalTime.of(17, 0));
              assertThat(s.maxPatients()).isEqualTo(16);
            });
    var schedule =
        new ScheduleService(db, new AppointmentQueries(db), DoctorEditorViewModelTest.CLOCK);
    assertThat(schedule.day(doctor, NEXT_SUNDAY).firstFree(popular().id())).isPresent();
  }

  @Test
  void oneFormSitsOnSeveralDaysOrSavesNothingWhenOneDayClashes() {
    add("Labaid Hospital", Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY), "17:00", "19:00");

    assertThat(chambers.sessions())
        .extracting(SessionDetails::day)
        .containsExactly(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY);
    assertThat(chambers.days()).as("the form starts afresh").isEmpty();

    add("Popular Diagnostic Centre", Set.of(DayOfWeek.SUNDAY, DayOfWeek.TUESDAY), "20:00", "21:00");
    assertThat(chambers.chambers()).as("a second session at the same place").hasSize(3);
    assertThat(chambers.sessions()).hasSize(5);

    add("Ibn Sina", Set.of(DayOfWeek.THURSDAY, DayOfWeek.MONDAY), "18:00", "18:30");

    assertThat(chambers.form().messageProperty().get())
        .startsWith("Not saved: the doctor already sits at Labaid Hospital on Monday");
    assertThat(chambers.sessions()).as("Thursday was not added either").hasSize(5);
  }

  @Test
  void anOverlappingSessionIsRefusedWithTheSessionInTheWay() {
    add("Labaid Hospital", Set.of(DayOfWeek.SUNDAY), "18:00", "20:00");

    assertThat(chambers.form().messageProperty().get())
        .startsWith(
            "Not saved: the doctor already sits at Popular Diagnostic Centre on Sunday 17:00-19:00");
    assertThat(chambers.chambers()).hasSize(1);
  }

  @Test
  void droppingTheDayOfABookedPatientListsThemBeforeSaving() {
    chambers.edit(popular());
    chambers.days().add(DayOfWeek.MONDAY);
    chambers.save();
    assertThat(popular().days()).containsExactlyInAnyOrder(DayOfWeek.SUNDAY, DayOfWeek.MONDAY);
    AppointmentSummary a =
        clinic.book(
            doctor,
            popular().id(),
            NEXT_SUNDAY,
            LocalTime.of(17, 30),
            "Rahima Begum",
            "+8801711000001");

    chambers.edit(popular());
    chambers.days().remove(DayOfWeek.SUNDAY);
    chambers.save();

    assertThat(chambers.form().confirmNeededProperty().get()).isTrue();
    assertThat(chambers.form().affected())
        .extracting(AffectedAppointment::appointmentId)
        .containsExactly(a.id());
    assertThat(popular().days()).as("not saved yet").contains(DayOfWeek.SUNDAY);

    chambers.form().confirm();

    assertThat(popular().days()).containsExactly(DayOfWeek.MONDAY);
    assertThat(chambers.form().messageProperty().get()).contains("1 appointment(s) are marked");
  }

  @Test
  void feeOverridesAndTheClinicAreTypedAndSaved() {
    int square = clinic.fx.clinic("Square Hospital", "Panthapath");
    chambers.load(doctor);
    chambers.edit(null);
    chambers
        .clinicProperty()
        .set(
            chambers.clinicChoices().stream()
                .filter(c -> c.id() == square)
                .findFirst()
                .orElseThrow());
    assertThat(chambers.nameProperty().get())
        .as("filled from the clinic")
        .isEqualTo("Square Hospital");
    assertThat(chambers.areaProperty().get()).isEqualTo("Panthapath");
    chambers.days().add(DayOfWeek.WEDNESDAY);
    chambers.consultationFeeProperty().set("১,৫০০");
    chambers.followUpFeeProperty().set("7OO");
    assertThat(chambers.form().error("followUpFee").get()).isEqualTo("Fees are Taka, e.g. 800");
    chambers.followUpFeeProperty().set("700");
    chambers.maxPatientsProperty().set("");
    chambers.save();

    ChamberDetails saved =
        chambers.chambers().stream()
            .filter(c -> c.name().equals("Square Hospital"))
            .findFirst()
            .orElseThrow();
    assertThat(saved.clinicId()).isEqualTo(square);
    assertThat(saved.fees()).isEqualTo(new ChamberFees(1500, 700, null));
    assertThat(saved.maxPatients()).as("no cap").isNull();
  }

  @Test
  void leaveOverBookedPatientsIsPreviewedConfirmedCalledAndInTheHistory() {
    AppointmentSummary a =
        clinic.book(
            doctor,
            popular().id(),
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
        calls.toCall().stream().filter(c -> c.appointmentId() == a.id()).findFirst().orElseThrow();
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
