package com.nirnoy.desk.ui.schedule;

import com.nirnoy.desk.booking.AppointmentStatus;
import com.nirnoy.desk.doctor.DoctorListing;
import com.nirnoy.desk.schedule.Slot;
import com.nirnoy.desk.ui.Columns;
import com.nirnoy.desk.ui.DialogService;
import com.nirnoy.desk.ui.MainViewModel;
import com.nirnoy.desk.ui.PrintOutput;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;

/** Binds Schedule.fxml (day table, week grid, day-of buttons) to {@link ScheduleViewModel}. */
public final class ScheduleView {
  static final String CLINIC = "Nirnoy";
  @FXML private Label scheduleDoctor;
  @FXML private ProgressIndicator scheduleBusy;
  @FXML private ToggleButton dayViewButton;
  @FXML private ToggleButton weekViewButton;
  @FXML private Label serialsLeft;
  @FXML private TableView<SlotRow> slotTable;
  @FXML private TableColumn<SlotRow, String> slotSerialColumn;
  @FXML private TableColumn<SlotRow, String> slotTimeColumn;
  @FXML private TableColumn<SlotRow, String> slotChamberColumn;
  @FXML private TableColumn<SlotRow, String> slotStateColumn;
  @FXML private TableColumn<SlotRow, String> slotPatientColumn;
  @FXML private ScrollPane weekPane;
  @FXML private HBox weekBox;
  @FXML private Button bookButton;
  @FXML private Button walkInButton;
  @FXML private Button confirmRequestButton;
  @FXML private Button checkInButton;
  @FXML private Button startButton;
  @FXML private Button completeButton;
  @FXML private Button noShowButton;
  @FXML private Button rescheduleButton;
  @FXML private Button cancelButton;
  @FXML private Button printSlipButton;
  @FXML private Button printDayButton;
  @FXML private Button historyButton;
  @FXML private Label scheduleMessage;
  private final com.nirnoy.desk.ui.ViewScope scope = new com.nirnoy.desk.ui.ViewScope();
  private ScheduleViewModel vm;
  private MainViewModel main;
  private DialogService dialogs;

  public void bind(ScheduleViewModel s, MainViewModel m, DialogService d, PrintOutput print) {
    this.vm = s;
    this.main = m;
    this.dialogs = d;
    scheduleDoctor
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    s.doctorProperty().get() == null
                        ? m.texts().get().get("schedule.pick.doctor")
                        : m.texts().get().doctor(s.doctorProperty().get()),
                s.doctorProperty(),
                m.texts()));
    scheduleBusy.visibleProperty().bind(s.busyProperty());
    serialsLeft.textProperty().bind(s.serialsLeftProperty());
    scheduleMessage.textProperty().bind(s.messageProperty());
    bindDayTable(s);
    bindWeek(s);
    bindActions(s.actions(), print, m);
  }

  private void bindDayTable(ScheduleViewModel s) {
    Columns.text(slotSerialColumn, SlotRow::serial);
    Columns.text(slotTimeColumn, SlotRow::time);
    Columns.text(slotChamberColumn, SlotRow::chamber);
    Columns.text(slotStateColumn, SlotRow::state);
    Columns.text(slotPatientColumn, SlotRow::patient);
    slotTable.setRowFactory(t -> new StateRow());
    slotTable.setItems(s.rows());
    if (s.selectedProperty().get() != null) {
      slotTable.getSelectionModel().select(s.selectedProperty().get());
    }
    // two-way by hand: the ViewModel re-selects the same slot after every reload
    slotTable
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, a, row) -> {
              if (row != null || !s.rows().isEmpty()) {
                s.selectedProperty().set(row);
              }
            });
    scope.listen(
        s.selectedProperty(),
        (o, a, row) -> {
          if (row != slotTable.getSelectionModel().getSelectedItem()) {
            slotTable.getSelectionModel().select(row);
            slotTable.scrollTo(row);
          }
        });
    slotTable.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER) {
            book();
            e.consume();
          }
        });
    slotTable.setOnMouseClicked(
        e -> {
          if (e.getClickCount() == 2) {
            book();
          }
        });
  }

  private void bindWeek(ScheduleViewModel s) {
    ToggleGroup views = new ToggleGroup();
    dayViewButton.setToggleGroup(views);
    weekViewButton.setToggleGroup(views);
    weekViewButton.setSelected(s.weekViewProperty().get());
    dayViewButton.setSelected(!s.weekViewProperty().get());
    views
        .selectedToggleProperty()
        .addListener(
            (o, a, now) -> {
              if (now == null) {
                a.setSelected(true); // one of the two is always chosen
              } else {
                s.weekViewProperty().set(now == weekViewButton);
              }
            });
    scope.listen(
        s.weekViewProperty(),
        (o, a, week) -> (week ? weekViewButton : dayViewButton).setSelected(true));
    weekPane.visibleProperty().bind(s.weekViewProperty());
    slotTable.visibleProperty().bind(s.weekViewProperty().not());
    WeekGrid.fill(weekBox, s, scope);
  }

  private void bindActions(SlotActions a, PrintOutput print, MainViewModel m) {
    var day = vm.weekViewProperty().or(m.onlineProperty().not()); // week view or offline: none
    var changing = day.or(vm.busyProperty()); // a status change at a time, on fresh rows
    bookButton
        .disableProperty()
        .bind(
            Bindings.createBooleanBinding(
                () -> freeSlot() == null || day.get(), vm.selectedProperty(), day));
    bookButton.setOnAction(e -> book());
    walkInButton.setOnAction(
        e -> a.walkIn(slot -> dialogs.book(m.bookingForm(), slot, vm::reload)));
    walkInButton.disableProperty().bind(vm.doctorProperty().isNull().or(day));
    confirmRequestButton.disableProperty().bind(a.canConfirm().not().or(changing));
    checkInButton.disableProperty().bind(a.can(AppointmentStatus.CHECKED_IN).not().or(changing));
    startButton.disableProperty().bind(a.can(AppointmentStatus.IN_PROGRESS).not().or(changing));
    completeButton.disableProperty().bind(a.can(AppointmentStatus.COMPLETED).not().or(changing));
    noShowButton.disableProperty().bind(a.can(AppointmentStatus.NO_SHOW).not().or(changing));
    cancelButton.disableProperty().bind(a.canCancel().not().or(changing));
    rescheduleButton.disableProperty().bind(a.canMove().not().or(day));
    confirmRequestButton.setOnAction(e -> a.confirm());
    checkInButton.setOnAction(e -> a.checkIn());
    startButton.setOnAction(e -> a.startConsultation());
    completeButton.setOnAction(e -> a.complete());
    noShowButton.setOnAction(e -> a.noShow());
    cancelButton.setOnAction(
        e -> {
          SlotRow r = vm.selectedProperty().get();
          if (r != null && r.slot().appointment() != null) {
            dialogs.cancelReason(r.slot().appointment()).ifPresent(a::cancel);
          }
        });
    rescheduleButton.setOnAction(
        e -> {
          SlotRow r = vm.selectedProperty().get();
          if (r != null && r.slot().appointment() != null) {
            dialogs.reschedule(m.rescheduleForm(), r.slot().appointment(), vm::reload);
          }
        });
    printSlipButton.disableProperty().bind(a.canPrintSlip().not().or(day));
    printSlipButton.setOnAction(e -> a.printSlip(CLINIC, print));
    historyButton.disableProperty().bind(a.canPrintSlip().not().or(day));
    historyButton.setOnAction(
        e -> {
          SlotRow r = vm.selectedProperty().get();
          if (r != null && r.slot().appointment() != null) {
            dialogs.history(m.appointmentHistory(), r.slot().appointment());
          }
        });
    printDayButton.disableProperty().bind(vm.doctorProperty().isNull().or(day));
    printDayButton.setOnAction(
        e -> {
          DoctorListing d = doctor();
          if (d != null) {
            a.printDayList(CLINIC, m.texts().get().doctor(d), print);
          }
        });
  }

  private DoctorListing doctor() {
    return vm.doctorProperty().get();
  }

  private Slot freeSlot() {
    SlotRow r = vm.selectedProperty().get();
    return r == null || !r.slot().isFree() ? null : r.slot();
  }

  private void book() {
    Slot slot = freeSlot();
    if (slot != null && doctor() != null && !vm.weekViewProperty().get()) {
      dialogs.book(main.bookingForm(), slot, vm::reload);
    }
  }

  /** Lets go of the ViewModel (the window is being redrawn in another language). */
  public void unbind() {
    scope.close();
  }

  /** The buttons, for the window's shortcuts. */
  public Button button(String which) {
    return switch (which) {
      case "book" -> bookButton;
      case "walkin" -> walkInButton;
      case "confirm" -> confirmRequestButton;
      case "checkin" -> checkInButton;
      case "reschedule" -> rescheduleButton;
      case "print" -> printSlipButton;
      case "history" -> historyButton;
      default -> throw new IllegalArgumentException(which);
    };
  }

  /** Day view (Ctrl+1) or week view (Ctrl+2). */
  public void showWeek(boolean week) {
    if (vm != null) {
      vm.weekViewProperty().set(week);
    }
  }

  /** Colours a row by its state (free, booked, arrived, blocked...). */
  private static final class StateRow extends TableRow<SlotRow> {
    @Override
    protected void updateItem(SlotRow row, boolean empty) {
      super.updateItem(row, empty);
      getStyleClass().removeIf(c -> c.startsWith("slot-"));
      if (!empty && row != null) {
        getStyleClass().add(WeekGrid.styleOf(row));
      }
    }
  }
}
