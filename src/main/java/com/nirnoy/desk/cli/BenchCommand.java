package com.nirnoy.desk.cli;

import com.nirnoy.desk.bench.BenchOptions;
import com.nirnoy.desk.bench.BenchRefusal;
import com.nirnoy.desk.bench.BenchRun;
import com.nirnoy.desk.bench.BenchScale;
import com.nirnoy.desk.config.DatabaseUrl;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "bench",
    description = {
      "Benchmark the desk at Nirnoy's scale on a database of its own (never the clinic's data):",
      "search and schedule latencies, booking throughput (the app, and the web's plain INSERT),",
      "a double-booking audit,",
      "the hot queries' plans, and with --load thousands of desks through PgBouncer.",
      "Exit code 1 if anything was double-booked or any request failed."
    })
final class BenchCommand implements Callable<Integer> {
  @ParentCommand private RootCommand root;
  @Spec private CommandSpec spec;

  @Option(
      names = "--scale",
      defaultValue = "full",
      description = "full, small or tiny (default: ${DEFAULT-VALUE})")
  private String scale;

  @Option(names = "--doctors", description = "Doctors (overrides the scale's)")
  private Integer doctors;

  @Option(names = "--patients", description = "Patients (overrides the scale's)")
  private Integer patients;

  @Option(names = "--appointments", description = "Appointments (overrides the scale's)")
  private Integer appointments;

  @Option(
      names = "--clients",
      defaultValue = "20",
      description = "Concurrent booking clients (default: ${DEFAULT-VALUE})")
  private int clients;

  @Option(
      names = "--bookings",
      description = "Random-slot booking attempts, each for the app and bare SQL")
  private Integer bookings;

  @Option(
      names = "--hot-attempts",
      description = "Hot-set booking attempts, each for the app and bare SQL")
  private Integer hotAttempts;

  @Option(names = "--iterations", description = "Measured requests per search or schedule")
  private Integer iterations;

  @Option(
      names = "--database-url",
      description =
          "An empty database to fill (postgresql://...), instead of the bench's own PostgreSQL")
  private String databaseUrl;

  @Option(
      names = "--reuse",
      description = "Keep the bench database of an earlier run of the same scale")
  private boolean reuse;

  @Option(names = "--write-report", description = "Also write the report (Markdown) to this file")
  private Path report;

  @Option(
      names = "--load",
      description = "Also run the load mode: many desks through a real PgBouncer")
  private boolean load;

  @Option(
      names = "--desks",
      defaultValue = "5000",
      description = "Load mode: desks, one client connection each (default: ${DEFAULT-VALUE})")
  private int desks;

  @Option(
      names = "--server-connections",
      defaultValue = "20",
      description = "Load mode: PgBouncer's connections to PostgreSQL (default: ${DEFAULT-VALUE})")
  private int serverConnections;

  @Option(
      names = "--workers",
      defaultValue = "64",
      description = "Load mode: threads acting for the desks (default: ${DEFAULT-VALUE})")
  private int workers;

  @Option(
      names = "--think-ms",
      defaultValue = "5000",
      description =
          "Load mode: a desk's mean think time between actions (default: ${DEFAULT-VALUE})")
  private int thinkMs;

  @Option(
      names = "--duration",
      defaultValue = "60",
      description = "Load mode: seconds of load (default: ${DEFAULT-VALUE})")
  private int durationSeconds;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = root.context().out();
    BenchScale chosen = BenchScale.named(scale).with(doctors, patients, appointments);
    boolean big = chosen.appointments() >= 500_000;
    BenchOptions options =
        new BenchOptions(
            chosen,
            databaseUrl == null ? null : DatabaseUrl.parse("--database-url", databaseUrl),
            root.context().dirs().home().resolve("bench"),
            reuse,
            clients,
            bookings != null ? bookings : big ? 20_000 : 1_000,
            hotAttempts != null ? hotAttempts : big ? 5_000 : 500,
            big ? 200 : 20,
            iterations != null ? iterations : big ? 1_000 : 100,
            load
                ? new BenchOptions.Load(
                    desks,
                    serverConnections,
                    workers,
                    Duration.ofMillis(thinkMs),
                    Duration.ofSeconds(durationSeconds))
                : null,
            "nirnoy-desk " + String.join(" ", spec.commandLine().getParseResult().originalArgs()));
    BenchRun.Result result;
    try {
      result =
          new BenchRun(
                  options,
                  line -> {
                    out.println(line);
                    out.flush();
                  })
              .run();
    } catch (BenchRefusal e) {
      throw new CommandFailure(e.getMessage());
    }
    out.println();
    out.println(result.markdown());
    if (report != null) {
      Path parent = report.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(report, result.markdown());
      out.println("Report written to " + report);
    }
    if (!result.passed()) {
      throw new CommandFailure(
          "bench FAILED: "
              + result.audit().describe()
              + ", "
              + result.errors()
              + " failed request(s)");
    }
    return 0;
  }
}
