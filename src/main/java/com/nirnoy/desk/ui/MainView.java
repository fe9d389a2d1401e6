package com.nirnoy.desk.ui;

import com.nirnoy.desk.booking.AppointmentStatus;
import com.nirnoy.desk.doctor.DoctorListing;
import com.nirnoy.desk.ui.booking.BookingDialog;
import com.nirnoy.desk.ui.doctor.DirectoryViewModel;
import com.nirnoy.desk.ui.schedule.ScheduleViewModel;
import com.nirnoy.desk.ui.schedule.SlotRow;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;

/** Binds Main.fxml to {@link MainViewModel} and its child ViewModels; nothing else. */
public final class MainView {
  @FXML private BorderPane root;
  @FXML private ResourceBundle resources;
  @FXML private ComboBox<java.util.Locale> languageBox;
  @FXML private Label dayLabel;
  @FXML private Label connectionLabel;
  @FXML private Label statusLabel;
  @FXML private ProgressIndicator busyIndicator;
  @FXML private Button previousDay;
  @FXML private Button nextDay;
  @FXML private Button refresh;
  @FXML private TextField searchField;
  @FXML private ComboBox<String> specialtyBox;
  @FXML private TextField areaField;
  @FXML private TextField minFeeField;
  @FXML private TextField maxFeeField;
  @FXML private CheckBox availableToday;
  @FXML private Label feeError;
  @FXML private ListView<DoctorListing> doctorList;
  @FXML private Button loadMore;
  @FXML private Label doctorTitle;
  @FXML private Label serialsLeft;
  @FXML private TableView<SlotRow> slotTable;
  @FXML private TableColumn<SlotRow, String> slotSerialColumn;
  @FXML private TableColumn<SlotRow, String> slotTimeColumn;
  @FXML private TableColumn<SlotRow, String> slotChamberColumn;
  @FXML private TableColumn<SlotRow, String> slotStateColumn;
  @FXML private TableColumn<SlotRow, String> slotPatientColumn;
  @FXML private Button bookButton;
  @FXML private Button walkInButton;
  @FXML private Button checkInButton;
  @FXML private Button startButton;
  @FXML private Button completeButton;
  @FXML private Button noShowButton;
  @FXML private Button cancelButton;
  @FXML private Button printSlipButton;
  @FXML private Button printDayButton;
  @FXML private Label scheduleMessage;
  private java.util.function.Consumer<java.nio.file.Path> opener = p -> {};
  private java.nio.file.Path printsFolder =
      java.nio.file.Path.of(System.getProperty("java.io.tmpdir"));

  /** Where printed PDFs go and how they are shown (the system viewer, from which they print). */
  void printing(java.nio.file.Path folder, java.util.function.Consumer<java.nio.file.Path> open) {
    printsFolder = folder;
    opener = open;
  }

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
    for (Button b : new Button[] {previousDay, nextDay, refresh}) {
      b.disableProperty().bind(vm.readyProperty().not());
    }
    previousDay.setOnAction(e -> vm.previousDay());
    nextDay.setOnAction(e -> vm.nextDay());
    refresh.setOnAction(e -> vm.reload());
    column(chamberColumn, AppointmentRow::chamber);
    column(doctorColumn, AppointmentRow::doctor);
    column(serialColumn, AppointmentRow::serial);
    column(timeColumn, AppointmentRow::time);
    column(patientColumn, AppointmentRow::patient);
    column(statusColumn, AppointmentRow::status);
    appointments.setItems(vm.rows());
    vm.directoryProperty().addListener((o, a, d) -> bindDirectory(d));
    vm.scheduleProperty().addListener((o, a, s) -> bindSchedule(s, vm));
    if (vm.directoryProperty().get() != null) {
      bindDirectory(vm.directoryProperty().get()); // redrawn in another language: bind at once
      bindSchedule(vm.scheduleProperty().get(), vm);
    }
    languageBox.getItems().setAll(Languages.ALL);
    languageBox.setConverter(
        new javafx.util.StringConverter<>() {
          @Override
          public String toString(java.util.Locale l) {
            return l == null ? "" : Languages.nameOf(l);
          }

          @Override
          public java.util.Locale fromString(String s) {
            return null;
          }
        });
    languageBox.setValue(vm.localeProperty().get());
    languageBox.setOnAction(
        e -> {
          java.util.Locale chosen = languageBox.getValue();
          if (chosen != null && !chosen.equals(vm.localeProperty().get())) {
            javafx.application.Platform.runLater(() -> vm.localeProperty().set(chosen));
          }
        });
    shortcuts();
  }

  private void bindDirectory(DirectoryViewModel d) {
    searchField.textProperty().bindBidirectional(d.textProperty());
    specialtyBox.setItems(d.specialties());
    specialtyBox
        .valueProperty()
        .addListener((o, a, v) -> d.specialtyProperty().set(v == null ? "" : v));
    areaField.textProperty().bindBidirectional(d.areaProperty());
    minFeeField.textProperty().bindBidirectional(d.minFeeProperty());
    maxFeeField.textProperty().bindBidirectional(d.maxFeeProperty());
    availableToday.selectedProperty().bindBidirectional(d.availableTodayProperty());
    feeError.textProperty().bind(d.feeErrorProperty());
    doctorList.setItems(d.results());
    doctorList.setCellFactory(l -> new DoctorCell());
    DoctorListing keep = d.selectedProperty().get(); // redrawn in another language: same doctor
    d.selectedProperty().unbind();
    if (keep != null) {
      doctorList.getSelectionModel().select(keep);
    }
    d.selectedProperty().bind(doctorList.getSelectionModel().selectedItemProperty());
    loadMore.visibleProperty().bind(d.hasMoreProperty());
    loadMore.setOnAction(e -> d.loadMore());
    doctorTitle
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.createStringBinding(
                () ->
                    d.selectedProperty().get() == null
                        ? resources.getString("schedule.pick.doctor")
                        : "Dr " + d.selectedProperty().get().name(),
                d.selectedProperty()));
  }

  private void bindSchedule(ScheduleViewModel s, MainViewModel vm) {
    column(slotSerialColumn, SlotRow::serial);
    column(slotTimeColumn, SlotRow::time);
    column(slotChamberColumn, SlotRow::chamber);
    column(slotStateColumn, r -> resources.getString("state." + r.stateKey()));
    column(slotPatientColumn, SlotRow::patient);
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
    s.selectedProperty()
        .addListener(
            (o, a, row) -> {
              if (row != slotTable.getSelectionModel().getSelectedItem()) {
                slotTable.getSelectionModel().select(row);
              }
            });
    serialsLeft.textProperty().bind(s.serialsLeftProperty());
    scheduleMessage.textProperty().bind(s.messageProperty());
    checkInButton.disableProperty().bind(s.can(AppointmentStatus.ARRIVED).not());
    startButton.disableProperty().bind(s.can(AppointmentStatus.IN_CONSULTATION).not());
    completeButton.disableProperty().bind(s.can(AppointmentStatus.COMPLETED).not());
    noShowButton.disableProperty().bind(s.can(AppointmentStatus.NO_SHOW).not());
    checkInButton.setOnAction(e -> s.checkIn());
    startButton.setOnAction(e -> s.startConsultation());
    completeButton.setOnAction(e -> s.complete());
    noShowButton.setOnAction(e -> s.noShow());
    cancelButton.setOnAction(e -> askCancel(s));
    printSlipButton.setOnAction(e -> s.printSlip("Nirnoy", printsFolder, opener));
    printDayButton.setOnAction(
        e -> {
          DoctorListing d = doctorList.getSelectionModel().getSelectedItem();
          if (d != null) {
            s.printDayList("Nirnoy", d.name(), printsFolder, opener);
          }
        });
    bookButton.setOnAction(e -> book(s, vm, selectedSlot()));
    walkInButton.setOnAction(
        e -> {
          SlotRow r = slotTable.getSelectionModel().getSelectedItem();
          if (r != null) {
            s.walkIn(
                r.slot().chamberId(),
                slot ->
                    BookingDialog.show(
                        root.getScene().getWindow(),
                        vm.bookingForm(),
                        slot,
                        doctorFees(),
                        s::reload));
          }
        });
  }

  private com.nirnoy.desk.schedule.Slot selectedSlot() {
    SlotRow r = slotTable.getSelectionModel().getSelectedItem();
    return r == null || !r.slot().isFree() ? null : r.slot();
  }

  private java.math.BigDecimal[] doctorFees() {
    DoctorListing d = doctorList.getSelectionModel().getSelectedItem();
    return d == null
        ? new java.math.BigDecimal[] {null, null}
        : new java.math.BigDecimal[] {d.fee(), d.followUpFee()};
  }

  private void book(ScheduleViewModel s, MainViewModel vm, com.nirnoy.desk.schedule.Slot slot) {
    if (slot != null) {
      BookingDialog.show(
          root.getScene().getWindow(), vm.bookingForm(), slot, doctorFees(), s::reload);
    }
  }

  private void askCancel(ScheduleViewModel s) {
    SlotRow r = slotTable.getSelectionModel().getSelectedItem();
    if (r == null || r.slot().appointment() == null) {
      return;
    }
    TextInputDialog ask = new TextInputDialog();
    ask.setHeaderText("Cancel " + r.patient() + ", " + r.time() + "?");
    ask.setContentText("Reason:");
    ask.showAndWait().filter(reason -> !reason.isBlank()).ifPresent(s::cancel);
  }

  private void shortcuts() {
    root.sceneProperty()
        .addListener(
            (o, a, scene) -> {
              if (scene == null) {
                return;
              }
              scene
                  .getAccelerators()
                  .put(
                      new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                      searchField::requestFocus);
              scene
                  .getAccelerators()
                  .put(
                      new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN),
                      bookButton::fire);
              scene
                  .getAccelerators()
                  .put(
                      new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN),
                      walkInButton::fire);
              scene
                  .getAccelerators()
                  .put(
                      new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN),
                      checkInButton::fire);
              scene
                  .getAccelerators()
                  .put(
                      new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN),
                      printSlipButton::fire);
              scene
                  .getAccelerators()
                  .put(
                      new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN),
                      nextDay::fire);
              scene
                  .getAccelerators()
                  .put(
                      new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN),
                      previousDay::fire);
            });
  }

  private static <R> void column(TableColumn<R, String> c, Function<R, String> value) {
    c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
  }

  /** A doctor in the directory: name, then specialty, fee and rating, then chambers. */
  private static final class DoctorCell extends ListCell<DoctorListing> {
    DoctorCell() {
      setStyle("-fx-cell-size: 5.4em;"); // three lines; the theme's default fits one
    }

    @Override
    protected void updateItem(DoctorListing d, boolean empty) {
      super.updateItem(d, empty);
      setText(
          empty || d == null
              ? null
              : "Dr "
                  + d.name()
                  + "\n"
                  + d.specialty()
                  + "  ·  Tk "
                  + d.fee().toBigInteger()
                  + "  ·  ★ "
                  + d.rating()
                  + "\n"
                  + String.join(", ", d.chambers()));
    }
  }
}
