package com.nirnoy.desk.cli;

import com.nirnoy.desk.app.DeskEntities;
import com.nirnoy.desk.check.CheckResult;
import com.nirnoy.desk.check.SelfCheck;
import com.nirnoy.desk.db.DatabaseRuntime;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "check",
    description = {
      "Run the verification checklist against the configured database and print one line per item.",
      "Changes nothing on a server; the built-in database is migrated first. Exit code 1 if any item fails."
    })
final class CheckCommand implements Callable<Integer> {
  @ParentCommand private RootCommand root;

  @Override
  public Integer call() {
    PrintWriter out = root.context().out();
    try (DatabaseRuntime runtime = root.context().runtime()) {
      if (runtime.isEmbedded()) {
        runtime.migrate();
      }
      out.println("Checking " + runtime.describe());
      List<CheckResult> results =
          new SelfCheck(runtime.pooled(), runtime.direct(), runtime.isEmbedded(), DeskEntities.ALL)
              .run();
      results.forEach(r -> out.println(r.line()));
      long failed = results.stream().filter(r -> r.status() == CheckResult.Status.FAIL).count();
      out.println(
          failed == 0
              ? "All " + results.size() + " checks passed."
              : failed + " of " + results.size() + " checks FAILED.");
      return SelfCheck.passed(results) ? 0 : 1;
    }
  }
}
