package com.nirnoy.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.nirnoy.desk.doctor.DoctorListing;
import com.nirnoy.desk.schedule.Slot;
import com.nirnoy.desk.testing.Fixtures;
import com.nirnoy.desk.ui.schedule.SlotRow;
import com.nirnoy.desk.user.Gender;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window, headless, on a real database: search, book, and a conflict. */
class FrontDeskUiTest {
  @TempDir Path home;
  private DeskWindow window;
  private FxRobot robot;
  private Fixtures fx;
  private int doctor;
  private int chamber;
  private LocalDate today;

  @BeforeEach
  void launch() throws Exception {
    window = new DeskWindow();
    robot = window.robot;
    fx = window.fx;
    today = window.today;
    doctor = fx.doctor("Farhana Rahman", "Gynaecology", 1000);
    fx.execute(
        "UPDATE \"Doctor\" SET \"nameBn\" = 'ফারহানা রহমান', \"updatedAt\" = now() WHERE id = ?",
        doctor);
    chamber = // every day 17:00-18:00, four 15-minute serials
        fx.chamber(
            doctor,
            null,
            "Popular Diagnostic Centre",
            "Dhanmondi",
            "Sat,Sun,Mon,Tue,Wed,Thu,Fri",
            LocalTime.of(17, 0),
            LocalTime.of(18, 0),
            15,
            4);
    fx.doctor("Kamal Hossain", "Cardiology", 1200);
    window.open(home).signIn(window.receptionist);
  }

  @AfterEach
  void close() throws Exception {
    window.close();
  }

  private <T extends javafx.scene.Node> T find(String id) {
    return window.find(id);
  }

  private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
    DeskWindow.waitUntil(condition);
  }

  private void signIn(String phone) throws Exception {
    window.signIn(phone);
  }

  @Test
  void searchBookAFreeSlotSeeTheConflictWhenAnotherClientWonAndBookTheNextFreeOne()
      throws Exception {
    ListView<DoctorListing> doctors = find("#doctorList");
    waitUntil(() -> doctors.getItems().size() == 2);

    robot.clickOn("#searchField").write("farh");
    waitUntil(() -> doctors.getItems().size() == 1);
    robot.interact(() -> doctors.getSelectionModel().select(0));
    TableView<SlotRow> slots = find("#slotTable");
    waitUntil(() -> slots.getItems().size() == 4);
    assertThat(slots.getItems()).extracting(SlotRow::stateKey).containsOnly("FREE");

    robot.interact(() -> slots.getSelectionModel().select(0));
    robot.clickOn("#bookButton");
    // while the receptionist types, the web takes the slot (live refresh cannot warn the dialog)
    webRequest("Web Patient", "+8801999000001", "17:00");
    robot.clickOn("#phoneField").write("01755-123456");
    robot.clickOn("#nameField").write("Nadia Islam");
    ComboBox<Gender> gender = find("#genderBox");
    robot.interact(() -> gender.setValue(Gender.FEMALE));
    robot.clickOn("#confirmBooking");

    Label conflict = find("#conflictLabel");
    waitUntil(() -> conflict.getText().startsWith("Time slot already booked"));
    assertThat(conflict.getText()).contains("held by Web Patient");
    waitUntil(() -> "Web Patient".equals(slots.getItems().get(0).patient()));
    ListView<Slot> alternatives = find("#alternatives");
    waitUntil(() -> !alternatives.getItems().isEmpty());
    robot.interact(() -> alternatives.getSelectionModel().select(0));
    robot.clickOn(alternatives);
    robot.clickOn("#confirmBooking");

    waitUntil(() -> "Nadia Islam".equals(slots.getItems().get(1).patient()));
    assertThat(fx.count("SELECT count(*) FROM \"Patient\" WHERE name = 'Nadia Islam'"))
        .isEqualTo(1);
  }

  /** A request the web booked today at {@code start}, for a patient of its own. */
  private int webRequest(String name, String phone, String start) {
    return window.web.webBooking(
        window.web.patient(name, phone),
        doctor,
        chamber,
        today.atStartOfDay(),
        start,
        null,
        "NEW",
        null);
  }

  @Test
  void aWebRequestIsConfirmedAtTheDeskWithItsShortcut() throws Exception {
    int request = webRequest("Web Patient", "+8801999000002", "17:15");
    TableView<SlotRow> slots = openFarhana();
    assertThat(slots.getItems().get(1).stateKey()).isEqualTo("REQUESTED");
    javafx.scene.control.Button confirm = find("#confirmRequestButton");
    robot.interact(() -> slots.getSelectionModel().select(0));
    assertThat(confirm.isDisabled()).as("nothing to confirm on a free slot").isTrue();

    robot.interact(() -> slots.getSelectionModel().select(1));
    waitUntil(() -> !confirm.isDisabled());
    robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.K);
    robot.release(javafx.scene.input.KeyCode.K, javafx.scene.input.KeyCode.CONTROL);

    waitUntil(() -> "CONFIRMED".equals(slots.getItems().get(1).stateKey()));
    assertThat(slots.getItems().get(1).patient()).isEqualTo("Web Patient");
    assertThat(fx.strings("SELECT status FROM \"Appointment\" WHERE id = ?", request))
        .containsExactly("CONFIRMED");
  }

  private TableView<SlotRow> openFarhana() throws Exception {
    ListView<DoctorListing> doctors = find("#doctorList");
    waitUntil(() -> doctors.getItems().size() == 2);
    robot.interact(
        () ->
            doctors
                .getSelectionModel()
                .select(
                    doctors.getItems().stream()
                        .filter(d -> d.name().equals("Farhana Rahman"))
                        .findFirst()
                        .orElseThrow()));
    TableView<SlotRow> slots = find("#slotTable");
    waitUntil(() -> slots.getItems().size() == 4);
    return slots;
  }

  private void bookFirstSlotFor(TableView<SlotRow> slots, String phone, String name)
      throws Exception {
    robot.interact(() -> slots.getSelectionModel().select(0));
    robot.clickOn("#bookButton");
    robot.clickOn("#phoneField").write(phone);
    if (name != null) {
      robot.clickOn("#nameField").write(name);
      ComboBox<Gender> gender = find("#genderBox");
      robot.interact(() -> gender.setValue(Gender.FEMALE));
    }
    javafx.scene.Node confirm = find("#confirmBooking");
    waitUntil(() -> !confirm.isDisabled());
    robot.clickOn(confirm);
  }

  @Test
  void cancelWithAReasonFreesTheSlotAndTheSamePatientBooksItAgain() throws Exception {
    TableView<SlotRow> slots = openFarhana();
    bookFirstSlotFor(slots, "01755-222333", "Nadia Islam");
    waitUntil(() -> "Nadia Islam".equals(slots.getItems().get(0).patient()));

    robot.interact(() -> slots.getSelectionModel().select(0));
    robot.clickOn("#cancelButton");
    robot.clickOn("#cancelReason").write("Patient called: travelling");
    robot.type(javafx.scene.input.KeyCode.ENTER);
    waitUntil(() -> "FREE".equals(slots.getItems().get(0).stateKey()));

    bookFirstSlotFor(slots, "01755-222333", null); // the phone finds her: the account holder
    waitUntil(() -> "Nadia Islam".equals(slots.getItems().get(0).patient()));
    assertThat(fx.count("SELECT count(*) FROM \"Patient\" WHERE name = 'Nadia Islam'"))
        .isEqualTo(1);
    assertThat(
            fx.count(
                "SELECT count(*) FROM \"Appointment\" WHERE status = 'CANCELLED'"
                    + " AND \"cancellationReason\" = 'Patient called: travelling'"))
        .isEqualTo(1);
  }

  @Test
  void theHistoryOfAnAppointmentSaysWhoBookedAndWhoCheckedIn() throws Exception {
    TableView<SlotRow> slots = openFarhana();
    bookFirstSlotFor(slots, "01755-666777", "Rina Das");
    waitUntil(() -> "Rina Das".equals(slots.getItems().get(0).patient()));
    robot.interact(() -> slots.getSelectionModel().select(0));
    robot.clickOn("#checkInButton");
    waitUntil(() -> "CHECKED_IN".equals(slots.getItems().get(0).stateKey()));

    robot.interact(() -> slots.getSelectionModel().select(0));
    robot.clickOn("#historyButton");

    TableView<com.nirnoy.desk.history.HistoryEntry> history =
        robot.lookup(".dialog-pane").lookup("#historyTable").query(); // not the admin tab's
    try {
      waitUntil(() -> history.getItems().size() >= 2);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("history: " + history.getItems(), e);
    }
    assertThat(history.getItems())
        .allSatisfy(h -> assertThat(h.actor()).startsWith("Test receptionist"));
    assertThat(history.getItems())
        .extracting(com.nirnoy.desk.history.HistoryEntry::description)
        .anySatisfy(d -> assertThat(d).containsIgnoringCase("arrived"));
  }

  @Test
  void rescheduleMovesTheAppointmentAndTheWeekViewShowsIt() throws Exception {
    TableView<SlotRow> slots = openFarhana();
    bookFirstSlotFor(slots, "01755-444555", "Shirin Akter");
    waitUntil(() -> "Shirin Akter".equals(slots.getItems().get(0).patient()));

    robot.interact(() -> slots.getSelectionModel().select(0));
    robot.clickOn("#rescheduleButton");
    ListView<Slot> free = find("#freeSlots");
    waitUntil(() -> free.getItems().size() == 3);
    robot.interact(
        () ->
            free.getSelectionModel()
                .select(
                    free.getItems().stream()
                        .filter(x -> x.start().equals(LocalTime.of(17, 30)))
                        .findFirst()
                        .orElseThrow()));
    robot.clickOn("#confirmReschedule");

    waitUntil(() -> "Shirin Akter".equals(slots.getItems().get(2).patient()));
    assertThat(slots.getItems().get(0).stateKey()).isEqualTo("FREE");

    robot.clickOn("#weekViewButton");
    javafx.scene.layout.HBox week = find("#weekBox");
    waitUntil(() -> week.getChildren().size() == 7);
    ListView<SlotRow> todayColumn = find("#week-" + today);
    assertThat(todayColumn.getItems()).extracting(SlotRow::patient).contains("Shirin Akter");
  }

  @Test
  void aWrongPasswordIsRefusedAndSigningOutCoversTheDeskAgain() throws Exception {
    Label who = find("#signedInLabel");
    assertThat(who.getText()).contains("Receptionist");
    assertThat(robot.lookup("#tabs").query().isDisabled()).isFalse();

    robot.clickOn("#signOutButton");
    javafx.scene.control.TextField login = find("#loginField");
    waitUntil(login::isVisible);
    assertThat(robot.lookup("#tabs").query().isDisabled())
        .as("nothing usable behind the card")
        .isTrue();
    robot.interact(login::clear);
    robot.clickOn(login).write(window.receptionist);
    robot.clickOn("#passwordField").write("not-the-password");
    robot.type(javafx.scene.input.KeyCode.ENTER);

    Label error = find("#signInError");
    waitUntil(() -> error.getText().equals("Wrong phone/email or password."));
    assertThat(who.getText()).isEmpty();

    signIn(window.admin);
    assertThat(who.getText()).contains("Admin");
  }

  @Test
  void switchingToBanglaRedrawsTheWindowKeepingTheSelectedDoctorNamedInBangla() throws Exception {
    TableView<SlotRow> slots = openFarhana();
    Label title = find("#scheduleDoctor");
    assertThat(title.getText()).isEqualTo("Dr. Farhana Rahman");

    ComboBox<java.util.Locale> language = find("#languageBox");
    robot.interact(
        () -> {
          language.setValue(Languages.BANGLA);
          language.getOnAction().handle(new javafx.event.ActionEvent());
        });
    WaitForAsyncUtils.waitForFxEvents();

    waitUntil(() -> robot.lookup("#bookButton").queryButton().getText().startsWith("বুক করুন"));
    Label day = find("#dayLabel");
    assertThat(day.getText()).matches(".*[০-৯]+.*");
    assertThat(robot.lookup("#root").queryParent().getStyle()).contains("Noto Sans Bengali");
    TableView<SlotRow> redrawn = find("#slotTable");
    waitUntil(() -> redrawn.getItems().size() == 4);
    assertThat(redrawn.getColumns().get(0).getText()).isEqualTo("সিরিয়াল");
    Label banglaTitle = find("#scheduleDoctor");
    assertThat(banglaTitle.getText()).isEqualTo("ডা. ফারহানা রহমান");
    ListView<DoctorListing> doctors = find("#doctorList");
    assertThat(doctors.lookupAll(".list-cell"))
        .anySatisfy(
            c ->
                assertThat(((javafx.scene.control.ListCell<?>) c).getText())
                    .startsWith("ডা. ফারহানা রহমান"));
  }
}
