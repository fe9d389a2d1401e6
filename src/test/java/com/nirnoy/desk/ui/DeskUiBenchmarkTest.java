package com.nirnoy.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.nirnoy.desk.bench.BenchDataLoader;
import com.nirnoy.desk.bench.BenchScale;
import com.nirnoy.desk.doctor.DoctorListing;
import com.nirnoy.desk.testing.Fixtures;
import com.nirnoy.desk.ui.schedule.SlotRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * UI timings for docs/benchmarks.md, headless (Monocle, software rendering): launch to a usable
 * window, and the week view of a doctor holding 1,000 appointments. Not a unit test: tagged {@code
 * benchmark}, run with {@code ./mvnw -Pbench-ui test}.
 */
@Tag("benchmark")
class DeskUiBenchmarkTest {
  @TempDir Path home;

  @Test
  void launchToUsableWindowAndAWeekOfAThousandAppointments() throws Exception {
    try (DeskWindow window = new DeskWindow()) {
      new BenchDataLoader(window.side.dataSource(), line -> {})
          .load(BenchScale.SMALL, window.today);
      busyDoctor(window.fx, window);

      long launched = System.nanoTime();
      window.open(home);
      Node card = window.find("#signInRoot");
      DeskWindow.waitUntil(card::isVisible);
      double toSignIn = ms(launched);
      window.signIn(window.receptionist);
      long signedIn = System.nanoTime();
      ListView<DoctorListing> doctors = window.find("#doctorList");
      DeskWindow.waitUntil(() -> !doctors.getItems().isEmpty());
      double toDoctors = ms(signedIn);

      window.robot.clickOn("#searchField").write("Busy Bench");
      DeskWindow.waitUntil(() -> doctors.getItems().size() == 1);
      window.robot.interact(() -> doctors.getSelectionModel().select(0));
      TableView<SlotRow> slots = window.find("#slotTable");
      DeskWindow.waitUntil(() -> !slots.getItems().isEmpty());
      HBox week = window.find("#weekBox");
      long asked = System.nanoTime();
      window.robot.clickOn("#weekViewButton");
      DeskWindow.waitUntil(() -> booked(week) >= 1000);
      WaitForAsyncUtils.waitForFxEvents();
      double toWeek = ms(asked);
      int shown = booked(week);

      String report =
          String.format(
              Locale.ROOT,
              "| launch to the sign-in card (database already created) | %.0f ms |%n"
                  + "| sign-in to the doctor list filled | %.0f ms |%n"
                  + "| week view of one doctor, %,d appointments, to rendered | %.0f ms |%n",
              toSignIn,
              toDoctors,
              shown,
              toWeek);
      System.out.print(report);
      Path out =
          Path.of(System.getProperty("nirnoy.test.workdir", "target")).resolve("ui-benchmark.md");
      Files.createDirectories(out.getParent());
      Files.writeString(out, report);
      assertThat(shown).isGreaterThanOrEqualTo(1000);
    }
  }

  /** Slots in the week grid that hold an appointment. */
  private static int booked(HBox week) {
    int n = 0;
    for (Node column : week.getChildren()) {
      for (Node child : ((javafx.scene.layout.VBox) column).getChildren()) {
        if (child instanceof ListView<?> list) {
          n +=
              (int)
                  list.getItems().stream()
                      .filter(r -> !((SlotRow) r).stateKey().equals("FREE"))
                      .count();
        }
      }
    }
    return n;
  }

  /**
   * A doctor sitting 08:00-22:00 every day in 5-minute slots, booked on about 86% of them for the
   * thirteen days around today, so any week shown holds over 1,000 appointments.
   */
  private static void busyDoctor(Fixtures fx, DeskWindow window) {
    int doctor = fx.doctor("Busy Bench Doctor", "Medicine", 800);
    int chamber =
        fx.chamber(
            doctor,
            null,
            "Bench Medical Centre",
            "Dhanmondi",
            "Sat,Sun,Mon,Tue,Wed,Thu,Fri",
            LocalTime.of(8, 0),
            LocalTime.of(22, 0),
            5,
            168);
    fx.execute( // the bench's patients in turn; the database gives each its serial
        """
        WITH p AS (SELECT array_agg(id ORDER BY id) AS ids FROM "Patient")
        INSERT INTO "Appointment" ("patientId", "doctorId", "chamberId", date, "startTime",
                                   "endTime", status, "visitType", "updatedAt")
        SELECT p.ids[1 + (pos * 13 + day + 6) % cardinality(p.ids)], ?, ?, ?::date + day,
               to_char(time '08:00' + make_interval(mins => pos * 5), 'HH24:MI'),
               to_char(time '08:05' + make_interval(mins => pos * 5), 'HH24:MI'),
               'CONFIRMED', 'NEW', now()
        FROM p, generate_series(-6, 6) day, generate_series(0, 167) pos
        WHERE (pos * 7 + day + 6) % 100 < 87
        """,
        doctor, chamber, window.today);
  }

  private static double ms(long since) {
    return (System.nanoTime() - since) / 1e6;
  }
}
