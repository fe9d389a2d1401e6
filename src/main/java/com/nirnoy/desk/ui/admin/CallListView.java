package com.nirnoy.desk.ui.admin;

import com.nirnoy.desk.stranded.AffectedAppointment;
import com.nirnoy.desk.ui.Columns;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/**
 * Binds CallList.fxml (patients whose appointments a change stranded, with phones) to {@link
 * CallListViewModel}: "Called / rebooked" takes the selected one off with the typed note.
 */
public final class CallListView {
  @FXML private Button refreshCalls;
  @FXML private TableView<AffectedAppointment> callTable;
  @FXML private TableColumn<AffectedAppointment, String> callPatientColumn;
  @FXML private TableColumn<AffectedAppointment, String> callPhoneColumn;
  @FXML private TableColumn<AffectedAppointment, String> callDoctorColumn;
  @FXML private TableColumn<AffectedAppointment, String> callDateColumn;
  @FXML private TableColumn<AffectedAppointment, String> callTimeColumn;
  @FXML private TableColumn<AffectedAppointment, String> callSerialColumn;
  @FXML private TableColumn<AffectedAppointment, String> callReasonColumn;
  @FXML private TextField callNote;
  @FXML private Button calledButton;
  @FXML private Label callError;

  public void bind(CallListViewModel vm, AdminWords w) {
    StrandedView.columns(
        w.texts(),
        callPatientColumn,
        callPhoneColumn,
        callDateColumn,
        callTimeColumn,
        callSerialColumn);
    Columns.text(callDoctorColumn, a -> a.doctorName(w.texts().isBangla()));
    Columns.text(callReasonColumn, a -> Typed.text(a.reason()));
    callTable.setItems(vm.toCall());
    callNote.textProperty().bindBidirectional(vm.noteProperty());
    callError.textProperty().bind(vm.errorProperty());
    calledButton
        .disableProperty()
        .bind(callTable.getSelectionModel().selectedItemProperty().isNull());
    calledButton.setOnAction(e -> called(vm));
    callNote.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER && !calledButton.isDisabled()) {
            called(vm);
          }
        });
    refreshCalls.setOnAction(e -> vm.load());
  }

  private void called(CallListViewModel vm) {
    AffectedAppointment a = callTable.getSelectionModel().getSelectedItem();
    if (a != null) {
      vm.called(a);
    }
  }
}
