package com.nirnoy.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.nirnoy.desk.doctor.DoctorListing;
import com.nirnoy.desk.ui.schedule.SlotRow;
import java.nio.file.Path;
import java.time.LocalTime;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole window with staff roles: what a receptionist may not do, and an admin's day one. */
class StaffWindowUiTest {
  @TempDir Path home;
  private DeskWindow window;

  @BeforeEach
  void open() throws Exception {
    window = new DeskWindow().open(home);
  }

  @AfterEach
  void close() throws Exception {
    window.close();
  }

  private void openAdminTab() {
    TabPane tabs = window.find("#tabs");
    window.robot.interact(() -> tabs.getSelectionModel().select(2));
  }

  @Test
  void aReceptionistSeesTheAdminConsoleButIsNotLetChangeTheClinic() throws Exception {
    window.signIn(window.receptionist);

    openAdminTab();

    Node notice = window.find("#adminNotice");
    DeskWindow.waitUntil(notice::isVisible);
    Tab doctors = window.robot.lookup("#adminTabs").queryAs(TabPane.class).getTabs().get(0);
    assertThat(doctors.isDisabled()).isTrue();
    Tab staff = window.robot.lookup("#adminTabs").queryAs(TabPane.class).getTabs().get(2);
    assertThat(staff.isDisabled()).isTrue();
  }

  @Test
  void anAdminAddsADoctorWithAChamberSittingTodayAndTheFrontDeskCanBookIt() throws Exception {
    window.signIn(window.admin);
    openAdminTab();
    Node notice = window.find("#adminNotice");
    assertThat(notice.isVisible()).isFalse();

    window.robot.clickOn("#newDoctorButton");
    set("#doctorNameEn", "Nusrat Jahan");
    ComboBox<com.nirnoy.desk.user.Gender> gender = window.find("#doctorGender");
    window.robot.interact(() -> gender.setValue(com.nirnoy.desk.user.Gender.FEMALE));
    set("#doctorBmdc", "A-5150");
    set("#doctorSpecialty", "Medicine");
    set("#doctorPhone", "01711-515000");
    set("#doctorFee", "900");
    Button save = window.find("#saveDoctor");
    DeskWindow.waitUntil(() -> !save.isDisabled());
    window.robot.interact(save::fire); // the long form may be scrolled past it
    TableView<?> doctors = window.find("#doctorTable");
    DeskWindow.waitUntil(() -> doctors.getSelectionModel().getSelectedItem() != null);

    TabPane doctorTabs = window.find("#doctorTabs");
    window.robot.interact(() -> doctorTabs.getSelectionModel().select(1));
    Button newChamber = window.find("#newChamberButton");
    window.robot.interact(newChamber::fire);
    set("#chamberName", "Ibn Sina");
    set("#chamberAddress", "House 48, Road 9/A");
    set("#chamberArea", "Dhanmondi");
    javafx.scene.control.CheckBox today = window.find("#day-" + window.today.getDayOfWeek());
    window.robot.interact(() -> today.setSelected(true)); // its weekly session: today
    set("#chamberStart", "17:00");
    set("#chamberEnd", "18:00");
    Button saveChamber = window.find("#saveChamber");
    DeskWindow.waitUntil(() -> !saveChamber.isDisabled());
    window.robot.interact(saveChamber::fire);
    TableView<?> chambers = window.find("#chamberTable");
    DeskWindow.waitUntil(() -> chambers.getItems().size() == 1);

    TabPane tabs = window.find("#tabs");
    window.robot.interact(() -> tabs.getSelectionModel().select(0));
    window.robot.clickOn("#searchField").write("nusrat");
    ListView<DoctorListing> list = window.find("#doctorList");
    DeskWindow.waitUntil(() -> list.getItems().size() == 1);
    window.robot.interact(() -> list.getSelectionModel().select(0));
    TableView<SlotRow> slots = window.find("#slotTable");
    DeskWindow.waitUntil(() -> !slots.getItems().isEmpty());
    assertThat(slots.getItems().get(0).slot().start()).isEqualTo(LocalTime.of(17, 0));
    assertThat(slots.getItems()).extracting(SlotRow::stateKey).containsOnly("FREE");
    window.robot.interact(() -> slots.getSelectionModel().select(0));
    Button book = window.find("#bookButton");
    assertThat(book.isDisabled()).as("bookable at the front desk").isFalse();
  }

  private void set(String field, String text) {
    TextField f = window.find(field);
    window.robot.interact(() -> f.setText(text));
  }
}
