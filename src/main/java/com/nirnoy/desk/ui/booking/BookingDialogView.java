package com.nirnoy.desk.ui.booking;

import com.nirnoy.desk.booking.VisitType;
import com.nirnoy.desk.patient.PatientSummary;
import com.nirnoy.desk.schedule.Slot;
import com.nirnoy.desk.ui.Texts;
import com.nirnoy.desk.user.Gender;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/**
 * Binds BookingDialog.fxml to {@link BookingFormViewModel}: phone (the family on it), or a new
 * patient inline, visit type and fee, notes; a conflict shows the holder and the next free slots.
 */
public final class BookingDialogView {
  @FXML private DialogPane pane;
  @FXML private TextField phoneField;
  @FXML private Label phoneError;
  @FXML private ListView<PatientSummary> patientMatches;
  @FXML private CheckBox newPatientBox;
  @FXML private TextField nameField;
  @FXML private Label nameError;
  @FXML private ComboBox<Gender> genderBox;
  @FXML private TextField ageField;
  @FXML private DatePicker dobPicker;
  @FXML private Label ageError;
  @FXML private ComboBox<VisitType> visitTypeBox;
  @FXML private Label feeLabel;
  @FXML private TextField notesField;
  @FXML private Label conflictLabel;
  @FXML private ListView<Slot> alternatives;

  public void bind(BookingFormViewModel vm, Texts t) {
    pane.headerTextProperty()
        .bind(
            Bindings.createStringBinding(
                () -> vm.slotProperty().get() == null ? "" : t.slot(vm.slotProperty().get()),
                vm.slotProperty()));
    phoneField.textProperty().bindBidirectional(vm.phoneProperty());
    phoneError.textProperty().bind(vm.phoneErrorProperty());
    patientMatches.setItems(vm.matches());
    patientMatches.setCellFactory(l -> cell(p -> describe(p, t)));
    patientMatches
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, a, p) -> {
              if (p != null) {
                vm.registeringProperty().set(false);
                vm.selectedProperty().set(p);
              }
            });
    vm.selectedProperty().addListener((o, a, p) -> patientMatches.getSelectionModel().select(p));
    newPatientBox.selectedProperty().bindBidirectional(vm.registeringProperty());
    NewPatientForm np = vm.newPatient();
    for (var node : new javafx.scene.Node[] {nameField, genderBox, ageField, dobPicker}) {
      node.disableProperty().bind(vm.registeringProperty().not());
    }
    nameField.textProperty().bindBidirectional(np.name());
    nameError.textProperty().bind(np.nameError());
    genderBox.getItems().setAll(Gender.values());
    genderBox.setConverter(converter(g -> t.get("gender." + g.name())));
    genderBox.valueProperty().bindBidirectional(np.gender());
    ageField.textProperty().bindBidirectional(np.age());
    dobPicker.setConverter(t.dateConverter());
    dobPicker.valueProperty().bindBidirectional(np.dateOfBirth());
    ageError.textProperty().bind(np.ageError());
    visitTypeBox.getItems().setAll(VisitType.values());
    visitTypeBox.setConverter(converter(v -> t.get("visit." + v.name())));
    visitTypeBox.valueProperty().bindBidirectional(vm.visitTypeProperty());
    feeLabel
        .textProperty()
        .bind(Bindings.createStringBinding(() -> t.fee(vm.feeProperty().get()), vm.feeProperty()));
    notesField.textProperty().bindBidirectional(vm.notesProperty());
    conflictLabel.textProperty().bind(vm.conflictProperty());
    alternatives.setItems(vm.alternatives());
    alternatives.setCellFactory(l -> cell(t::slot));
    alternatives.visibleProperty().bind(Bindings.isNotEmpty(vm.alternatives()));
    alternatives.managedProperty().bind(alternatives.visibleProperty());
    alternatives.setOnMouseClicked(
        e -> {
          if (alternatives.getSelectionModel().getSelectedItem() != null) {
            vm.choose(alternatives.getSelectionModel().getSelectedItem());
          }
        });
    javafx.application.Platform.runLater(phoneField::requestFocus); // once the dialog is up
  }

  /** Name, then "family member" for anyone but the account holder, sex and year of birth. */
  private static String describe(PatientSummary p, Texts t) {
    StringBuilder s = new StringBuilder(p.name());
    if (!p.accountHolder()) {
      s.append("  ·  ").append(t.get("booking.family.member"));
    }
    if (p.gender() != null) {
      s.append("  ·  ").append(t.get("gender." + p.gender().name()));
    }
    if (p.dateOfBirth() != null) {
      s.append("  ·  ").append(t.get("patient.born", t.number(p.dateOfBirth().getYear())));
    }
    return s.toString();
  }

  private static <T> ListCell<T> cell(Function<T, String> text) {
    return new ListCell<>() {
      @Override
      protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : text.apply(item));
      }
    };
  }

  private static <T> StringConverter<T> converter(Function<T, String> text) {
    return new StringConverter<>() {
      @Override
      public String toString(T item) {
        return item == null ? "" : text.apply(item);
      }

      @Override
      public T fromString(String s) {
        return null;
      }
    };
  }
}
