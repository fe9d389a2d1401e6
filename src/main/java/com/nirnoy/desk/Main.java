package com.nirnoy.desk;

import com.nirnoy.desk.cli.Cli;
import com.nirnoy.desk.cli.CliContext;
import com.nirnoy.desk.config.AppDirectories;
import com.nirnoy.desk.config.ConfigException;
import com.nirnoy.desk.config.Settings;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The one entry point: no argument opens the desk window; a word runs that command headless. Not a
 * JavaFX {@code Application} itself, so {@code java -jar} works with JavaFX on the class path.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    AppDirectories dirs = AppDirectories.forCurrentUser();
    boolean gui = args.length == 0;
    // before the first logger exists: logs go to the app-data folder; commands keep stderr quiet
    System.setProperty("nirnoy.logdir", dirs.logDir().toString());
    System.setProperty("nirnoy.console.level", gui || isVerbose(args) ? "INFO" : "WARN");
    if (gui) {
      try {
        com.nirnoy.desk.ui.DeskApplication.launchDesk(dirs);
      } catch (RuntimeException e) {
        System.err.println(
            "nirnoy-desk: the window cannot open ("
                + com.nirnoy.desk.db.DatabaseErrors.rootMessage(e)
                + "); on a computer without a screen use a command, see: nirnoy-desk --help");
        System.exit(1);
      }
      return;
    }
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code;
    try {
      code = Cli.run(new CliContext(dirs, Settings.load(dirs), out), err, args);
    } catch (ConfigException e) {
      err.println("nirnoy-desk: " + e.getMessage());
      code = 1;
    }
    System.exit(code);
  }

  private static boolean isVerbose(String[] args) {
    for (String a : args) {
      if (a.equals("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
