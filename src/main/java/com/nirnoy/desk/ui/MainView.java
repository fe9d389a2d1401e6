package com.nirnoy.desk.ui;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Binds Main.fxml to {@link MainViewModel}; nothing else. */
public final class MainView {
  @FXML private Label dayLabel;
  @FXML private Label connectionLabel;
  @FXML private Label statusLabel;
  @FXML private ProgressIndicator busyIndicator;
  @FXML private Button previousDay;
  @FXML private Button nextDay;
  @FXML private Button refresh;
  @FXML private TableView<AppointmentRow> appointments;
  @FXML private TableColumn<AppointmentRow, String> chamberColumn;
  @FXML private TableColumn<AppointmentRow, String> doctorColumn;
  @FXML private TableColumn<AppointmentRow, String> serialColumn;
  @FXML private TableColumn<AppointmentRow, String> timeColumn;
  @FXML private TableColumn<AppointmentRow, String> patientColumn;
  @FXML private TableColumn<AppointmentRow, String> statusColumn;

  void bind(MainViewModel vm) {
    dayLabel.textProperty().bind(vm.dayLabelProperty());
    connectionLabel.textProperty().bind(vm.connectionProperty());
    statusLabel.textProperty().bind(vm.statusProperty());
    busyIndicator.visibleProperty().bind(vm.busyProperty());
    previousDay.disableProperty().bind(vm.readyProperty().not());
    nextDay.disableProperty().bind(vm.readyProperty().not());
    refresh.disableProperty().bind(vm.readyProperty().not());
    previousDay.setOnAction(e -> vm.previousDay());
    nextDay.setOnAction(e -> vm.nextDay());
    refresh.setOnAction(e -> vm.reload());
    chamberColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().chamber()));
    doctorColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().doctor()));
    serialColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().serial()));
    timeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().time()));
    patientColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().patient()));
    statusColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().status()));
    appointments.setItems(vm.rows());
  }
}
