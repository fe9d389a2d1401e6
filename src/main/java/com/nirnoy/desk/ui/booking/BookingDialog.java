package com.nirnoy.desk.ui.booking;

import com.nirnoy.desk.booking.VisitType;
import com.nirnoy.desk.patient.PatientSummary;
import com.nirnoy.desk.schedule.Slot;
import com.nirnoy.desk.user.Gender;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * The booking dialog: binds {@link BookingFormViewModel} to fields; Enter confirms, Esc cancels.
 * Confirm stays open on a conflict, showing the message and the next free slots to pick.
 */
public final class BookingDialog {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm");

  private BookingDialog() {}

  /** Opens the dialog for {@code slot}; {@code refresh} runs after a booking or a conflict. */
  public static void show(
      Window owner, BookingFormViewModel vm, Slot slot, BigDecimal[] fees, Runnable refresh) {
    if (vm == null || slot == null || fees[0] == null) {
      return;
    }
    vm.open(slot, fees[0], fees[1] == null ? fees[0] : fees[1]);
    Dialog<ButtonType> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle("Book an appointment");
    dialog
        .headerTextProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    vm.slotProperty().get() == null
                        ? ""
                        : vm.slotProperty().get().chamberName()
                            + "  ·  serial "
                            + vm.slotProperty().get().serial()
                            + "  ·  "
                            + WHEN.format(
                                vm.slotProperty()
                                    .get()
                                    .date()
                                    .atTime(vm.slotProperty().get().start())),
                vm.slotProperty()));
    GridPane form = new GridPane();
    form.setHgap(8);
    form.setVgap(6);
    TextField phone = field("phoneField", vm.phoneProperty());
    phone.setPromptText("01711-000001");
    ListView<PatientSummary> matches = new ListView<>(vm.matches());
    matches.setId("patientMatches");
    matches.setPrefHeight(90);
    matches.setCellFactory(
        l ->
            new ListCell<>() {
              @Override
              protected void updateItem(PatientSummary p, boolean empty) {
                super.updateItem(p, empty);
                setText(
                    empty || p == null
                        ? null
                        : p.name()
                            + (p.gender() == null ? "" : " (" + p.gender().name().charAt(0) + ")"));
              }
            });
    matches
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, a, p) -> {
              if (p != null) {
                vm.selectedProperty().set(p);
              }
            });
    NewPatientForm np = vm.newPatient();
    TextField name = field("nameField", np.name());
    ComboBox<Gender> gender =
        new ComboBox<>(javafx.collections.FXCollections.observableArrayList(Gender.values()));
    gender.setId("genderBox");
    gender.valueProperty().bindBidirectional(np.gender());
    TextField age = field("ageField", np.age());
    ComboBox<VisitType> type =
        new ComboBox<>(javafx.collections.FXCollections.observableArrayList(VisitType.values()));
    type.setId("visitTypeBox");
    type.valueProperty().bindBidirectional(vm.visitTypeProperty());
    Label fee = new Label();
    fee.textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    vm.feeProperty().get() == null
                        ? ""
                        : "Tk " + vm.feeProperty().get().toBigInteger(),
                vm.feeProperty()));
    TextField notes = field("notesField", vm.notesProperty());
    Label conflict = error(vm.conflictProperty());
    conflict.setId("conflictLabel");
    conflict.setWrapText(true);
    conflict.setMaxWidth(460);
    ListView<Slot> alternatives = new ListView<>(vm.alternatives());
    alternatives.setId("alternatives");
    alternatives.setPrefHeight(80);
    alternatives.visibleProperty().bind(Bindings.isNotEmpty(vm.alternatives()));
    alternatives.setCellFactory(
        l ->
            new ListCell<>() {
              @Override
              protected void updateItem(Slot s, boolean empty) {
                super.updateItem(s, empty);
                setText(
                    empty || s == null
                        ? null
                        : WHEN.format(s.date().atTime(s.start()))
                            + "  ·  "
                            + s.chamberName()
                            + "  ·  serial "
                            + s.serial());
              }
            });
    alternatives.setOnMouseClicked(
        e -> {
          if (alternatives.getSelectionModel().getSelectedItem() != null) {
            vm.choose(alternatives.getSelectionModel().getSelectedItem());
          }
        });
    int row = 0;
    form.addRow(row++, new Label("Phone"), phone, error(vm.phoneErrorProperty()));
    form.addRow(row++, new Label("Patients on this phone"), matches);
    form.addRow(row++, new Label("New patient: name"), name, error(np.nameError()));
    form.addRow(row++, new Label("Sex"), gender);
    form.addRow(row++, new Label("Age (years)"), age, error(np.ageError()));
    form.addRow(row++, new Label("Visit"), type, fee);
    form.addRow(row++, new Label("Notes"), notes);
    form.add(conflict, 0, row++, 3, 1);
    form.add(alternatives, 0, row, 3, 1);
    dialog.getDialogPane().setContent(form);
    dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    var ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
    ok.setId("confirmBooking");
    ok.disableProperty().bind(vm.validBinding().not());
    ok.addEventFilter(
        ActionEvent.ACTION,
        e -> {
          e.consume(); // close only once the database said yes
          vm.confirm(
              booked -> {
                refresh.run();
                dialog.setResult(ButtonType.OK);
                dialog.close();
              },
              refresh);
        });
    phone.requestFocus();
    dialog.show();
  }

  private static TextField field(String id, javafx.beans.property.StringProperty p) {
    TextField f = new TextField();
    f.setId(id);
    f.textProperty().bindBidirectional(p);
    return f;
  }

  private static Label error(javafx.beans.value.ObservableStringValue text) {
    Label l = new Label();
    l.getStyleClass().add("danger");
    l.textProperty().bind(text);
    return l;
  }
}
