package com.nirnoy.desk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.nirnoy.desk.config.AppDirectories;
import com.nirnoy.desk.config.ConnectionSettings;
import com.nirnoy.desk.config.Settings;
import com.nirnoy.desk.testing.TestDatabases;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bench end to end at a tiny scale, on a database the URL names. */
class BenchCommandTest {
  @TempDir Path home;

  private String[] outcome(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Cli.run(
            new CliContext(
                new AppDirectories(home), Settings.load(Map.of(), List.of()), new PrintWriter(out)),
            new PrintWriter(err),
            args);
    return new String[] {String.valueOf(code), out.toString(), err.toString()};
  }

  @Test
  void measuresEverythingAtATinyScaleFindsNoDoubleBookingAndWritesTheReport() throws Exception {
    ConnectionSettings db = TestDatabases.freshDatabase();
    String url = "postgresql://postgres@localhost:" + db.port() + "/" + db.database();
    Path report = home.resolve("docs/benchmarks.md");

    String[] o =
        outcome(
            "bench",
            "--scale",
            "tiny",
            "--database-url",
            url,
            "--clients",
            "4",
            "--bookings",
            "30",
            "--hot-attempts",
            "40",
            "--iterations",
            "5",
            "--write-report",
            report.toString());

    assertThat(o[0]).as(o[1] + o[2]).isEqualTo("0");
    assertThat(o[1])
        .contains("Loading tiny: 12 doctors")
        .contains("| A doctor's week (all chambers) | 5 |")
        .contains("random free slots, app")
        .contains("random free slots, bare SQL (web-style)")
        .contains("hot set, bare SQL (web-style)")
        .contains("0 double bookings");
    assertThat(Files.readString(report))
        .contains("- Command: `nirnoy-desk bench --scale tiny")
        .contains("## Booking throughput")
        .contains("PASS: 0 double bookings")
        .contains("| A doctor's day schedule | `Appointment_doctorId_date_idx` |")
        .contains("| A clinic's day list | `Appointment_clinicId_date_idx` |");

    String[] again = outcome("bench", "--scale", "tiny", "--database-url", url);
    assertThat(again[0]).isEqualTo("1");
    assertThat(again[2]).contains("already has 12 doctors").doesNotContain("unexpected");

    // as if the earlier load had stopped before it put the overlap rule back
    try (var c = com.nirnoy.desk.db.DataSources.unpooled(db).getConnection();
        var st = c.createStatement()) {
      c.setAutoCommit(true);
      st.execute("ALTER TABLE \"Appointment\" DROP CONSTRAINT \"Appointment_no_doctor_overlap\"");
    }
    String[] interrupted = outcome("bench", "--scale", "tiny", "--reuse", "--database-url", url);
    assertThat(interrupted[0]).isEqualTo("1");
    assertThat(interrupted[2])
        .contains("did not finish")
        .contains("no overlap rule")
        .contains("without --reuse");
  }

  @Test
  void theBenchsOwnDatabaseIsKeptSoALaterRunCanReuseIt() {
    String[] small = {
      "--scale",
      "tiny",
      "--clients",
      "2",
      "--bookings",
      "5",
      "--hot-attempts",
      "5",
      "--iterations",
      "2"
    };

    String[] first = outcome(concat(new String[] {"bench"}, small));
    String[] second = outcome(concat(new String[] {"bench", "--reuse"}, small));

    assertThat(first[0]).as(first[1] + first[2]).isEqualTo("0");
    assertThat(first[1]).contains("Loading tiny");
    assertThat(second[0]).as(second[1] + second[2]).isEqualTo("0");
    assertThat(second[1]).contains("Reusing the loaded data").doesNotContain("Loading tiny");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          --desks -3              | Invalid value for option '--desks': -3 (give a whole number of 1 or more)
          --duration abc          | Invalid value for option '--duration': 'abc' is not a whole number
          --scale huge            | Invalid value for option '--scale': unknown scale 'huge': use full, small or tiny
          --clients 0             | Invalid value for option '--clients': 0
          --doctors 0             | Invalid value for option '--doctors': 0
          --appointments -1       | Invalid value for option '--appointments': -1
          --think-ms -5           | Invalid value for option '--think-ms': -5
          --workers 99999999999   | Invalid value for option '--workers': '99999999999' is not a whole number
          """)
  void nonsenseNumbersAreOneLineAndANonZeroExitBeforeAnythingStarts(String args, String said) {
    String[] o = outcome(concat(new String[] {"bench"}, args.split(" ")));

    assertThat(o[0]).isNotEqualTo("0");
    assertThat(o[1]).as("nothing loaded or measured").isEmpty();
    assertThat(o[2].strip())
        .startsWith("nirnoy-desk: " + said)
        .doesNotContain("\n")
        .doesNotContain("Exception")
        .doesNotContain("unexpected");
    assertThat(home).isEmptyDirectory();
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
