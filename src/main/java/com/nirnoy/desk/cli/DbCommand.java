package com.nirnoy.desk.cli;

import com.nirnoy.desk.config.ConnectionSettings;
import com.nirnoy.desk.db.DataSources;
import com.nirnoy.desk.db.DatabaseRuntime;
import com.nirnoy.desk.db.DeskLogins;
import com.nirnoy.desk.db.PlatformMigrations;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** The clinic's IT person's database work beside {@code migrate}: logins for counter PCs. */
@Command(
    name = "db",
    description = "Database set-up for the clinic's IT person (docs/security.md).",
    subcommands = {DbCommand.DeskLogin.class})
final class DbCommand implements Runnable {
  @ParentCommand RootCommand root;

  @Override
  public void run() {
    throw new CommandFailure("Say what to do: nirnoy-desk db desk-login --help");
  }

  @Command(
      name = "desk-login",
      description = {
        "Make a database login for a clinic's counter PCs (a member of the nirnoy_desk role that",
        "migrate keeps: it owns nothing and the database decides what it may do), and print the",
        "DATABASE_URL and DIRECT_URL to put in their .env. Run with the owner's DIRECT_URL, after",
        "migrate. The password is shown once and kept nowhere."
      })
  static final class DeskLogin implements Callable<Integer> {
    @ParentCommand private DbCommand db;

    @Option(
        names = "--name",
        required = true,
        description = "The login's name, e.g. uttara_desk (lower-case letters, digits, _)")
    private String name;

    @Option(
        names = "--new-password",
        description = "Give an existing desk login a new password (the old one stops working)")
    private boolean newPassword;

    @Override
    public Integer call() {
      PrintWriter out = db.root.context().out();
      try (DatabaseRuntime runtime = db.root.context().runtime()) {
        PlatformMigrations.requireCurrent(runtime.direct());
        DeskLogins.Login login;
        try {
          login = DeskLogins.create(DataSources.unpooled(runtime.direct()), name, newPassword);
        } catch (IllegalArgumentException e) {
          throw new CommandFailure(e.getMessage());
        }
        out.printf(
            "%s the desk login %s (member of %s) on %s.%n"
                + "Put these two lines in the .env of the clinic's counter PCs (shown once, kept"
                + " nowhere):%n%n",
            login.replaced() ? "New password for" : "Made",
            login.name(),
            DeskLogins.GROUP,
            runtime.describe());
        out.println("DATABASE_URL=" + url(runtime.pooled(), login));
        out.println("DIRECT_URL=" + url(runtime.direct(), login));
        out.println();
        out.println("Then run nirnoy-desk check on one of them: it names the role it connects as.");
        return 0;
      }
    }
  }

  /**
   * {@code settings}' URL for {@code login}: same host, port, database and options. On Supabase's
   * pooler the user is {@code name.project}: the project part is kept.
   */
  static String url(ConnectionSettings settings, DeskLogins.Login login) {
    String user = login.name();
    int dot = settings.user().indexOf('.');
    if (dot > 0) {
      user += settings.user().substring(dot);
    }
    StringBuilder url =
        new StringBuilder("postgresql://")
            .append(user)
            .append(':')
            .append(URLEncoder.encode(login.password(), StandardCharsets.UTF_8))
            .append('@')
            .append(settings.host())
            .append(':')
            .append(settings.port())
            .append('/')
            .append(settings.database());
    String sep = "?";
    if (settings.pgbouncer()) {
      url.append(sep).append("pgbouncer=true");
      sep = "&";
    }
    if (settings.sslMode() != null) {
      url.append(sep).append("sslmode=").append(settings.sslMode());
      sep = "&";
    }
    int cert = settings.jdbcUrl().indexOf("sslrootcert=");
    if (cert >= 0) {
      int end = settings.jdbcUrl().indexOf('&', cert);
      url.append(sep).append(settings.jdbcUrl(), cert, end < 0 ? settings.jdbcUrl().length() : end);
    }
    return url.toString();
  }
}
