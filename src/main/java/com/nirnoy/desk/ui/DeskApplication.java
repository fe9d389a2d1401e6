package com.nirnoy.desk.ui;

import atlantafx.base.theme.PrimerLight;
import com.nirnoy.desk.app.AppContext;
import com.nirnoy.desk.config.AppDirectories;
import com.nirnoy.desk.config.ClinicTime;
import com.nirnoy.desk.config.Settings;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The desk window. The database starts in the background while the window is already up. */
public final class DeskApplication extends Application {
  private static AppDirectories dirs;
  private final FxTaskRunner tasks = new FxTaskRunner();
  private final Supplier<AppContext> starter;
  private MainViewModel viewModel;

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
    FXMLLoader loader = new FXMLLoader(DeskApplication.class.getResource("Main.fxml"), messages());
    Parent root = loader.load();
    viewModel = new MainViewModel(tasks);
    loader.<MainView>getController().bind(viewModel);
    stage.setTitle("Nirnoy Desk");
    try (InputStream icon = DeskApplication.class.getResourceAsStream("/icons/nirnoy-desk.png")) {
      if (icon != null) {
        stage.getIcons().add(new Image(icon));
      }
    }
    stage.setScene(new Scene(root, 1100, 700));
    stage.show();
    AppDirectories appDirs = dirs != null ? dirs : AppDirectories.forCurrentUser();
    viewModel.start(
        starter != null
            ? starter
            : () -> AppContext.start(Settings.load(appDirs), appDirs, ClinicTime.clock()));
  }

  /** English unless NIRNOY_LANG=bn (an in-app switch comes with the Bangla screens). */
  static ResourceBundle messages() {
    String lang =
        System.getenv().getOrDefault("NIRNOY_LANG", System.getProperty("nirnoy.lang", "en"));
    return ResourceBundle.getBundle("com.nirnoy.desk.ui.messages", Locale.forLanguageTag(lang));
  }

  @Override
  public void stop() {
    tasks.close();
    if (viewModel != null) {
      viewModel.shutdown();
    }
  }
}
