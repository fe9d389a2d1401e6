package com.nirnoy.desk.ui;

import com.nirnoy.desk.ui.admin.AdminView;
import com.nirnoy.desk.ui.chamber.ChamberDayView;
import com.nirnoy.desk.ui.doctor.DirectoryView;
import com.nirnoy.desk.ui.schedule.ScheduleView;
import com.nirnoy.desk.ui.signin.SignInView;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Binds Main.fxml (title bar, status bar, the panes it includes) to {@link MainViewModel}, and
 * holds the window's keyboard shortcuts; nothing else.
 */
public final class MainView {
  @FXML private BorderPane root;
  @FXML private ResourceBundle resources;
  @FXML private ComboBox<Locale> languageBox;
  @FXML private Label dayLabel;
  @FXML private Label offlineBanner;
  @FXML private Label connectionLabel;
  @FXML private FontIcon connectionIcon;
  @FXML private Label signedInLabel;
  @FXML private Label statusLabel;
  @FXML private ProgressIndicator busyIndicator;
  @FXML private Button todayButton;
  @FXML private Button previousDay;
  @FXML private Button nextDay;
  @FXML private Button refresh;
  @FXML private javafx.scene.control.TabPane tabs;
  @FXML private DirectoryView directoryController;
  @FXML private ScheduleView scheduleController;
  @FXML private ChamberDayView chamberDayController;
  @FXML private SignInView signInController;
  @FXML private AdminView adminController;
  @FXML private javafx.scene.control.Tab adminTab;
  @FXML private Button signOutButton;

  private final ViewScope scope = new ViewScope();

  /** Lets go of the ViewModels (the window is being redrawn in another language). */
  void unbind() {
    scope.close();
    scheduleController.unbind();
    directoryController.unbind();
    signInController.unbind();
    adminController.unbind();
  }

  void bind(MainViewModel vm, DialogService dialogs, PrintOutput print) {
    dayLabel.textProperty().bind(vm.dayLabelProperty());
    connectionLabel.textProperty().bind(vm.connectionProperty());
    signedInLabel.textProperty().bind(vm.signedInProperty());
    signedInLabel.visibleProperty().bind(vm.signedInProperty().isNotEmpty());
    signOutButton.visibleProperty().bind(vm.staffPresentProperty());
    signOutButton.setOnAction(e -> vm.signOut());
    tabs.disableProperty().bind(vm.staffPresentProperty().not());
    statusLabel.textProperty().bind(vm.statusProperty());
    busyIndicator.visibleProperty().bind(vm.busyProperty());
    offlineBanner.visibleProperty().bind(vm.readyProperty().and(vm.onlineProperty().not()));
    offlineBanner.managedProperty().bind(offlineBanner.visibleProperty());
    scope.listen(vm.onlineProperty(), (o, a, up) -> showConnection(up));
    showConnection(vm.onlineProperty().get());
    for (Button b : new Button[] {todayButton, previousDay, nextDay, refresh}) {
      b.disableProperty().bind(vm.readyProperty().not());
    }
    todayButton.setOnAction(e -> vm.today());
    previousDay.setOnAction(e -> vm.previousDay());
    nextDay.setOnAction(e -> vm.nextDay());
    refresh.setOnAction(e -> vm.reload());
    Runnable panes =
        () -> {
          directoryController.bind(vm.directoryProperty().get(), vm.texts());
          scheduleController.bind(vm.scheduleProperty().get(), vm, dialogs, print);
          chamberDayController.bind(
              vm.chamberDayProperty().get(), resources.getString("chamber.day.all"));
          vm.firstAdminProperty().get().form().useWords(new FormWords(vm.texts().get()));
          signInController.bind(
              vm.signInProperty().get(), vm.firstAdminProperty().get(), vm.signInHintProperty());
          adminController.bind(vm.adminConsoleProperty().get(), vm.texts().get());
        };
    scope.listen(
        vm.readyProperty(),
        (o, a, ready) -> {
          if (ready) {
            panes.run();
          }
        });
    scope.listen(
        vm.adminConsoleProperty(),
        (o, a, fresh) -> adminController.bind(fresh, vm.texts().get())); // after a sign-out
    if (vm.readyProperty().get()) {
      panes.run(); // redrawn in another language: bind at once
    }
    tabs.getSelectionModel()
        .selectedIndexProperty()
        .addListener(
            (o, a, tab) -> {
              if (vm.readyProperty().get()) {
                vm.reload(); // whatever the other tab changed shows here at once
                if (tabs.getSelectionModel().getSelectedItem() == adminTab) {
                  adminController.refresh();
                }
              }
            });
    languages(vm);
    root.sceneProperty()
        .addListener(
            (o, a, scene) -> {
              if (scene != null) {
                shortcuts(scene, vm);
              }
            });
  }

  private void showConnection(boolean up) {
    connectionIcon.setIconLiteral(up ? "mdi2d-database" : "mdi2l-lan-disconnect");
    connectionLabel.getStyleClass().removeAll("danger", "success");
    connectionLabel.getStyleClass().add(up ? "success" : "danger");
  }

  private void languages(MainViewModel vm) {
    languageBox.getItems().setAll(Languages.ALL);
    languageBox.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Locale l) {
            return l == null ? "" : Languages.nameOf(l);
          }

          @Override
          public Locale fromString(String s) {
            return null;
          }
        });
    languageBox.setValue(vm.localeProperty().get());
    languageBox.setOnAction(
        e -> {
          Locale chosen = languageBox.getValue();
          if (chosen != null && !chosen.equals(vm.localeProperty().get())) {
            Platform.runLater(() -> vm.localeProperty().set(chosen));
          }
        });
  }

  private void shortcuts(Scene scene, MainViewModel vm) {
    var keys = scene.getAccelerators();
    keys.clear();
    keys.put(shortcut(KeyCode.F), directoryController::focusSearch);
    keys.put(shortcut(KeyCode.N), () -> scheduleController.button("book").fire());
    keys.put(shortcut(KeyCode.W), () -> scheduleController.button("walkin").fire());
    keys.put(shortcut(KeyCode.K), () -> scheduleController.button("confirm").fire());
    keys.put(shortcut(KeyCode.I), () -> scheduleController.button("checkin").fire());
    keys.put(shortcut(KeyCode.R), () -> scheduleController.button("reschedule").fire());
    keys.put(shortcut(KeyCode.P), () -> scheduleController.button("print").fire());
    keys.put(shortcut(KeyCode.H), () -> scheduleController.button("history").fire());
    keys.put(shortcut(KeyCode.DIGIT1), () -> scheduleController.showWeek(false));
    keys.put(shortcut(KeyCode.DIGIT2), () -> scheduleController.showWeek(true));
    keys.put(shortcut(KeyCode.T), todayButton::fire);
    keys.put(new KeyCodeCombination(KeyCode.F5), refresh::fire);
    keys.put(new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN), nextDay::fire);
    keys.put(new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN), previousDay::fire);
  }

  private static KeyCombination shortcut(KeyCode key) {
    return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
  }
}
