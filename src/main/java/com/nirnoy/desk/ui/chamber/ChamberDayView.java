package com.nirnoy.desk.ui.chamber;

import com.nirnoy.desk.chamber.ChamberPlaces.Place;
import com.nirnoy.desk.ui.AppointmentRow;
import com.nirnoy.desk.ui.Columns;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.StringConverter;

/** Binds ChamberDay.fxml to {@link ChamberDayViewModel}; nothing else. */
public final class ChamberDayView {
  @FXML private ComboBox<Place> placeBox;
  @FXML private ProgressIndicator chamberBusy;
  @FXML private Label chamberSummary;
  @FXML private TableView<AppointmentRow> appointments;
  @FXML private TableColumn<AppointmentRow, String> chamberColumn;
  @FXML private TableColumn<AppointmentRow, String> doctorColumn;
  @FXML private TableColumn<AppointmentRow, String> serialColumn;
  @FXML private TableColumn<AppointmentRow, String> timeColumn;
  @FXML private TableColumn<AppointmentRow, String> patientColumn;
  @FXML private TableColumn<AppointmentRow, String> statusColumn;

  public void bind(ChamberDayViewModel vm, String allPlaces) {
    placeBox.setItems(vm.places());
    placeBox.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Place p) {
            return ChamberDayViewModel.isAll(p)
                ? allPlaces
                : p.name() + (p.area() == null ? "" : ", " + p.area());
          }

          @Override
          public Place fromString(String s) {
            return null;
          }
        });
    placeBox.setValue(vm.placeProperty().get());
    vm.placeProperty().bind(placeBox.valueProperty());
    chamberBusy.visibleProperty().bind(vm.busyProperty());
    chamberSummary.textProperty().bind(vm.summaryProperty());
    Columns.text(chamberColumn, AppointmentRow::chamber);
    Columns.text(doctorColumn, AppointmentRow::doctor);
    Columns.text(serialColumn, AppointmentRow::serial);
    Columns.text(timeColumn, AppointmentRow::time);
    Columns.text(patientColumn, AppointmentRow::patient);
    Columns.text(statusColumn, AppointmentRow::status);
    appointments.setItems(vm.rows());
  }
}
