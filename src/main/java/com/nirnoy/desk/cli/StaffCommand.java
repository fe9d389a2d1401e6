package com.nirnoy.desk.cli;

import com.nirnoy.desk.app.DeskEntities;
import com.nirnoy.desk.config.ClinicTime;
import com.nirnoy.desk.db.DataSources;
import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.db.DatabaseRuntime;
import com.nirnoy.desk.db.DeskLogins;
import com.nirnoy.desk.db.PlatformMigrations;
import com.nirnoy.desk.rules.InvalidFormException;
import com.nirnoy.desk.rules.RuleViolationException;
import com.nirnoy.desk.staff.StaffForm;
import com.nirnoy.desk.staff.StaffMember;
import com.nirnoy.desk.staff.StaffService;
import com.nirnoy.desk.staff.StaffSession;
import com.nirnoy.desk.user.Role;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * Staff accounts from the command line, for the clinic's IT person: when the only admin forgot the
 * password, add another admin (who then resets the first one's password in the app), or reset a
 * password directly. Runs over the owner's connection ({@code DIRECT_URL}); a desk login is
 * refused. The password is typed at the prompt or piped in, never given as an argument.
 */
@Command(
    name = "staff",
    description = "Staff accounts from the command line (a lost admin password).",
    subcommands = {StaffCommand.AddAdmin.class, StaffCommand.ResetPassword.class})
final class StaffCommand implements Runnable {
  @ParentCommand RootCommand root;

  @Override
  public void run() {
    throw new CommandFailure("Say what to do: nirnoy-desk staff add-admin --help");
  }

  @Command(
      name = "add-admin",
      description = {
        "Add an admin account. Asks for the password without showing it (or reads the first line",
        "of standard input). Needs the owner's DIRECT_URL."
      })
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

    @Override
    public Integer call() {
      CliContext ctx = staff.root.context();
      return asOwner(
          ctx,
          (db) -> {
            char[] password = PasswordInput.read(ctx, "Password for " + name);
            try {
              StaffMember admin =
                  new StaffService(db, ClinicTime.clock(), new StaffSession())
                      .addAdminFromCommandLine(
                          new StaffForm(name, phone, email, Role.ADMIN, new String(password)));
              ctx.out().printf("Admin %s added; they can sign in now.%n", admin.name());
              return 0;
            } finally {
              Arrays.fill(password, ' ');
            }
          });
    }
  }

  @Command(
      name = "reset-password",
      description = {
        "Set a new password for a staff account (signed in by --phone) and lift any lock-out;",
        "its other sessions end. For a password an older Nirnoy Desk set, or a locked-out last",
        "admin. Asks for the password (or reads standard input). Needs the owner's DIRECT_URL."
      })
  static final class ResetPassword implements Callable<Integer> {
    @ParentCommand private StaffCommand staff;

    @Option(names = "--phone", required = true, description = "The account's mobile number")
    private String phone;

    @Override
    public Integer call() {
      CliContext ctx = staff.root.context();
      return asOwner(
          ctx,
          (db) -> {
            char[] password = PasswordInput.read(ctx, "New password for " + phone);
            try {
              String who =
                  new StaffService(db, ClinicTime.clock(), new StaffSession())
                      .resetPasswordFromCommandLine(phone, new String(password));
              ctx.out().printf("Password of %s reset; they can sign in now.%n", who);
              return 0;
            } finally {
              Arrays.fill(password, ' ');
            }
          });
    }
  }

  /**
   * Runs {@code work} over the owner's connection (DIRECT_URL, or the built-in database), after
   * making sure it is not a desk login and the schema is current.
   */
  private static Integer asOwner(CliContext ctx, Function<Database, Integer> work) {
    try (DatabaseRuntime runtime = ctx.runtime()) {
      if (runtime.isEmbedded()) {
        runtime.migrate();
      } else {
        PlatformMigrations.requireCurrent(runtime.direct());
      }
      try (Connection c = DataSources.unpooled(runtime.direct()).getConnection()) {
        if (DeskLogins.standing(c) == DeskLogins.Standing.DESK) {
          throw new CommandFailure(
              "This needs the owner's connection: DIRECT_URL is a desk login ("
                  + runtime.direct().user()
                  + "), which cannot make or reset staff accounts");
        }
      } catch (SQLException e) {
        throw new CommandFailure(
            "Could not connect to " + runtime.describe() + ": " + e.getMessage());
      }
      try (Database db = Database.open(runtime.direct().withPoolSize(2), DeskEntities.ALL)) {
        return work.apply(db);
      }
    } catch (InvalidFormException | RuleViolationException e) {
      throw new CommandFailure(e.getMessage());
    }
  }
}
