package com.nirnoy.desk.ui.admin;

import com.nirnoy.desk.staff.StaffMember;
import com.nirnoy.desk.ui.Columns;
import com.nirnoy.desk.ui.FormState;
import com.nirnoy.desk.user.Role;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * Binds Staff.fxml (accounts; add a receptionist or admin; reset a password; deactivate and
 * reactivate) to {@link StaffAccountsViewModel}.
 */
public final class StaffView {
  @FXML private TableView<StaffMember> staffTable;
  @FXML private TableColumn<StaffMember, String> staffNameColumn;
  @FXML private TableColumn<StaffMember, String> staffPhoneColumn;
  @FXML private TableColumn<StaffMember, String> staffEmailColumn;
  @FXML private TableColumn<StaffMember, String> staffRoleColumn;
  @FXML private TableColumn<StaffMember, String> staffActiveColumn;
  @FXML private PasswordField newPassword;
  @FXML private Label newPasswordError;
  @FXML private Button resetPasswordButton;
  @FXML private Button deactivateButton;
  @FXML private Button reactivateButton;
  @FXML private VBox staffForm;
  @FXML private TextField staffName;
  @FXML private Label staffNameError;
  @FXML private TextField staffPhone;
  @FXML private Label staffPhoneError;
  @FXML private TextField staffEmail;
  @FXML private Label staffEmailError;
  @FXML private ComboBox<Role> staffRole;
  @FXML private Label staffRoleError;
  @FXML private PasswordField staffPassword;
  @FXML private Label staffPasswordError;
  @FXML private Button addStaffButton;
  @FXML private Label staffMessage;

  public void bind(StaffAccountsViewModel vm, AdminWords w) {
    Columns.text(staffNameColumn, StaffMember::name);
    Columns.text(staffPhoneColumn, m -> Typed.text(m.phone()));
    Columns.text(staffEmailColumn, m -> Typed.text(m.email()));
    Columns.text(staffRoleColumn, m -> w.role(m.role()));
    Columns.text(staffActiveColumn, m -> w.yesNo(m.active()));
    staffTable.setItems(vm.accounts());
    vm.selectedProperty().bind(staffTable.getSelectionModel().selectedItemProperty());
    FormState f = vm.form();
    var none = vm.selectedProperty().isNull().or(f.busyProperty());
    newPassword.textProperty().bindBidirectional(vm.newPasswordProperty());
    newPasswordError.textProperty().bind(vm.newPasswordErrorProperty());
    newPasswordError.getStyleClass().add("danger");
    resetPasswordButton
        .disableProperty()
        .bind(
            none.or(vm.newPasswordProperty().isEmpty())
                .or(vm.newPasswordErrorProperty().isNotEmpty()));
    resetPasswordButton.setOnAction(e -> vm.resetPassword());
    deactivateButton.disableProperty().bind(none);
    reactivateButton.disableProperty().bind(none);
    deactivateButton.setOnAction(e -> vm.deactivate());
    reactivateButton.setOnAction(e -> vm.reactivate());
    Forms.field(staffName, vm.nameProperty(), staffNameError, f, "name");
    Forms.field(staffPhone, vm.phoneProperty(), staffPhoneError, f, "phone");
    Forms.field(staffEmail, vm.emailProperty(), staffEmailError, f, "email");
    Forms.field(staffPassword, vm.passwordProperty(), staffPasswordError, f, "password");
    staffRole.getItems().setAll(Role.RECEPTIONIST, Role.ADMIN);
    staffRole.setConverter(AdminWords.shown(w::role));
    staffRole.valueProperty().bindBidirectional(vm.roleProperty());
    Forms.error(staffRoleError, f, "role");
    Forms.enterSaves(staffForm, f, addStaffButton, vm::add);
    Forms.message(staffMessage, f);
  }
}
