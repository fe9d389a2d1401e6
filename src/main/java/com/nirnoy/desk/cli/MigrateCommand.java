package com.nirnoy.desk.cli;

import com.nirnoy.desk.db.DatabaseRuntime;
import com.nirnoy.desk.db.PlatformMigrations;
import com.nirnoy.desk.db.PlatformMigrations.Outcome;
import com.nirnoy.desk.db.SchemaMismatchException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "migrate",
    description = {
      "Bring the database's schema up to date (over DIRECT_URL, or the built-in database):",
      "create the platform's tables and the desk's additions in an empty database, adopt a",
      "database the web backend created (its rows are kept as they are), or apply the desk's newer",
      "migrations. When the platform's tables differ from what the desk needs, nothing is changed",
      "and every difference is listed; exit code 1."
    })
final class MigrateCommand implements Callable<Integer> {
  @ParentCommand private RootCommand root;

  @Override
  public Integer call() {
    PrintWriter out = root.context().out();
    try (DatabaseRuntime runtime = root.context().runtime()) {
      Outcome outcome;
      try {
        outcome = runtime.migrate();
      } catch (SchemaMismatchException e) {
        out.printf(
            "The schema of %s is not one the desk can stand on; nothing was changed."
                + " %d difference(s):%n",
            runtime.describe(), e.differences().size());
        e.differences().forEach(d -> out.println("  - " + d));
        out.flush();
        throw new CommandFailure(
            "migrate refused: nothing was changed ("
                + e.differences().size()
                + " difference(s), listed above)");
      }
      out.printf(
          "Migrated %s: found %s; %s: %d migration(s) applied, schema at version %s%n",
          runtime.describe(),
          outcome.found().description(),
          done(outcome),
          outcome.applied(),
          PlatformMigrations.currentVersion(runtime.direct()));
      return 0;
    }
  }

  private static String done(Outcome outcome) {
    if (outcome.adopted()) {
      return "the platform's schema adopted (its rows kept as they were)";
    }
    return switch (outcome.found()) {
      case OLD_DESK -> "recreated it with the platform's schema (it held only demo or trial data)";
      case EMPTY -> "created the platform's schema and the desk's additions";
      case DESK ->
          outcome.applied() == 0 ? "the desk's schema is up to date" : "the desk's schema updated";
      default -> "migrated";
    };
  }
}
