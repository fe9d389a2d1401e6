package com.nirnoy.desk.ui;

import atlantafx.base.theme.PrimerLight;
import com.nirnoy.desk.app.AppContext;
import com.nirnoy.desk.config.AppDirectories;
import com.nirnoy.desk.config.ClinicTime;
import com.nirnoy.desk.config.Settings;
import com.nirnoy.desk.print.PdfPrinter;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.util.Duration;

/** The desk window. The database starts in the background while the window is already up. */
public final class DeskApplication extends Application {
  private static AppDirectories dirs;
  private final FxTaskRunner tasks = new FxTaskRunner();
  private final Supplier<AppContext> starter;
  private static final Duration HEALTH_EVERY = Duration.seconds(5);
  private MainViewModel viewModel;
  private DialogService dialogs;
  private MainView shown;

  /** The real app: settings from the environment, .env files and the app-data folder. */
  public DeskApplication() {
    this(null);
  }

  /** With a given way to start the services (tests drive the real window on a test database). */
  public DeskApplication(Supplier<AppContext> starter) {
    this.starter = starter;
  }

  /** Opens the window and returns when it is closed. */
  public static void launchDesk(AppDirectories appDirectories) {
    dirs = appDirectories;
    Application.launch(DeskApplication.class);
  }

  @Override
  public void start(Stage stage) throws IOException {
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    viewModel = new MainViewModel(tasks);
    stage.setTitle("Nirnoy Desk");
    try (InputStream icon = DeskApplication.class.getResourceAsStream("/icons/nirnoy-desk.png")) {
      if (icon != null) {
        stage.getIcons().add(new Image(icon));
      }
    }
    dialogs = new FxDialogService(() -> stage, () -> viewModel.texts().get());
    Scene scene = new Scene(load(Languages.initial()), 1100, 700);
    scene.getStylesheets().add(DeskApplication.class.getResource("desk.css").toExternalForm());
    stage.setScene(scene);
    viewModel
        .localeProperty()
        .addListener(
            (o, a, locale) -> {
              try {
                stage.getScene().setRoot(load(locale));
              } catch (IOException e) {
                throw new IllegalStateException("The window's layout is missing from the build", e);
              }
            });
    stage.show();
    Timeline health = new Timeline(new KeyFrame(HEALTH_EVERY, e -> viewModel.checkConnection()));
    health.setCycleCount(Animation.INDEFINITE);
    health.play();
    AppDirectories appDirs = dirs != null ? dirs : AppDirectories.forCurrentUser();
    viewModel.start(
        starter != null
            ? starter
            : () -> AppContext.start(Settings.load(appDirs), appDirs, ClinicTime.clock()));
  }

  /**
   * The window's content in {@code locale}, bound to the one ViewModel (switching keeps all state).
   */
  private Parent load(Locale locale) throws IOException {
    viewModel.localeProperty().set(locale);
    FXMLLoader loader =
        new FXMLLoader(DeskApplication.class.getResource("Main.fxml"), Languages.messages(locale));
    Parent root = loader.load();
    root.setStyle(Languages.rootStyle(locale));
    MainView view = loader.getController();
    if (shown != null) {
      shown.unbind(); // the old window's listeners go with it
    }
    shown = view;
    view.bind(
        viewModel,
        dialogs,
        new PrintOutput(
            (dirs != null ? dirs : AppDirectories.forCurrentUser()).home().resolve("prints"),
            new PdfPrinter(),
            file -> getHostServices().showDocument(file.toUri().toString())));
    return root;
  }

  @Override
  public void stop() {
    tasks.close();
    if (viewModel != null) {
      viewModel.shutdown();
    }
  }
}
