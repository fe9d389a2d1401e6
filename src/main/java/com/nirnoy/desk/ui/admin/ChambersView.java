package com.nirnoy.desk.ui.admin;

import com.nirnoy.desk.chamber.ChamberDetails;
import com.nirnoy.desk.chamber.ClinicChoice;
import com.nirnoy.desk.ui.Columns;
import com.nirnoy.desk.ui.FormState;
import com.nirnoy.desk.ui.Texts;
import com.nirnoy.desk.ui.ViewScope;
import java.time.DayOfWeek;
import javafx.collections.SetChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * Binds Chambers.fxml (the doctor's chambers, each with its weekly session, and a form for one:
 * place, clinic, weekdays, hours, serials and fee overrides) to {@link ChamberEditorViewModel}; an
 * overlap refusal is the form's message.
 */
public final class ChambersView {
  @FXML private Button newChamberButton;
  @FXML private TableView<ChamberDetails> chamberTable;
  @FXML private TableColumn<ChamberDetails, String> chamberNameColumn;
  @FXML private TableColumn<ChamberDetails, String> chamberAreaColumn;
  @FXML private TableColumn<ChamberDetails, String> chamberDaysColumn;
  @FXML private TableColumn<ChamberDetails, String> chamberTimeColumn;
  @FXML private TableColumn<ChamberDetails, String> chamberSlotColumn;
  @FXML private TableColumn<ChamberDetails, String> chamberMaxColumn;
  @FXML private TableColumn<ChamberDetails, String> chamberFeeColumn;
  @FXML private TableColumn<ChamberDetails, String> chamberActiveColumn;
  @FXML private VBox chamberForm;
  @FXML private ComboBox<ClinicChoice> chamberClinic;
  @FXML private Button noClinic;
  @FXML private TextField chamberName;
  @FXML private Label chamberNameError;
  @FXML private TextField chamberAddress;
  @FXML private Label chamberAddressError;
  @FXML private TextField chamberArea;
  @FXML private Label chamberAreaError;
  @FXML private TextField chamberCity;
  @FXML private Label chamberCityError;
  @FXML private TextField chamberPhone;
  @FXML private Label chamberPhoneError;
  @FXML private FlowPane chamberDays;
  @FXML private Label chamberDaysError;
  @FXML private TextField chamberStart;
  @FXML private Label chamberStartError;
  @FXML private TextField chamberEnd;
  @FXML private Label chamberEndError;
  @FXML private TextField chamberSlotMinutes;
  @FXML private Label chamberSlotMinutesError;
  @FXML private TextField chamberMaxPatients;
  @FXML private Label chamberMaxPatientsError;
  @FXML private TextField chamberFee;
  @FXML private Label chamberFeeError;
  @FXML private TextField chamberFollowUpFee;
  @FXML private Label chamberFollowUpFeeError;
  @FXML private TextField chamberReportFee;
  @FXML private Label chamberReportFeeError;
  @FXML private CheckBox chamberActive;
  @FXML private Button saveChamber;
  @FXML private Button cancelChamber;
  @FXML private Label chamberMessage;
  @FXML private StrandedView chamberStrandedController;

  public void bind(ChamberEditorViewModel vm, AdminWords w, ViewScope scope) {
    Texts t = w.texts();
    Columns.text(chamberNameColumn, ChamberDetails::name);
    Columns.text(chamberAreaColumn, ChamberDetails::area);
    Columns.text(chamberDaysColumn, c -> w.days(c.days()));
    Columns.text(chamberTimeColumn, c -> t.timeRange(c.start(), c.end()));
    Columns.text(chamberSlotColumn, c -> t.number(c.slotMinutes()));
    Columns.text(chamberMaxColumn, c -> c.maxPatients() == null ? "" : t.number(c.maxPatients()));
    Columns.text(chamberFeeColumn, c -> w.fee(c.fees().consultationFee()));
    Columns.text(chamberActiveColumn, c -> w.yesNo(c.active()));
    chamberTable.setItems(vm.chambers());
    Forms.editsChosenRow(chamberTable, vm::edit, newChamberButton, chamberName);
    FormState f = vm.form();
    chamberClinic.setItems(vm.clinicChoices());
    chamberClinic.setConverter(
        AdminWords.shown(c -> c.name() + (c.area() == null ? "" : " (" + c.area() + ")")));
    chamberClinic.valueProperty().bindBidirectional(vm.clinicProperty());
    noClinic.setOnAction(e -> vm.clinicProperty().set(null));
    Forms.field(chamberName, vm.nameProperty(), chamberNameError, f, "name");
    Forms.field(chamberAddress, vm.addressProperty(), chamberAddressError, f, "address");
    Forms.field(chamberArea, vm.areaProperty(), chamberAreaError, f, "area");
    Forms.field(chamberCity, vm.cityProperty(), chamberCityError, f, "city");
    Forms.field(chamberPhone, vm.phoneProperty(), chamberPhoneError, f, "phone");
    days(vm, w, scope);
    Forms.error(chamberDaysError, f, "days");
    Forms.field(chamberStart, vm.startProperty(), chamberStartError, f, "start");
    Forms.field(chamberEnd, vm.endProperty(), chamberEndError, f, "end");
    Forms.field(
        chamberSlotMinutes, vm.slotMinutesProperty(), chamberSlotMinutesError, f, "slotMinutes");
    Forms.field(
        chamberMaxPatients, vm.maxPatientsProperty(), chamberMaxPatientsError, f, "maxPatients");
    Forms.field(chamberFee, vm.consultationFeeProperty(), chamberFeeError, f, "consultationFee");
    Forms.field(
        chamberFollowUpFee, vm.followUpFeeProperty(), chamberFollowUpFeeError, f, "followUpFee");
    Forms.field(
        chamberReportFee, vm.reportCheckFeeProperty(), chamberReportFeeError, f, "reportCheckFee");
    chamberActive.selectedProperty().bindBidirectional(vm.activeProperty());
    Forms.saveAndCancel(chamberForm, f, saveChamber, vm::save, cancelChamber, vm::cancel);
    Forms.message(chamberMessage, f);
    chamberStrandedController.bind(f, t);
  }

  /** One tick box per weekday, Saturday to Friday: the days the chamber sits. */
  private void days(ChamberEditorViewModel vm, AdminWords w, ViewScope scope) {
    chamberDays.getChildren().clear();
    for (DayOfWeek d : AdminWords.WEEK) {
      CheckBox box = new CheckBox(w.day(d));
      box.setId("day-" + d);
      box.setSelected(vm.days().contains(d));
      box.selectedProperty()
          .addListener(
              (o, a, on) -> {
                if (on) {
                  vm.days().add(d);
                } else {
                  vm.days().remove(d);
                }
              });
      scope.listen(
          vm.days(), (SetChangeListener<DayOfWeek>) c -> box.setSelected(vm.days().contains(d)));
      chamberDays.getChildren().add(box);
    }
  }
}
