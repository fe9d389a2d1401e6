package com.nirnoy.desk.ui.reschedule;

import com.nirnoy.desk.schedule.Slot;
import javafx.fxml.FXML;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;

/** Binds RescheduleDialog.fxml to {@link RescheduleViewModel}; nothing else. */
public final class RescheduleDialogView {
  @FXML private DialogPane pane;
  @FXML private DatePicker datePicker;
  @FXML private ProgressIndicator busy;
  @FXML private ListView<Slot> freeSlots;
  @FXML private Label message;

  public void bind(RescheduleViewModel vm, com.nirnoy.desk.ui.Texts t) {
    pane.setHeaderText(vm.heading());
    datePicker.setConverter(t.dateConverter());
    datePicker.valueProperty().bindBidirectional(vm.dateProperty());
    datePicker.disableProperty().bind(vm.savingProperty());
    busy.visibleProperty().bind(vm.busyProperty());
    freeSlots.setItems(vm.freeSlots());
    freeSlots.setCellFactory(
        l ->
            new ListCell<>() {
              @Override
              protected void updateItem(Slot s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : vm.describe(s));
              }
            });
    freeSlots
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((o, a, s) -> vm.chosenProperty().set(s));
    vm.chosenProperty()
        .addListener(
            (o, a, s) -> {
              if (s == null) {
                freeSlots.getSelectionModel().clearSelection();
              }
            });
    message.textProperty().bind(vm.messageProperty());
    freeSlots.setOnKeyPressed(
        e -> {
          if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
            confirm();
          }
        });
    freeSlots.setOnMouseClicked(
        e -> {
          if (e.getClickCount() == 2) {
            confirm();
          }
        });
    javafx.application.Platform.runLater(freeSlots::requestFocus); // once the dialog is up
  }

  /** Enter or a double-click on a slot confirms, like the OK button. */
  private void confirm() {
    var ok = (javafx.scene.control.Button) pane.lookupButton(javafx.scene.control.ButtonType.OK);
    if (ok != null && !ok.isDisabled()) {
      ok.fire();
    }
  }
}
