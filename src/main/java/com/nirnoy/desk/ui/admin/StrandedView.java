package com.nirnoy.desk.ui.admin;

import com.nirnoy.desk.stranded.AffectedAppointment;
import com.nirnoy.desk.ui.Columns;
import com.nirnoy.desk.ui.FormState;
import com.nirnoy.desk.ui.Texts;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/**
 * Binds Stranded.fxml, the patients a change would strand (or has marked), to a form's {@link
 * FormState}: Confirm saves the change, Back returns to editing. Included by every admin form.
 */
public final class StrandedView {
  @FXML private VBox strandedPane;
  @FXML private TableView<AffectedAppointment> affectedTable;
  @FXML private TableColumn<AffectedAppointment, String> affectedPatient;
  @FXML private TableColumn<AffectedAppointment, String> affectedPhone;
  @FXML private TableColumn<AffectedAppointment, String> affectedDate;
  @FXML private TableColumn<AffectedAppointment, String> affectedTime;
  @FXML private TableColumn<AffectedAppointment, String> affectedSerial;
  @FXML private TableColumn<AffectedAppointment, String> affectedChamber;
  @FXML private Button confirmButton;
  @FXML private Button backButton;

  public void bind(FormState form, Texts t) {
    columns(t, affectedPatient, affectedPhone, affectedDate, affectedTime, affectedSerial);
    Columns.text(affectedChamber, AffectedAppointment::chamberName);
    affectedTable.setItems(form.affected());
    strandedPane.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(form.affected()));
    strandedPane.managedProperty().bind(strandedPane.visibleProperty());
    confirmButton.visibleProperty().bind(form.confirmNeededProperty());
    confirmButton.disableProperty().bind(form.busyProperty());
    backButton.visibleProperty().bind(form.confirmNeededProperty());
    confirmButton.setOnAction(e -> form.confirm());
    backButton.setOnAction(e -> form.cancelConfirm());
  }

  /** Patient, phone, date, time and serial of an affected appointment (also the call list's). */
  static void columns(
      Texts t,
      TableColumn<AffectedAppointment, String> patient,
      TableColumn<AffectedAppointment, String> phone,
      TableColumn<AffectedAppointment, String> date,
      TableColumn<AffectedAppointment, String> time,
      TableColumn<AffectedAppointment, String> serial) {
    Columns.text(patient, AffectedAppointment::patientName);
    Columns.text(phone, a -> a.patientPhone() == null ? "" : a.patientPhone());
    Columns.text(date, a -> t.day(a.date()));
    Columns.text(time, a -> t.time(a.startTime()));
    Columns.text(serial, a -> a.serialNumber() == null ? "" : t.number(a.serialNumber()));
  }
}
