package com.nirnoy.desk.cli;

import com.nirnoy.desk.config.ConfigException;
import com.nirnoy.desk.db.DatabaseUnavailableException;
import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Runs one headless command. Success exits 0; any failure prints one line saying what is wrong
 * (never a stack trace, never a password) and exits non-zero; details go to the log file.
 */
public final class Cli {
  private static final Logger log = LoggerFactory.getLogger(Cli.class);

  private Cli() {}

  /** Runs {@code args} and returns the exit code. */
  public static int run(CliContext context, PrintWriter err, String... args) {
    CommandLine cmd = new CommandLine(new RootCommand(context));
    cmd.setOut(context.out());
    cmd.setErr(err);
    cmd.setParameterExceptionHandler(
        (ex, a) -> {
          String problem =
              ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()
                  ? "unknown command or option '" + u.getUnmatched().get(0) + "'"
                  : ex.getMessage();
          err.println("nirnoy-desk: " + problem + " (see: nirnoy-desk --help)");
          err.flush();
          return 2;
        });
    cmd.setExecutionExceptionHandler(
        (ex, c, parsed) -> {
          err.println("nirnoy-desk: " + oneLine(ex));
          err.flush();
          return 1;
        });
    int code = cmd.execute(args);
    context.out().flush();
    return code;
  }

  static String oneLine(Exception ex) {
    if (ex instanceof ConfigException
        || ex instanceof DatabaseUnavailableException
        || ex instanceof CommandFailure) {
      log.info("Command failed: {}", ex.getMessage(), ex);
      return ex.getMessage();
    }
    log.error("Command failed unexpectedly", ex);
    return "unexpected error: "
        + (ex.getMessage() == null
            ? ex.getClass().getSimpleName()
            : ex.getMessage().lines().findFirst().orElse(""))
        + " (details in the log file)";
  }
}
