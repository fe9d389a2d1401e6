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
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

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
      converter = ScaleName.class,
      description = "full, small or tiny (default: ${DEFAULT-VALUE})")
  private BenchScale scale;

  @Option(
      names = "--doctors",
      converter = AtLeastOne.class,
      description = "Doctors (overrides the scale's)")
  private Integer doctors;

  @Option(
      names = "--patients",
      converter = AtLeastOne.class,
      description = "Patients (overrides the scale's)")
  private Integer patients;

  @Option(
      names = "--appointments",
      converter = AtLeastZero.class,
      description = "Appointments (overrides the scale's)")
  private Integer appointments;

  @Option(
      names = "--clients",
      converter = AtLeastOne.class,
      defaultValue = "20",
      description = "Concurrent booking clients (default: ${DEFAULT-VALUE})")
  private int clients;

  @Option(
      names = "--bookings",
      converter = AtLeastOne.class,
      description = "Random-slot booking attempts, each for the app and bare SQL")
  private Integer bookings;

  @Option(
      names = "--hot-attempts",
      converter = AtLeastOne.class,
      description = "Hot-set booking attempts, each for the app and bare SQL")
  private Integer hotAttempts;

  @Option(
      names = "--iterations",
      converter = AtLeastOne.class,
      description = "Measured requests per search or schedule")
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
      converter = AtLeastOne.class,
      defaultValue = "5000",
      description = "Load mode: desks, one client connection each (default: ${DEFAULT-VALUE})")
  private int desks;

  @Option(
      names = "--server-connections",
      converter = AtLeastOne.class,
      defaultValue = "20",
      description = "Load mode: PgBouncer's connections to PostgreSQL (default: ${DEFAULT-VALUE})")
  private int serverConnections;

  @Option(
      names = "--workers",
      converter = AtLeastOne.class,
      defaultValue = "64",
      description = "Load mode: threads acting for the desks (default: ${DEFAULT-VALUE})")
  private int workers;

  @Option(
      names = "--think-ms",
      converter = AtLeastZero.class,
      defaultValue = "5000",
      description =
          "Load mode: a desk's mean think time between actions (default: ${DEFAULT-VALUE})")
  private int thinkMs;

  @Option(
      names = "--duration",
      converter = AtLeastOne.class,
      defaultValue = "60",
      description = "Load mode: seconds of load (default: ${DEFAULT-VALUE})")
  private int durationSeconds;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = root.context().out();
    BenchScale chosen = scale.with(doctors, patients, appointments);
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

  /**
   * A count of one or more. The bench's numbers are checked as picocli reads them, so a nonsense
   * one is refused in picocli's words (one line, exit code 2) before anything starts.
   */
  static final class AtLeastOne implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return wholeNumber(value, 1);
    }
  }

  /** A count or time of zero or more. */
  static final class AtLeastZero implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return wholeNumber(value, 0);
    }
  }

  /** One of the preset scales by name. */
  static final class ScaleName implements ITypeConverter<BenchScale> {
    @Override
    public BenchScale convert(String value) {
      try {
        return BenchScale.named(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  private static int wholeNumber(String value, int least) {
    int n;
    try {
      n = Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new TypeConversionException("'" + value + "' is not a whole number");
    }
    if (n < least) {
      throw new TypeConversionException(value + " (give a whole number of " + least + " or more)");
    }
    return n;
  }
}
