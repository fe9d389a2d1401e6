package com.nirnoy.desk.ui;

import com.nirnoy.desk.app.AppContext;
import com.nirnoy.desk.app.DeskEntities;
import com.nirnoy.desk.config.AppDirectories;
import com.nirnoy.desk.config.ConnectionSettings;
import com.nirnoy.desk.config.Settings;
import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.testing.Fixtures;
import com.nirnoy.desk.testing.PlatformRows;
import com.nirnoy.desk.testing.TestDatabases;
import com.nirnoy.desk.testing.TestStaff;
import com.nirnoy.desk.user.Role;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real desk window, headless, on a fresh test database at 09:00 today (Dhaka), with one
 * receptionist and one admin account; what the window tests share.
 */
final class DeskWindow implements AutoCloseable {
  static final ZoneId DHAKA = ZoneId.of("Asia/Dhaka");
  final FxRobot robot = new FxRobot();
  final Database side;
  final Fixtures fx;

  /** Writes as the web backend does (its own SQL, committed at once). */
  final PlatformRows web;

  final LocalDate today = LocalDate.now(DHAKA);
  final String receptionist;
  final String admin;
  private final ConnectionSettings db;
  private javafx.application.Application app;

  DeskWindow() {
    db = TestDatabases.freshDatabase();
    side = Database.open(db, DeskEntities.ALL);
    fx = new Fixtures(side.dataSource());
    web = new PlatformRows(db);
    receptionist = TestStaff.addAccount(side, Role.RECEPTIONIST);
    admin = TestStaff.addAccount(side, Role.ADMIN);
  }

  /** Opens the window (after the test put its data in). */
  DeskWindow open(Path home) throws Exception {
    Clock morning =
        Clock.fixed(ZonedDateTime.of(today, LocalTime.of(9, 0), DHAKA).toInstant(), DHAKA);
    Settings settings =
        Settings.load(
            Map.of(
                "DATABASE_URL",
                "postgresql://postgres@localhost:" + db.port() + "/" + db.database()),
            List.of());
    FxToolkit.registerPrimaryStage();
    app =
        FxToolkit.setupApplication(
            () ->
                new DeskApplication(
                    () -> AppContext.start(settings, new AppDirectories(home), morning)));
    return this;
  }

  /** Signs in through the sign-in card, as staff at the counter do. */
  void signIn(String phone) throws Exception {
    TextField login = find("#loginField");
    Node card = find("#signInRoot");
    waitUntil(() -> card.isVisible() && login.getParent().isVisible());
    robot.interact(login::clear);
    robot.clickOn(login).write(phone);
    robot.clickOn("#passwordField").write(TestStaff.PASSWORD);
    robot.type(KeyCode.ENTER);
    Label who = find("#signedInLabel");
    try {
      waitUntil(() -> !who.getText().isEmpty());
    } catch (TimeoutException e) {
      throw new AssertionError("not signed in: " + ((Label) find("#signInError")).getText(), e);
    }
  }

  <T extends Node> T find(String id) {
    return robot.lookup(id).query();
  }

  static void waitUntil(Callable<Boolean> condition) throws Exception {
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
  }

  @Override
  public void close() throws Exception {
    FxToolkit.cleanupApplication(app);
    FxToolkit.cleanupStages();
    side.close();
  }
}
