package com.nirnoy.desk.ui.admin;

import com.nirnoy.desk.doctor.DoctorDetails;
import com.nirnoy.desk.doctor.DoctorStatus;
import com.nirnoy.desk.ui.Columns;
import com.nirnoy.desk.ui.FormState;
import com.nirnoy.desk.user.Gender;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * Binds Doctors.fxml: the doctor list (with search) and the doctor form to {@link AdminViewModel};
 * the selected doctor's chambers (with their weekly sessions), leave and history are included
 * screens bound here to the same ViewModel.
 */
public final class DoctorsView {
  @FXML private TextField doctorSearch;
  @FXML private Button newDoctorButton;
  @FXML private TableView<DoctorDetails> doctorTable;
  @FXML private TableColumn<DoctorDetails, String> doctorNameColumn;
  @FXML private TableColumn<DoctorDetails, String> doctorBmdcColumn;
  @FXML private TableColumn<DoctorDetails, String> doctorSpecialtyColumn;
  @FXML private TableColumn<DoctorDetails, String> doctorFeeColumn;
  @FXML private TableColumn<DoctorDetails, String> doctorStatusColumn;
  @FXML private TabPane doctorTabs;
  @FXML private Tab detailsTab;
  @FXML private Tab chambersTab;
  @FXML private Tab leaveTab;
  @FXML private Tab historyTab;
  @FXML private VBox doctorForm;
  @FXML private Label doctorHeading;
  @FXML private TextField doctorNameEn;
  @FXML private Label doctorNameEnError;
  @FXML private TextField doctorNameBn;
  @FXML private Label doctorNameBnError;
  @FXML private TextField doctorTitle;
  @FXML private Label doctorTitleError;
  @FXML private ComboBox<Gender> doctorGender;
  @FXML private Label doctorGenderError;
  @FXML private TextField doctorSpecialty;
  @FXML private Label doctorSpecialtyError;
  @FXML private TextField doctorBmdc;
  @FXML private Label doctorBmdcError;
  @FXML private TextField doctorPhone;
  @FXML private Label doctorPhoneError;
  @FXML private ComboBox<DoctorStatus> doctorStatus;
  @FXML private Label doctorStatusError;
  @FXML private TextField doctorExperience;
  @FXML private Label doctorExperienceError;
  @FXML private TextField doctorFee;
  @FXML private Label doctorFeeError;
  @FXML private TextField doctorFollowUpFee;
  @FXML private Label doctorFollowUpFeeError;
  @FXML private TextField doctorReportFee;
  @FXML private Label doctorReportFeeError;
  @FXML private CheckBox doctorAcceptNew;
  @FXML private Button saveDoctor;
  @FXML private Button cancelDoctor;
  @FXML private Label doctorMessage;
  @FXML private StrandedView doctorStrandedController;
  @FXML private ChambersView chambersController;
  private com.nirnoy.desk.ui.ViewScope scope;
  @FXML private LeaveView leaveController;
  @FXML private HistoryView historyController;

  public void bind(AdminViewModel vm, AdminWords w, com.nirnoy.desk.ui.ViewScope scope) {
    this.scope = scope;
    bindList(vm, w);
    bindForm(vm, w);
    var none = vm.selectedProperty().isNull();
    for (Tab t : new Tab[] {chambersTab, leaveTab, historyTab}) {
      t.disableProperty().bind(none); // a new doctor is saved before it gets chambers
    }
    chambersController.bind(vm.chambers(), w, scope);
    leaveController.bind(vm.leave(), w);
    historyController.bind(vm.history(), w);
  }

  private void bindList(AdminViewModel vm, AdminWords w) {
    doctorSearch.textProperty().bindBidirectional(vm.doctorSearchProperty());
    boolean bangla = w.texts().isBangla();
    Columns.text(doctorNameColumn, d -> d.displayName(bangla));
    Columns.text(doctorBmdcColumn, d -> Typed.text(d.bmdcNumber()));
    Columns.text(doctorSpecialtyColumn, DoctorDetails::specialty);
    Columns.text(doctorFeeColumn, d -> w.fee(d.fee()));
    Columns.text(doctorStatusColumn, d -> w.status(d.status()));
    doctorTable.setItems(vm.shownDoctors());
    doctorTable
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, a, d) -> {
              if (d != null) {
                vm.selectedProperty().set(d);
              }
            });
    // the list is read again after every save: keep the chosen doctor chosen
    scope.listen(
        vm.shownDoctors(),
        (javafx.collections.ListChangeListener<DoctorDetails>) c -> reselect(vm));
    scope.listen(vm.selectedProperty(), (o, a, d) -> reselect(vm));
    newDoctorButton.setOnAction(
        e -> {
          vm.newDoctor();
          doctorTabs.getSelectionModel().select(detailsTab);
          doctorNameEn.requestFocus();
        });
  }

  private void reselect(AdminViewModel vm) {
    DoctorDetails d = vm.selectedProperty().get();
    if (d == null) {
      doctorTable.getSelectionModel().clearSelection();
      return;
    }
    vm.shownDoctors().stream()
        .filter(x -> x.id() == d.id())
        .findFirst()
        .ifPresent(x -> doctorTable.getSelectionModel().select(x));
  }

  private void bindForm(AdminViewModel vm, AdminWords w) {
    DoctorEditorViewModel d = vm.doctor();
    FormState f = d.form();
    doctorHeading
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    vm.selectedProperty().get() == null
                        ? w.word("doctor.heading.new")
                        : vm.selectedProperty().get().displayName(w.texts().isBangla()),
                vm.selectedProperty()));
    Forms.field(doctorNameEn, d.nameEnProperty(), doctorNameEnError, f, "nameEn");
    Forms.field(doctorNameBn, d.nameBnProperty(), doctorNameBnError, f, "nameBn");
    Forms.field(doctorTitle, d.titleProperty(), doctorTitleError, f, "title");
    doctorGender.getItems().setAll(Gender.values());
    doctorGender.setConverter(AdminWords.shown(w::gender));
    doctorGender.valueProperty().bindBidirectional(d.genderProperty());
    Forms.error(doctorGenderError, f, "gender");
    Forms.field(doctorSpecialty, d.specialtyProperty(), doctorSpecialtyError, f, "specialty");
    Forms.field(doctorBmdc, d.bmdcNumberProperty(), doctorBmdcError, f, "bmdcNumber");
    Forms.field(doctorPhone, d.phoneProperty(), doctorPhoneError, f, "phone");
    doctorStatus.getItems().setAll(DoctorStatus.values());
    doctorStatus.setConverter(AdminWords.shown(w::status));
    doctorStatus.valueProperty().bindBidirectional(d.statusProperty());
    Forms.error(doctorStatusError, f, "status");
    Forms.field(
        doctorExperience, d.experienceYearsProperty(), doctorExperienceError, f, "experienceYears");
    Forms.field(doctorFee, d.feeProperty(), doctorFeeError, f, "fee");
    Forms.field(
        doctorFollowUpFee, d.followUpFeeProperty(), doctorFollowUpFeeError, f, "followUpFee");
    Forms.field(doctorReportFee, d.reportFeeProperty(), doctorReportFeeError, f, "reportFee");
    doctorAcceptNew.selectedProperty().bindBidirectional(d.acceptNewPatientsProperty());
    Forms.saveAndCancel(doctorForm, f, saveDoctor, vm::saveDoctor, cancelDoctor, d::cancel);
    Forms.message(doctorMessage, f);
    doctorStrandedController.bind(f, w.texts());
  }
}
