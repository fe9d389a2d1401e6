package com.nirnoy.desk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.nirnoy.desk.app.DeskEntities;
import com.nirnoy.desk.config.AppDirectories;
import com.nirnoy.desk.config.ConnectionSettings;
import com.nirnoy.desk.config.Settings;
import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.testing.Fixtures;
import com.nirnoy.desk.testing.TestDatabases;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless commands, run as a user would, against real PostgreSQL. */
class CliTest {
  @TempDir Path home;

  record Outcome(int code, String out, String err) {}

  private Outcome run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Settings settings = Settings.load(env, List.of());
    int code =
        Cli.run(
            new CliContext(new AppDirectories(home), settings, new PrintWriter(out)),
            new PrintWriter(err),
            args);
    return new Outcome(code, out.toString(), err.toString());
  }

  private static Map<String, String> urlOf(ConnectionSettings db) {
    return Map.of(
        "DATABASE_URL", "postgresql://postgres@localhost:" + db.port() + "/" + db.database());
  }

  @Test
  void checkPassesOnAFreshDatabaseAndLeavesNoTrace() {
    ConnectionSettings db = TestDatabases.freshDatabase();

    Outcome o = run(urlOf(db), "check");

    assertThat(o.code()).as(o.out() + o.err()).isZero();
    assertThat(o.out())
        .contains("[PASS] Unique constraint unique_appointment_slot")
        .contains("[PASS] Overlap constraint Appointment_no_doctor_overlap")
        .contains("[PASS] Indexes on Appointment 7/7")
        .contains("[PASS] Doctor search by name prefix uses its index: Doctor_name_idx")
        .contains("[PASS] Doctor search by specialty uses its index: Doctor_specialty_idx")
        .contains("[PASS] A doctor's day schedule uses its index: Appointment_doctorId_date_idx")
        .contains("[PASS] A chamber's day list uses its index: Appointment_chamberId_date_idx")
        .contains("[PASS] Appointments by status uses its index: Appointment_status_idx")
        .contains("[PASS] Search indexes on Doctor 3/3")
        .contains("[PASS] Search indexes on DoctorChamber 3/3")
        .contains("[PASS] Search indexes on ChamberSession 1/1")
        .contains("[PASS] Doctor search by a word of the name uses its index: Doctor_name_trgm_idx")
        .contains(
            "[PASS] Doctor search by chamber name uses its index: DoctorChamber_name_trgm_idx")
        .contains(
            "[PASS] Doctor sits on a weekday (available today) uses its index: ChamberSession_doctorId_day_idx")
        .contains(
            "[PASS] A specialty's active doctors by rating uses its index: Doctor_active_specialty_rating_idx")
        .contains(
            "[PASS] Chambers at one place (for its day list) uses its index: DoctorChamber_place_idx")
        .contains("[PASS] Creating the same appointment twice fails: \"Time slot already booked\"")
        .doesNotContain("[FAIL]");
    try (Database d = Database.open(db, DeskEntities.ALL)) {
      assertThat(new Fixtures(d.dataSource()).count("SELECT count(*) FROM \"User\"")).isZero();
    }
  }

  @Test
  void checkFailsWhenTheOverlapConstraintIsDropped() {
    ConnectionSettings db = TestDatabases.freshDatabase();
    alter(db, "ALTER TABLE \"Appointment\" DROP CONSTRAINT \"Appointment_no_doctor_overlap\"");

    Outcome o = run(urlOf(db), "check");

    assertThat(o.code()).isEqualTo(1);
    assertThat(o.out())
        .contains("[FAIL] Overlap constraint Appointment_no_doctor_overlap: missing")
        .contains("[FAIL] Booking a doctor at two chambers at once fails")
        .contains("checks FAILED");
  }

  @Test
  void checkFailsWhenTheSlotConstraintIsDropped() {
    ConnectionSettings db = TestDatabases.freshDatabase();
    alter(db, "DROP INDEX \"unique_appointment_slot\"");

    Outcome o = run(urlOf(db), "check");

    assertThat(o.code()).isEqualTo(1);
    assertThat(o.out()).contains("[FAIL] Unique constraint unique_appointment_slot: missing");
  }

  @Test
  void checkFailsWhenAnIndexIsDroppedAndNamesIt() {
    ConnectionSettings db = TestDatabases.freshDatabase();
    alter(db, "DROP INDEX \"Doctor_name_idx\"");

    Outcome o = run(urlOf(db), "check");

    assertThat(o.code()).isEqualTo(1);
    assertThat(o.out())
        .contains("[FAIL] Indexes on Doctor 4/5: missing Doctor_name_idx")
        .contains("[FAIL] Doctor search by name prefix uses its index");
  }

  @Test
  void checkFailsWhenASearchIndexIsDroppedAndNamesIt() {
    ConnectionSettings db = TestDatabases.freshDatabase();
    alter(db, "DROP INDEX \"ChamberSession_doctorId_day_idx\"");

    Outcome o = run(urlOf(db), "check");

    assertThat(o.code()).isEqualTo(1);
    assertThat(o.out())
        .contains(
            "[FAIL] Search indexes on ChamberSession 0/1: missing ChamberSession_doctorId_day_idx");
  }

  @Test
  void checkFailsAQueryWhoseIndexIsGoneEvenWhenAnotherIndexStepsIn() {
    ConnectionSettings db = TestDatabases.freshDatabase();
    alter(db, "DROP INDEX \"Appointment_doctorId_date_idx\"");

    Outcome o = run(urlOf(db), "check");

    assertThat(o.code()).isEqualTo(1);
    assertThat(o.out())
        .contains(
            "[FAIL] A doctor's day schedule uses its index: Appointment_doctorId_date_idx does not serve it");
  }

  @Test
  void checkOnAnUnreachableServerSaysSoInOneLine() {
    Outcome o =
        run(
            Map.of(
                "DATABASE_URL",
                "postgresql://postgres:hunter2@localhost:1/nowhere?connect_timeout=2"),
            "check");

    assertThat(o.code()).isEqualTo(1);
    assertThat(o.out())
        .contains("[FAIL] Database answers (SELECT 1): cannot connect")
        .doesNotContain("hunter2");
  }

  @Test
  void migrateBringsAnEmptyDatabaseUpToDate() {
    ConnectionSettings empty = TestDatabases.emptyDatabase();

    Outcome first = run(urlOf(empty), "migrate");
    Outcome second = run(urlOf(empty), "migrate");

    assertThat(first.code()).isZero();
    assertThat(first.out()).contains("migration(s) applied").doesNotContain(": 0 migration");
    assertThat(second.out()).contains(": 0 migration(s) applied");
  }

  @Test
  void demoDataFillsAnEmptyDatabaseOnceAndThenRefusesInOneLine() {
    ConnectionSettings db = TestDatabases.freshDatabase();

    Outcome first = run(urlOf(db), "demo-data");
    Outcome second = run(urlOf(db), "demo-data");

    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out()).contains("Demo clinic added");
    assertThat(second.code()).isEqualTo(1);
    assertThat(second.err().strip()).contains("already has doctors").doesNotContain("\n");
  }

  @Test
  void badDatabaseUrlGetsOneLineNamingTheVariableWithoutThePassword() {
    Outcome o =
        run(
            Map.of(
                "DATABASE_URL",
                "postgresql://postgres:hunter2@db.x.example.org:6543/postgres?sslmode=disable"),
            "check");

    assertThat(o.code()).isEqualTo(1);
    assertThat(o.err().strip())
        .startsWith("nirnoy-desk: DATABASE_URL has sslmode=disable")
        .doesNotContain("hunter2")
        .doesNotContain("\n");
  }

  @Test
  void versionAndHelpNameTheCommands() {
    Outcome version = run(Map.of(), "--version");
    Outcome help = run(Map.of(), "--help");

    assertThat(version.code()).isZero();
    assertThat(version.out()).startsWith("nirnoy-desk ");
    assertThat(help.out())
        .contains("migrate")
        .contains("check")
        .contains("demo-data")
        .contains("DATABASE_URL");
  }

  @Test
  void unknownCommandIsOneLineAndExitCodeTwo() {
    Outcome o = run(Map.of(), "bookall");

    assertThat(o.code()).isEqualTo(2);
    assertThat(o.err().strip())
        .isEqualTo("nirnoy-desk: unknown command or option 'bookall' (see: nirnoy-desk --help)");
  }

  private static void alter(ConnectionSettings db, String sql) {
    try (Database d = Database.open(db, DeskEntities.ALL)) {
      new Fixtures(d.dataSource()).execute(sql);
    }
  }

  private Outcome addAdmin(ConnectionSettings db, String phone) {
    return run(
        urlOf(db),
        "staff",
        "add-admin",
        "--name",
        "Rescue Admin",
        "--phone",
        phone,
        "--password=a-long-enough-password");
  }

  @Test
  void staffAddAdminAddsAnAdminWhoCanSignIn() {
    ConnectionSettings db = TestDatabases.freshDatabase();

    Outcome o = addAdmin(db, "01799-123456");

    assertThat(o.code()).as(o.out() + o.err()).isZero();
    assertThat(o.out()).contains("Admin Rescue Admin added");
    try (Database d = Database.open(db, DeskEntities.ALL)) {
      var session = new com.nirnoy.desk.staff.StaffSession();
      new com.nirnoy.desk.staff.StaffService(d, java.time.Clock.systemUTC(), session)
          .signIn("01799-123456", "a-long-enough-password");
      assertThat(session.current()).get().extracting(m -> m.role().name()).isEqualTo("ADMIN");
    }
  }

  @Test
  void staffAddAdminWithABadPhoneSaysWhatToFixAndAddsNobody() {
    ConnectionSettings db = TestDatabases.freshDatabase();

    Outcome o = addAdmin(db, "12");

    assertThat(o.code()).isNotZero();
    assertThat(o.err()).contains("phone").doesNotContain("Exception");
    assertThat(
            new Fixtures(Database.open(db, DeskEntities.ALL).dataSource())
                .count("SELECT count(*) FROM \"User\" WHERE role = 'ADMIN'"))
        .isZero();
  }
}
