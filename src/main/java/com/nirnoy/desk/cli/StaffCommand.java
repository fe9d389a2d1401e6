package com.nirnoy.desk.cli;

import com.nirnoy.desk.app.DeskEntities;
import com.nirnoy.desk.config.ClinicTime;
import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.db.DatabaseRuntime;
import com.nirnoy.desk.rules.InvalidFormException;
import com.nirnoy.desk.staff.StaffForm;
import com.nirnoy.desk.staff.StaffMember;
import com.nirnoy.desk.staff.StaffService;
import com.nirnoy.desk.staff.StaffSession;
import com.nirnoy.desk.user.Role;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * Staff accounts from the command line, for the clinic's IT person: when the only admin forgot the
 * password, add another admin (who then resets the first one's password in the app). Only someone
 * who can reach the database with its own credentials can run it.
 */
@Command(
    name = "staff",
    description = "Staff accounts from the command line (a lost admin password).",
    subcommands = {StaffCommand.AddAdmin.class})
final class StaffCommand implements Runnable {
  @ParentCommand RootCommand root;

  @Override
  public void run() {
    throw new CommandFailure("Say what to do: nirnoy-desk staff add-admin --help");
  }

  @Command(
      name = "add-admin",
      description = "Add an admin account (asks for the password without showing it).")
  static final class AddAdmin implements Callable<Integer> {
    @ParentCommand private StaffCommand staff;

    @Option(names = "--name", required = true, description = "The admin's name")
    private String name;

    @Option(
        names = "--phone",
        required = true,
        description = "Mobile number to sign in with, e.g. 01711-000001")
    private String phone;

    @Option(names = "--email", description = "Email to sign in with (optional)")
    private String email;

    @Option(
        names = "--password",
        interactive = true,
        arity = "0..1",
        description = "The password; typed at the prompt when not given (it is not shown)")
    private char[] password;

    @Override
    public Integer call() {
      if (password == null || password.length == 0) {
        throw new CommandFailure("Give a password: --password, then type it at the prompt");
      }
      try (DatabaseRuntime runtime = staff.root.context().runtime()) {
        runtime.migrate();
        Database db = runtime.open(DeskEntities.ALL);
        StaffService service = new StaffService(db, ClinicTime.clock(), new StaffSession());
        StaffMember admin =
            service.addAdminFromCommandLine(
                new StaffForm(name, phone, email, Role.ADMIN, new String(password)));
        staff
            .root
            .context()
            .out()
            .printf(
                "Admin %s added to %s; they can sign in now.%n", admin.name(), runtime.describe());
        return 0;
      } catch (InvalidFormException e) {
        throw new CommandFailure(e.getMessage());
      } finally {
        java.util.Arrays.fill(password, ' ');
      }
    }
  }
}
