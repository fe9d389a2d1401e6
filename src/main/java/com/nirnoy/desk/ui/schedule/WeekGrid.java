package com.nirnoy.desk.ui.schedule;

import com.nirnoy.desk.schedule.SlotState;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The week view: seven columns, each a day's slots (virtualised lists, so a busy week stays quick).
 * Double-click or Enter on a slot opens that day in the day view with the slot selected.
 */
final class WeekGrid {
  private WeekGrid() {}

  static void fill(HBox box, ScheduleViewModel vm, com.nirnoy.desk.ui.ViewScope scope) {
    Runnable draw =
        () -> {
          box.getChildren().clear();
          for (WeekDayColumn day : vm.week()) {
            box.getChildren().add(column(day, vm));
          }
        };
    scope.listen(vm.week(), (ListChangeListener<WeekDayColumn>) c -> draw.run());
    draw.run();
  }

  private static VBox column(WeekDayColumn day, ScheduleViewModel vm) {
    Label title = new Label(day.title());
    title.getStyleClass().add("title-4");
    Label summary = new Label(day.summary());
    summary.getStyleClass().add("text-muted");
    ListView<SlotRow> slots = new ListView<>();
    slots.getItems().setAll(day.rows());
    slots.setId("week-" + day.date());
    slots.setCellFactory(l -> new SlotCell());
    slots.setOnMouseClicked(
        e -> {
          if (e.getClickCount() == 2 && slots.getSelectionModel().getSelectedItem() != null) {
            vm.openInDay(slots.getSelectionModel().getSelectedItem());
          }
        });
    slots.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER && slots.getSelectionModel().getSelectedItem() != null) {
            vm.openInDay(slots.getSelectionModel().getSelectedItem());
          }
        });
    VBox.setVgrow(slots, Priority.ALWAYS);
    VBox column = new VBox(4, title, summary, slots);
    column.setPrefWidth(175);
    column.setMinWidth(150);
    column.getStyleClass().add("week-day");
    return column;
  }

  /**
   * The style class for a slot's state: slot-free, slot-blocked, or the status of the appointment
   * holding it (slot-requested, slot-confirmed, slot-checked-in, slot-in-progress...).
   */
  static String styleOf(SlotRow row) {
    SlotState s = row.slot().state();
    if (s == SlotState.BOOKED) {
      return "slot-" + row.status().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
    return s == SlotState.FREE ? "slot-free" : "slot-blocked";
  }

  /** One slot in a week column: serial and time, then the patient or the state. */
  private static final class SlotCell extends ListCell<SlotRow> {
    @Override
    protected void updateItem(SlotRow row, boolean empty) {
      super.updateItem(row, empty);
      getStyleClass().removeIf(c -> c.startsWith("slot-"));
      if (empty || row == null) {
        setText(null);
        setTooltip(null);
        return;
      }
      getStyleClass().add(styleOf(row));
      setTooltip(new javafx.scene.control.Tooltip(row.chamber()));
      setText(
          row.serial()
              + "  "
              + row.time()
              + "\n"
              + (row.patient().isEmpty() ? row.state() : row.patient() + " · " + row.state()));
    }
  }
}
