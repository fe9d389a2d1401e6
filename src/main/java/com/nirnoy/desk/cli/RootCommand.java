package com.nirnoy.desk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

@Command(
    name = "nirnoy-desk",
    mixinStandardHelpOptions = true,
    versionProvider = RootCommand.Version.class,
    description = "Front desk for doctors' chambers, on the Nirnoy PostgreSQL schema.",
    subcommands = {
      MigrateCommand.class,
      CheckCommand.class,
      DemoDataCommand.class,
      StaffCommand.class,
      DbCommand.class,
      BenchCommand.class
    },
    footerHeading = "%n",
    footer = {
      "With no command the desk window opens.",
      "Database: DATABASE_URL (pooled) and DIRECT_URL (direct) from the environment, ./.env or the",
      "app-data .env; with neither, a built-in PostgreSQL keeps its data in the app-data folder."
    })
final class RootCommand implements Runnable {
  @Spec private CommandSpec spec;

  /**
   * Read by Main before logging starts; declared here so every command accepts and documents it.
   */
  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Also print progress logs (on stderr).")
  private boolean verbose;

  private final CliContext context;

  RootCommand(CliContext context) {
    this.context = context;
  }

  CliContext context() {
    return context;
  }

  @Override
  public void run() {
    spec.commandLine().usage(context.out());
  }

  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"nirnoy-desk " + AppInfo.version()};
    }
  }
}
