package com.nirnoy.desk.cli;

import com.nirnoy.desk.config.ClinicTime;
import com.nirnoy.desk.db.DataSources;
import com.nirnoy.desk.db.DatabaseRuntime;
import com.nirnoy.desk.demo.DemoClinic;
import com.nirnoy.desk.demo.DemoSummary;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
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
      // the owner's connection (DIRECT_URL): demo rows are the clinic's set-up, not a desk's work
      DataSource owner = DataSources.unpooled(runtime.direct());
      if (!DemoClinic.isEmpty(owner)) {
        throw new CommandFailure(
            "The database at "
                + runtime.describe()
                + " already has doctors: demo data only goes into an empty database");
      }
      DemoSummary s = DemoClinic.fill(owner, ClinicTime.clock());
      root.context()
          .out()
          .printf("Demo clinic added to %s: %s%n", runtime.describe(), s.describe());
      return 0;
    }
  }
}
