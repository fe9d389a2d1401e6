package com.nirnoy.desk.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.util.Arrays;

/**
 * A password for a command, never from its arguments (they show in the shell's history and the
 * process list): typed at a terminal without echo, twice, or the first line of standard input (e.g.
 * {@code nirnoy-desk staff add-admin ... < file}).
 */
final class PasswordInput {
  private PasswordInput() {}

  static char[] read(CliContext ctx, String prompt) {
    Console console = System.console();
    if (console != null && ctx.in() == null) {
      char[] first = console.readPassword("%s: ", prompt);
      char[] again = console.readPassword("Type it again: ");
      boolean same = first != null && Arrays.equals(first, again);
      if (again != null) {
        Arrays.fill(again, ' ');
      }
      if (!same) {
        throw new CommandFailure("The two passwords differ; nothing was changed. Run it again.");
      }
      return first;
    }
    try {
      BufferedReader in = ctx.in() != null ? ctx.in() : CliContext.standardInput();
      String line = in.readLine();
      if (line == null || line.isEmpty()) {
        throw new CommandFailure(
            "Type the password when asked, or give it as the first line of standard input");
      }
      return line.toCharArray();
    } catch (IOException e) {
      throw new CommandFailure(
          "Could not read the password from standard input: " + e.getMessage());
    }
  }
}
