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

  public void bind(RescheduleViewModel vm) {
    pane.setHeaderText(vm.heading());
    datePicker.valueProperty().bindBidirectional(vm.dateProperty());
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
    freeSlots.requestFocus();
  }
}
