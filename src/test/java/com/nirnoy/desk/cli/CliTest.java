package com.nirnoy.desk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.nirnoy.desk.app.DeskEntities;
import com.nirnoy.desk.config.AppDirectories;
import com.nirnoy.desk.config.ConnectionSettings;
import com.nirnoy.desk.config.Settings;
import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.testing.Fixtures;
import com.nirnoy.desk.testing.PlatformRows;
import com.nirnoy.desk.testing.TestDatabases;
import com.nirnoy.desk.testing.TestDeskLogins;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
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
    return runTyping("", env, args);
  }

  /** Runs a command with {@code typed} on its standard input (a password, as piped in). */
  private Outcome runTyping(String typed, Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Settings settings = Settings.load(env, List.of());
    int code =
        Cli.run(
            new CliContext(
                new AppDirectories(home),
                settings,
                new PrintWriter(out),
                new java.io.BufferedReader(new java.io.StringReader(typed))),
            new PrintWriter(err),
            args);
    return new Outcome(code, out.toString(), err.toString());
  }

  /**
   * The settings of a clinic's IT person checking a desk: the desks' own login as DATABASE_URL
   * (made here, as {@code db desk-login} makes it) and the owner's DIRECT_URL.
   */
  private static Map<String, String> urlOf(ConnectionSettings db) {
    String login = TestDeskLogins.create(db).user();
    return Map.of(
        "DATABASE_URL",
        "postgresql://" + login + "@localhost:" + db.port() + "/" + db.database(),
        "DIRECT_URL",
        ownerUrlOf(db));
  }

  private static String ownerUrlOf(ConnectionSettings db) {
    return "postgresql://postgres@localhost:" + db.port() + "/" + db.database();
  }

  @Test
  void checkPassesOnAFreshDatabaseAndLeavesNoTrace() {
    ConnectionSettings db = TestDatabases.freshDatabase();

    Outcome o = run(urlOf(db), "check");

    assertThat(o.code()).as(o.out() + o.err()).isZero();
    assertThat(o.out())
        .contains(
            "[PASS] The server is verified (TLS): DATABASE_URL on this computer (localhost, no"
                + " network in between)")
        .contains(
            "[PASS] DATABASE_URL and DIRECT_URL reach the same database: database \""
                + db.database()
                + "\"")
        .contains("[PASS] Schema layout: created by the desk, at version 6")
        .contains("[PASS] Tables present 29/29")
        .contains(
            "[PASS] Slot rule (unique_appointment_slot): Appointment_doctorId_chamberId_date_startTime_key"
                + " unique on (doctorId, chamberId, date, startTime) WHERE status <> 'CANCELLED'")
        .contains("[PASS] Overlap constraint Appointment_no_doctor_overlap")
        .contains("[PASS] Unique serial Appointment_serial_key")
        .contains("[PASS] Indexes on User 3/3")
        .contains("[PASS] Indexes on Doctor 5/5")
        .contains("[PASS] Indexes on DoctorChamber 5/5")
        .contains("[PASS] Indexes on Appointment 7/7")
        .contains("[PASS] Search indexes on Doctor 5/5")
        .contains("[PASS] Search indexes on DoctorChamber 2/2")
        .contains("[PASS] Desk rules, audit and live-refresh triggers 17/17")
        .contains("[PASS] Appointment dates at midnight")
        .contains("[PASS] Doctor search by name prefix uses its index: Doctor_nameEn_prefix_idx")
        .contains("[PASS] Doctor search by specialty uses its index: Doctor_primarySpecialty_idx")
        .contains(
            "[PASS] Doctor search by a word of the name uses its index: Doctor_nameEn_trgm_idx")
        .contains("[PASS] Doctor search by the Bangla name uses its index: Doctor_nameBn_trgm_idx")
        .contains(
            "[PASS] Doctor search by chamber name uses its index: DoctorChamber_name_trgm_idx")
        .contains(
            "[PASS] A specialty's approved doctors by rating uses its index: Doctor_approved_specialty_rating_idx")
        .contains("[PASS] A doctor's day schedule uses its index")
        .contains("[PASS] A clinic's day list uses its index: Appointment_clinicId_date_idx")
        .contains(
            "[PASS] A chamber's appointments, day by day uses its index: Appointment_chamberId_date_status_idx")
        .contains("[PASS] Appointments by status uses its index: Appointment_status_idx")
        .contains(
            "[PASS] Creating the same appointment twice fails: \"Time slot already booked\""
                + " (Appointment_doctorId_chamberId_date_startTime_key)")
        .contains(
            "[PASS] Booking a doctor at two chambers at once fails: Appointment_no_doctor_overlap")
        .doesNotContain("[FAIL]")
        .doesNotContain("[WARN] Appointment dates");
    try (Database d = Database.open(db, DeskEntities.ALL)) {
      Fixtures fx = new Fixtures(d.dataSource());
      assertThat(fx.count("SELECT count(*) FROM \"User\"")).isZero();
      assertThat(fx.count("SELECT count(*)::int FROM \"Appointment\"")).isZero();
      assertThat(fx.count("SELECT count(*) FROM \"AuditLog\"")).isZero();
    }
  }

  @Test
  void checkRecognisesTheSlotRuleByItsColumnsUnderTheSeedsClientName() {
    ConnectionSettings db = TestDatabases.freshDatabase();
    alter(
        db,
        "ALTER INDEX \"Appointment_doctorId_chamberId_date_startTime_key\""
            + " RENAME TO \"unique_appointment_slot\"");

    Outcome o = run(urlOf(db), "check");

    assertThat(o.code()).as(o.out() + o.err()).isZero();
    assertThat(o.out())
        .contains("[PASS] Slot rule (unique_appointment_slot): unique_appointment_slot unique on")
        .contains("[PASS] Indexes on Appointment 7/7")
        .contains(
            "[PASS] Creating the same appointment twice fails: \"Time slot already booked\""
                + " (unique_appointment_slot)");
  }

  @Test
  void checkFailsASlotRuleOnTheRightColumnsUnderANameTheDeskDoesNotKnow() {
    ConnectionSettings db = TestDatabases.freshDatabase();
    alter(
        db,
        "ALTER INDEX \"Appointment_doctorId_chamberId_date_startTime_key\""
            + " RENAME TO \"appointment_slot_idx\"");

    Outcome o = run(urlOf(db), "check");

    assertThat(o.code()).isEqualTo(1);
    assertThat(o.out())
        .contains(
            "[FAIL] Slot rule (unique_appointment_slot): unique on (doctorId, chamberId, date,"
                + " startTime) as appointment_slot_idx, but the desk words a refusal only under")
        .contains("[FAIL] Creating the same appointment twice fails");
  }

  @Test
  void checkWarnsWhenTheSlotRuleStillHoldsCancelledSlots() {
    ConnectionSettings db = TestDatabases.freshDatabase();
    alter(db, "DROP INDEX \"Appointment_doctorId_chamberId_date_startTime_key\"");
    alter(
        db,
        "CREATE UNIQUE INDEX \"Appointment_doctorId_chamberId_date_startTime_key\""
            + " ON \"Appointment\" (\"doctorId\", \"chamberId\", \"date\", \"startTime\")");

    Outcome o = run(urlOf(db), "check");

    assertThat(o.out())
        .contains(
            "[WARN] Slot rule (unique_appointment_slot): Appointment_doctorId_chamberId_date_startTime_key"
                + " unique on (doctorId, chamberId, date, startTime), but a cancelled appointment"
                + " keeps holding its slot");
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
    alter(db, "DROP INDEX \"Appointment_doctorId_chamberId_date_startTime_key\"");

    Outcome o = run(urlOf(db), "check");

    assertThat(o.code()).isEqualTo(1);
    assertThat(o.out())
        .contains("[FAIL] Slot rule (unique_appointment_slot): missing")
        .contains(
            "[FAIL] Indexes on Appointment 6/7: missing the slot rule (doctorId, chamberId, date,"
                + " startTime)")
        .contains("[FAIL] Creating the same appointment twice fails");
  }

  @Test
  void checkFailsWhenTheSerialRuleIsDropped() {
    ConnectionSettings db = TestDatabases.freshDatabase();
    alter(db, "DROP INDEX \"Appointment_serial_key\"");

    Outcome o = run(urlOf(db), "check");

    assertThat(o.code()).isEqualTo(1);
    assertThat(o.out()).contains("[FAIL] Unique serial Appointment_serial_key: missing");
  }

  @Test
  void checkFailsWhenAnIndexIsDroppedAndNamesIt() {
    ConnectionSettings db = TestDatabases.freshDatabase();
    alter(db, "DROP INDEX \"Doctor_primarySpecialty_idx\"");

    Outcome o = run(urlOf(db), "check");

    assertThat(o.code()).isEqualTo(1);
    assertThat(o.out())
        .contains("[FAIL] Indexes on Doctor 4/5: missing Doctor_primarySpecialty_idx")
        .contains("[FAIL] Doctor search by specialty uses its index");
  }

  @Test
  void checkFailsWhenASearchIndexIsDroppedAndNamesIt() {
    ConnectionSettings db = TestDatabases.freshDatabase();
    alter(db, "DROP INDEX \"Doctor_nameBn_trgm_idx\"");

    Outcome o = run(urlOf(db), "check");

    assertThat(o.code()).isEqualTo(1);
    assertThat(o.out())
        .contains("[FAIL] Search indexes on Doctor 4/5: missing Doctor_nameBn_trgm_idx")
        .contains("[FAIL] Doctor search by the Bangla name uses its index");
  }

  @Test
  void checkFailsWhenADeskTriggerIsDisabledAndNamesIt() {
    ConnectionSettings db = TestDatabases.freshDatabase();
    alter(db, "ALTER TABLE \"Appointment\" DISABLE TRIGGER \"Appointment_desk_fill\"");

    Outcome o = run(urlOf(db), "check");

    assertThat(o.code()).isEqualTo(1);
    assertThat(o.out())
        .contains(
            "[FAIL] Desk rules, audit and live-refresh triggers 16/17: missing or disabled"
                + " Appointment_desk_fill");
  }

  @Test
  void checkFailsAQueryWhoseIndexIsGoneEvenWhenAnotherIndexStepsIn() {
    ConnectionSettings db = TestDatabases.freshDatabase();
    alter(db, "DROP INDEX \"Appointment_chamberId_date_status_idx\"");

    Outcome o = run(urlOf(db), "check");

    assertThat(o.code()).isEqualTo(1);
    assertThat(o.out())
        .contains(
            "[FAIL] A chamber's appointments, day by day uses its index:"
                + " Appointment_chamberId_date_status_idx does not serve it; the plan uses");
  }

  @Test
  void onAFewRowsAPlannerPreferringAnotherIndexIsAWarningNotAFault() {
    ConnectionSettings db = TestDatabases.freshDatabase();
    // the index is there but the planner will not pick it, as on a table of three rows
    alter(
        db,
        "UPDATE pg_index SET indisvalid = false WHERE indexrelid ="
            + " '\"Appointment_chamberId_date_status_idx\"'::regclass");

    Outcome o = run(urlOf(db), "check");

    assertThat(o.code()).isZero();
    assertThat(o.out())
        .contains(
            "[WARN] A chamber's appointments, day by day uses its index:"
                + " Appointment_chamberId_date_status_idx does not serve it; the plan uses")
        .contains("run check again once it holds the clinic's data");
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
  void checkOnAnAdoptedPlatformDatabaseSaysSoAndWarnsOfDatesNotAtMidnight() throws Exception {
    ConnectionSettings db = platformDatabase("");
    assertThat(run(urlOf(db), "migrate").code()).isZero();
    // a web server on Dhaka time writing through Prisma's UTC: the day before at 18:00
    new PlatformRows(db)
        .execute(
            "UPDATE \"Appointment\" SET \"date\" = '2025-12-12 18:00:00', \"updatedAt\" = now()"
                + " WHERE \"startTime\" = '17:00'");

    Outcome o = run(urlOf(db), "check");

    assertThat(o.out())
        .as(o.out() + o.err())
        .contains(
            "[PASS] Schema layout: adopted from the platform (Prisma history present), at version 6")
        .contains(
            "[WARN] Appointment dates at midnight: 1 of 3 appointments have a date that is not at"
                + " midnight")
        .contains("still shown on the right day")
        .contains("[PASS] Creating the same appointment twice fails")
        .contains("[PASS] Booking a doctor at two chambers at once fails")
        .doesNotContain("[FAIL] Schema")
        .doesNotContain("[FAIL] Tables")
        .doesNotContain("[FAIL] Indexes");
    assertThat(
            new PlatformRows(db)
                .queryInt(
                    "SELECT count(*)::int FROM \"Appointment\""
                        + " WHERE nirnoy_clinic_day(\"date\") = DATE '2025-12-13'"))
        .isEqualTo(3);
  }

  @Test
  void checkOnADatabaseNotYetMigratedSaysToMigrate() {
    ConnectionSettings empty = TestDatabases.emptyDatabase();

    Outcome o = run(urlOf(empty), "check");

    assertThat(o.code()).isEqualTo(1);
    assertThat(o.out())
        .contains("[FAIL] Schema layout: no schema; run: nirnoy-desk migrate")
        .contains("[FAIL] Tables present 0/29");
  }

  @Test
  void migrateBringsAnEmptyDatabaseUpToDate() {
    ConnectionSettings empty = TestDatabases.emptyDatabase();

    Outcome first = run(urlOf(empty), "migrate");
    Outcome second = run(urlOf(empty), "migrate");

    assertThat(first.code()).as(first.out() + first.err()).isZero();
    assertThat(first.out())
        .contains("found an empty database")
        .contains("created the platform's schema and the desk's additions: 6 migration(s) applied")
        .contains("schema at version 6");
    assertThat(second.code()).isZero();
    assertThat(second.out())
        .contains("found the platform's schema with the desk's additions")
        .contains("the desk's schema is up to date: 0 migration(s) applied");
  }

  @Test
  void migrateAdoptsADatabaseTheWebBackendCreatedAndKeepsItsRows() throws Exception {
    ConnectionSettings db = platformDatabase("");

    Outcome first = run(urlOf(db), "migrate");
    Outcome second = run(urlOf(db), "migrate");

    assertThat(first.code()).as(first.out() + first.err()).isZero();
    assertThat(first.out())
        .contains(
            "found the platform's schema (created by the web backend), not yet adopted by the desk")
        .contains(
            "the platform's schema adopted (its rows kept as they were): 5 migration(s) applied")
        .contains("schema at version 6");
    assertThat(second.out()).contains("the desk's schema is up to date: 0 migration(s) applied");
    assertThat(new PlatformRows(db).queryInt("SELECT count(*)::int FROM \"Appointment\""))
        .isEqualTo(3);
  }

  @Test
  void migrateRefusesAPlatformDatabaseWithAColumnMissingListsTheDifferenceAndChangesNothing()
      throws Exception {
    ConnectionSettings db =
        platformDatabase(
            "ALTER TABLE \"Appointment\" DROP COLUMN \"patientName\";"
                + " ALTER TABLE \"DoctorChamber\" ALTER COLUMN \"slotDuration\" TYPE text;");

    Outcome o = run(urlOf(db), "migrate");

    assertThat(o.code()).isEqualTo(1);
    assertThat(o.out())
        .contains("nothing was changed")
        .contains("2 difference(s):")
        .contains("\n  - Appointment.patientName is missing (the desk needs text)\n")
        .contains("\n  - DoctorChamber.slotDuration is text; the desk needs integer\n");
    assertThat(o.err().strip())
        .startsWith("nirnoy-desk: migrate refused: nothing was changed")
        .doesNotContain("\n");
    PlatformRows rows = new PlatformRows(db);
    assertThat(rows.query(String.class, "SELECT to_regclass('desk_schema_history')::text"))
        .isNull();
    assertThat(rows.query(String.class, "SELECT to_regclass('\"DeskStaff\"')::text")).isNull();
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
  void aBlankDatabaseUrlIsOneLineNamingItAndNeverStartsTheBuiltInDatabase() {
    Outcome o = run(Map.of("DATABASE_URL", " "), "check");

    assertThat(o.code()).isEqualTo(1);
    assertThat(o.err().strip())
        .isEqualTo(
            "nirnoy-desk: DATABASE_URL is set but empty in the environment: set it to"
                + " postgresql://USER:PASSWORD@HOST:PORT/DATABASE, or remove it to use the built-in"
                + " database");
    assertThat(home).as("no built-in database was made").isEmptyDirectory();
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
    new PlatformRows(db).execute(sql);
  }

  /**
   * A database as the web backend's Prisma migration made it, with its rows (three appointments of
   * one doctor-day), then {@code sql}.
   */
  private static ConnectionSettings platformDatabase(String sql) throws IOException {
    ConnectionSettings db = TestDatabases.emptyDatabase();
    PlatformRows rows = new PlatformRows(db);
    rows.execute(resource("/db/schema/V1__platform_base.sql"));
    rows.execute(resource("/platform/prisma-rows.sql"));
    if (!sql.isBlank()) {
      rows.execute(sql);
    }
    return db;
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = CliTest.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private Outcome addAdmin(ConnectionSettings db, String phone) {
    return runTyping(
        "a-long-enough-password\n",
        urlOf(db),
        "staff",
        "add-admin",
        "--name",
        "Rescue Admin",
        "--phone",
        phone);
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
    assertThat(new PlatformRows(db).queryInt("SELECT count(*)::int FROM \"DeskStaff\"")).isZero();
    assertThat(new PlatformRows(db).queryInt("SELECT count(*)::int FROM \"User\"")).isZero();
  }

  @Test
  void staffAddAdminNeverTakesThePasswordAsAnArgument() {
    ConnectionSettings db = TestDatabases.freshDatabase();

    Outcome o =
        run(
            urlOf(db),
            "staff",
            "add-admin",
            "--name",
            "Rescue Admin",
            "--phone",
            "01799-123457",
            "--password=a-long-enough-password");

    assertThat(o.code()).isNotZero();
    assertThat(o.err()).contains("unknown").contains("--password");
    assertThat(new PlatformRows(db).queryInt("SELECT count(*)::int FROM \"DeskStaff\"")).isZero();
  }

  @Test
  void staffAddAdminWithADeskLoginIsRefusedInOneLine() {
    ConnectionSettings db = TestDatabases.freshDatabase();
    String desk = TestDeskLogins.create(db).user();
    String asDesk = "postgresql://" + desk + "@localhost:" + db.port() + "/" + db.database();

    Outcome o =
        runTyping(
            "a-long-enough-password\n",
            Map.of("DATABASE_URL", asDesk, "DIRECT_URL", asDesk),
            "staff",
            "add-admin",
            "--name",
            "Sneaky Admin",
            "--phone",
            "01799-123458");

    assertThat(o.code()).isNotZero();
    assertThat(o.err().strip().lines()).hasSize(1);
    assertThat(o.err()).contains("needs the owner's connection").doesNotContain("Exception");
    assertThat(new PlatformRows(db).queryInt("SELECT count(*)::int FROM \"DeskStaff\"")).isZero();
  }

  @Test
  void staffResetPasswordSetsANewPasswordTheAccountSignsInWith() {
    ConnectionSettings db = TestDatabases.freshDatabase();
    addAdmin(db, "01799-123459");

    Outcome o =
        runTyping(
            "another-long-password\n",
            urlOf(db),
            "staff",
            "reset-password",
            "--phone",
            "01799-123459");

    assertThat(o.code()).as(o.out() + o.err()).isZero();
    assertThat(o.out()).contains("Password of Rescue Admin reset");
    try (Database d = Database.open(db, DeskEntities.ALL)) {
      var session = new com.nirnoy.desk.staff.StaffSession();
      new com.nirnoy.desk.staff.StaffService(d, java.time.Clock.systemUTC(), session)
          .signIn("01799-123459", "another-long-password");
      assertThat(session.isSignedIn()).isTrue();
    }
  }

  @Test
  void dbDeskLoginPrintsUrlsThatConnectAsADeskLoginAndRefusesAnExistingNameWithoutNewPassword() {
    ConnectionSettings db = TestDatabases.freshDatabase();
    Map<String, String> owner = Map.of("DATABASE_URL", ownerUrlOf(db));
    String name = "uttara_" + ProcessHandle.current().pid();

    Outcome made = run(owner, "db", "desk-login", "--name", name);
    Outcome again = run(owner, "db", "desk-login", "--name", name);
    Outcome renewed = run(owner, "db", "desk-login", "--name", name, "--new-password");

    assertThat(made.code()).as(made.out() + made.err()).isZero();
    String url =
        made.out()
            .lines()
            .filter(l -> l.startsWith("DATABASE_URL="))
            .findFirst()
            .orElseThrow()
            .substring("DATABASE_URL=".length());
    assertThat(url).startsWith("postgresql://" + name + ":");
    assertThat(made.out()).contains("DIRECT_URL=postgresql://" + name + ":");
    Outcome check = run(Map.of("DATABASE_URL", url), "check");
    assertThat(check.out())
        .contains("[PASS] The desk connects as a desk login, not the owner: connected as " + name);
    assertThat(again.code()).isNotZero();
    assertThat(again.err()).contains("exists; add --new-password");
    assertThat(renewed.code()).as(renewed.out() + renewed.err()).isZero();
    assertThat(renewed.out()).contains("New password for the desk login " + name);
  }

  @Test
  void checkAsTheOwnerOnAServerFailsAndSaysHowToMakeADeskLogin() {
    ConnectionSettings db = TestDatabases.freshDatabase();

    Outcome o = run(Map.of("DATABASE_URL", ownerUrlOf(db)), "check");

    assertThat(o.code()).isEqualTo(1);
    assertThat(o.out())
        .contains(
            "[FAIL] The desk connects as a desk login, not the owner: connected as postgres (a"
                + " superuser)")
        .contains("nirnoy-desk db desk-login --name");
  }
}
