package com.nirnoy.desk.cli;

import com.nirnoy.desk.config.AppDirectories;
import com.nirnoy.desk.config.Settings;
import com.nirnoy.desk.db.DatabaseRuntime;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * What every command needs: where the app's files are, its settings, where to print, and where a
 * password typed for a command comes from ({@code in}; null: the terminal, else standard input).
 */
public record CliContext(
    AppDirectories dirs, Settings settings, PrintWriter out, BufferedReader in) {

  public CliContext(AppDirectories dirs, Settings settings, PrintWriter out) {
    this(dirs, settings, out, null);
  }

  /** Standard input, for a password piped to a command. */
  static BufferedReader standardInput() {
    return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
  }

  /** Starts the database the settings name (the built-in one starts here). */
  DatabaseRuntime runtime() {
    return DatabaseRuntime.prepare(settings, dirs);
  }
}
