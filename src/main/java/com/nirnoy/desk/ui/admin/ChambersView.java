package com.nirnoy.desk.ui.admin;

import com.nirnoy.desk.chamber.ChamberDetails;
import com.nirnoy.desk.ui.Columns;
import com.nirnoy.desk.ui.FormState;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * Binds Chambers.fxml (the doctor's chambers and a form for one) to {@link ChamberEditorViewModel}.
 */
public final class ChambersView {
  @FXML private Button newChamberButton;
  @FXML private TableView<ChamberDetails> chamberTable;
  @FXML private TableColumn<ChamberDetails, String> chamberNameColumn;
  @FXML private TableColumn<ChamberDetails, String> chamberAddressColumn;
  @FXML private TableColumn<ChamberDetails, String> chamberAreaColumn;
  @FXML private TableColumn<ChamberDetails, String> chamberCityColumn;
  @FXML private TableColumn<ChamberDetails, String> chamberPhoneColumn;
  @FXML private TableColumn<ChamberDetails, String> chamberActiveColumn;
  @FXML private VBox chamberForm;
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
  @FXML private CheckBox chamberActive;
  @FXML private Button saveChamber;
  @FXML private Button cancelChamber;
  @FXML private Label chamberMessage;
  @FXML private StrandedView chamberStrandedController;

  public void bind(ChamberEditorViewModel vm, AdminWords w) {
    Columns.text(chamberNameColumn, ChamberDetails::name);
    Columns.text(chamberAddressColumn, ChamberDetails::address);
    Columns.text(chamberAreaColumn, ChamberDetails::area);
    Columns.text(chamberCityColumn, ChamberDetails::city);
    Columns.text(chamberPhoneColumn, c -> Typed.text(c.phone()));
    Columns.text(chamberActiveColumn, c -> w.yesNo(c.active()));
    chamberTable.setItems(vm.chambers());
    Forms.editsChosenRow(chamberTable, vm::edit, newChamberButton, chamberName);
    FormState f = vm.form();
    Forms.field(chamberName, vm.nameProperty(), chamberNameError, f, "name");
    Forms.field(chamberAddress, vm.addressProperty(), chamberAddressError, f, "address");
    Forms.field(chamberArea, vm.areaProperty(), chamberAreaError, f, "area");
    Forms.field(chamberCity, vm.cityProperty(), chamberCityError, f, "city");
    Forms.field(chamberPhone, vm.phoneProperty(), chamberPhoneError, f, "phone");
    chamberActive.selectedProperty().bindBidirectional(vm.activeProperty());
    Forms.saveAndCancel(chamberForm, f, saveChamber, vm::save, cancelChamber, vm::cancel);
    Forms.message(chamberMessage, f);
    chamberStrandedController.bind(f, w.texts());
  }
}
