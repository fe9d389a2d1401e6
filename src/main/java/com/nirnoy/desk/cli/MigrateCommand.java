package com.nirnoy.desk.cli;

import com.nirnoy.desk.db.DatabaseRuntime;
import com.nirnoy.desk.db.Migrations;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "migrate",
    description = "Apply pending schema migrations (over DIRECT_URL, or the built-in database).")
final class MigrateCommand implements Callable<Integer> {
  @ParentCommand private RootCommand root;

  @Override
  public Integer call() {
    try (DatabaseRuntime runtime = root.context().runtime()) {
      int applied = runtime.migrate();
      root.context()
          .out()
          .printf(
              "Migrated %s: %d migration(s) applied, schema at version %s%n",
              runtime.describe(), applied, Migrations.currentVersion(runtime.direct()));
      return 0;
    }
  }
}
