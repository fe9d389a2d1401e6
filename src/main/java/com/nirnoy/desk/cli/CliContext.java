package com.nirnoy.desk.cli;

import com.nirnoy.desk.config.AppDirectories;
import com.nirnoy.desk.config.Settings;
import com.nirnoy.desk.db.DatabaseRuntime;
import java.io.PrintWriter;

/** What every command needs: where the app's files are, its settings, and where to print. */
public record CliContext(AppDirectories dirs, Settings settings, PrintWriter out) {

  /** Starts the database the settings name (the built-in one starts here). */
  DatabaseRuntime runtime() {
    return DatabaseRuntime.prepare(settings, dirs);
  }
}
