package com.nirnoy.desk.cli;

import com.nirnoy.desk.app.DeskEntities;
import com.nirnoy.desk.config.ClinicTime;
import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.db.DatabaseRuntime;
import com.nirnoy.desk.demo.DemoClinic;
import com.nirnoy.desk.demo.DemoSummary;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "demo-data",
    description =
        "Fill an empty database with a demo Dhaka clinic (clinics, doctors, chambers with their weekly sessions, patients, appointments).")
final class DemoDataCommand implements Callable<Integer> {
  @ParentCommand private RootCommand root;

  @Override
  public Integer call() {
    try (DatabaseRuntime runtime = root.context().runtime()) {
      runtime.migrate();
      Database db = runtime.open(DeskEntities.ALL);
      if (!DemoClinic.isEmpty(db.dataSource())) {
        throw new CommandFailure(
            "The database at "
                + runtime.describe()
                + " already has doctors: demo data only goes into an empty database");
      }
      DemoSummary s = DemoClinic.fill(db.dataSource(), ClinicTime.clock());
      root.context()
          .out()
          .printf("Demo clinic added to %s: %s%n", runtime.describe(), s.describe());
      return 0;
    }
  }
}
