package com.nirnoy.desk.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.nirnoy.desk.app.AppContext;
import com.nirnoy.desk.booking.BookingRequest;
import com.nirnoy.desk.chamber.ChamberDetails;
import com.nirnoy.desk.chamber.LeaveDetails;
import com.nirnoy.desk.chamber.WeeklyDays;
import com.nirnoy.desk.config.AppDirectories;
import com.nirnoy.desk.config.ClinicTime;
import com.nirnoy.desk.config.ConnectionSettings;
import com.nirnoy.desk.doctor.DoctorDetails;
import com.nirnoy.desk.stranded.AffectedAppointment;
import com.nirnoy.desk.testing.Fixtures;
import com.nirnoy.desk.testing.TestDatabases;
import com.nirnoy.desk.testing.TestStaff;
import com.nirnoy.desk.ui.FxTaskRunner;
import com.nirnoy.desk.ui.Languages;
import com.nirnoy.desk.ui.Texts;
import com.nirnoy.desk.user.Gender;
import com.nirnoy.desk.user.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the admin console alone, headless, on a real database with an admin signed in. */
class AdminConsoleUiTest {
  @TempDir Path home;
  private final FxRobot robot = new FxRobot();
  private final FxTaskRunner tasks = new FxTaskRunner();
  private AppContext ctx;
  private LocalDate tomorrow;

  @BeforeEach
  void signInAnAdmin() throws Exception {
    ConnectionSettings db = TestDatabases.freshDatabase();
    LocalDate today = LocalDate.now(ClinicTime.ZONE);
    tomorrow = today.plusDays(1);
    Clock morning =
        Clock.fixed(
            ZonedDateTime.of(today, LocalTime.of(9, 0), ClinicTime.ZONE).toInstant(),
            ClinicTime.ZONE);
    ctx = AppContext.start(TestDatabases.appSettings(db), new AppDirectories(home), morning);
    TestStaff.signIn(ctx.database(), ctx.staff(), Role.ADMIN);
    FxToolkit.registerPrimaryStage();
    FxToolkit.setupStage(
        s -> {
          s.setWidth(1280);
          s.setHeight(800);
        });
  }

  @AfterEach
  void close() throws Exception {
    FxToolkit.cleanupStages();
    tasks.close();
    ctx.close();
  }

  /** Mounts Admin.fxml as the main window will: loaded with the window's bundle, then bound. */
  private void show() throws Exception {
    FxToolkit.setupSceneRoot(
        () -> {
          FXMLLoader loader =
              new FXMLLoader(
                  AdminView.class.getResource("Admin.fxml"), Languages.messages(Languages.ENGLISH));
          try {
            Parent root = loader.load();
            loader.<AdminView>getController().bind(new AdminViewModel(tasks, ctx), Texts.ENGLISH);
            return root;
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    FxToolkit.showStage();
  }

  private <T extends Node> T find(String query) {
    return robot.lookup(query).query();
  }

  private static void waitUntil(Callable<Boolean> condition) throws Exception {
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
  }

  /** Clicks into a field and types over what it holds (as a person at the desk would). */
  private FxRobot type(String field, String text) {
    javafx.scene.control.TextField f = find(field);
    robot.clickOn(f);
    robot.interact(f::selectAll);
    return robot.write(text);
  }

  /** Puts text into a field at once (typing every letter is slow under a busy build). */
  private void fill(String field, String text) {
    javafx.scene.control.TextField f = find(field);
    robot.interact(() -> f.setText(text));
  }

  private void tab(int index) {
    TabPane tabs = find("#doctorTabs");
    robot.interact(() -> tabs.getSelectionModel().select(index));
  }

  @Test
  void anAdminAddsADoctorAndAChamberWhoseSessionsSlotsAreThenBookable() throws Exception {
    show();
    robot.clickOn("#newDoctorButton");
    robot.clickOn("#doctorNameEn").write("Nusrat Jahan");
    fill("#doctorBmdc", "A-4711");
    fill("#doctorSpecialty", "Medicine");
    fill("#doctorPhone", "01711-471100");
    ComboBox<Gender> gender = find("#doctorGender");
    robot.interact(() -> gender.setValue(Gender.FEMALE));
    Button save = find("#saveDoctor");
    assertThat(save.isDisabled()).as("no fee yet").isTrue();
    type("#doctorFee", "x");
    Label feeError = find("#doctorFeeError");
    assertThat(feeError.getText()).isEqualTo("Fees are Taka, e.g. 800");
    robot.eraseText(1).write("900");
    robot.clickOn(save);
    TableView<DoctorDetails> doctors = find("#doctorTable");
    waitUntil(() -> doctors.getSelectionModel().getSelectedItem() != null);
    int doctorId = doctors.getSelectionModel().getSelectedItem().id();
    assertThat(doctors.getSelectionModel().getSelectedItem().phone()).isEqualTo("+8801711471100");

    tab(1);
    fill("#chamberName", "Ibn Sina");
    fill("#chamberAddress", "House 48, Road 9/A");
    fill("#chamberArea", "Dhanmondi");
    robot.clickOn("#day-" + tomorrow.getDayOfWeek());
    fill("#chamberEnd", "19:00");
    robot.clickOn("#chamberEnd").type(KeyCode.ENTER); // Enter saves
    TableView<ChamberDetails> chambers = find("#chamberTable");
    waitUntil(() -> chambers.getItems().size() == 1);
    assertThat(chambers.getItems().get(0).end()).isEqualTo(LocalTime.of(19, 0));
    assertThat(chambers.getItems().get(0).days()).containsExactly(tomorrow.getDayOfWeek());
    assertThat(ctx.schedules().day(doctorId, tomorrow).firstFree(chambers.getItems().get(0).id()))
        .isPresent();

    robot.clickOn("#newChamberButton");
    fill("#chamberName", "Labaid Hospital");
    fill("#chamberAddress", "Road 4");
    fill("#chamberArea", "Dhanmondi");
    robot.clickOn("#day-" + tomorrow.getDayOfWeek());
    fill("#chamberStart", "18:00");
    fill("#chamberEnd", "20:00");
    robot.clickOn("#saveChamber");
    Label message = find("#chamberMessage");
    waitUntil(() -> message.getText().startsWith("Not saved: the doctor already sits at Ibn Sina"));
    assertThat(chambers.getItems()).hasSize(1);
  }

  @Test
  void leaveThatStrandsAnAppointmentShowsThePatientBeforeItIsSaved() throws Exception {
    Fixtures fx = new Fixtures(ctx.database().dataSource());
    int doctor = fx.doctor("Farhana Rahman", "Gynaecology", 1000);
    int chamber =
        fx.chamber(
            doctor,
            null,
            "Popular Diagnostic Centre",
            "Dhanmondi",
            WeeklyDays.format(java.util.EnumSet.of(tomorrow.getDayOfWeek())),
            LocalTime.of(17, 0),
            LocalTime.of(18, 0),
            15,
            4);
    int patient = fx.patient("Rahima Begum", "+8801711000001");
    ctx.booking()
        .book(
            BookingRequest.of(
                patient, doctor, chamber, tomorrow, LocalTime.of(17, 15), LocalTime.of(17, 30)));
    show();
    TableView<DoctorDetails> doctors = find("#doctorTable");
    waitUntil(() -> doctors.getItems().size() == 1);
    robot.interact(() -> doctors.getSelectionModel().select(0));
    tab(2);
    DatePicker start = find("#leaveStart");
    robot.interact(() -> start.setValue(tomorrow));
    fill("#leaveReason", "Conference");
    robot.clickOn("#saveLeave");

    TableView<AffectedAppointment> affected = find("#leaveForm #affectedTable");
    waitUntil(() -> affected.getItems().size() == 1);
    assertThat(affected.getItems().get(0).patientName()).isEqualTo("Rahima Begum");
    assertThat(affected.getItems().get(0).serialNumber()).isEqualTo(2);
    TableView<LeaveDetails> leave = find("#leaveTable");
    assertThat(leave.getItems()).as("not saved before the confirmation").isEmpty();
    robot.clickOn("#leaveForm #confirmButton");
    waitUntil(() -> leave.getItems().size() == 1);

    TabPane console = find("#adminTabs");
    robot.interact(() -> console.getSelectionModel().select(1));
    TableView<AffectedAppointment> calls = find("#callTable");
    waitUntil(() -> calls.getItems().size() == 1);
    robot.interact(() -> calls.getSelectionModel().select(0));
    fill("#callNote", "Called, rebooked");
    robot.clickOn("#calledButton");
    waitUntil(() -> calls.getItems().isEmpty());
  }
}
