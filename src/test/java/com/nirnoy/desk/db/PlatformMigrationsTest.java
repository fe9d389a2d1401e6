package com.nirnoy.desk.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nirnoy.desk.config.ConnectionSettings;
import com.nirnoy.desk.db.PlatformMigrations.Layout;
import com.nirnoy.desk.testing.TestDatabases;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlatformMigrationsTest {
  private static final List<String> PLATFORM_TABLES =
      List.of("User", "Patient", "Doctor", "Clinic", "DoctorChamber", "Appointment");

  @Test
  void anEmptyDatabaseGetsThePlatformsTablesAndTheDesksAdditionsThenHasNothingLeftToDo() {
    ConnectionSettings empty = TestDatabases.emptyDatabase();
    assertThat(PlatformMigrations.layout(empty)).isEqualTo(Layout.EMPTY);

    var first = PlatformMigrations.migrate(empty);
    var second = PlatformMigrations.migrate(empty);

    assertThat(first.applied()).isEqualTo(PlatformMigrations.LATEST_VERSION);
    assertThat(first.adopted()).isFalse();
    assertThat(second.applied()).isZero();
    assertThat(PlatformMigrations.layout(empty)).isEqualTo(Layout.DESK);
    assertThat(PlatformMigrations.currentVersion(empty))
        .isEqualTo(PlatformMigrations.latestVersion(empty));
    assertThat(PlatformMigrations.differences(empty)).isEmpty();
  }

  @Test
  void aDatabaseTheWebBackendCreatedIsAdoptedAndKeepsEveryRowUnchanged() throws Exception {
    ConnectionSettings platform = platformDatabase("");
    List<String> before = rows(platform);
    assertThat(PlatformMigrations.layout(platform)).isEqualTo(Layout.PLATFORM);
    assertThat(PlatformMigrations.hasPrismaHistory(platform)).isTrue();

    var outcome = PlatformMigrations.migrate(platform);

    assertThat(outcome.adopted()).isTrue();
    assertThat(outcome.applied()).isEqualTo(PlatformMigrations.LATEST_VERSION - 1);
    assertThat(PlatformMigrations.layout(platform)).isEqualTo(Layout.DESK);
    assertThat(rows(platform)).containsExactlyElementsOf(before);
    assertThat(
            queryText(
                platform,
                "SELECT string_agg(version || ':' || type, ',' ORDER BY installed_rank)"
                    + " FROM desk_schema_history"))
        .isEqualTo("1:BASELINE,2:SQL,3:SQL,4:SQL,5:SQL,6:SQL");
    assertThat(PlatformMigrations.migrate(platform).applied()).isZero();
  }

  @Test
  void aPlatformDatabaseWithAMissingColumnIsRefusedWithTheDifferenceAndLeftUnchanged()
      throws Exception {
    ConnectionSettings platform =
        platformDatabase("ALTER TABLE \"Appointment\" DROP COLUMN \"patientName\";");
    List<String> before = rows(platform);

    assertThatThrownBy(() -> PlatformMigrations.migrate(platform))
        .isInstanceOfSatisfying(
            SchemaMismatchException.class,
            e ->
                assertThat(e.differences())
                    .containsExactly("Appointment.patientName is missing (the desk needs text)"));

    assertUntouched(platform, before);
  }

  @Test
  void aPlatformDatabaseWithAnotherTypeOrWithoutATableIsRefusedNamingEachDifference()
      throws Exception {
    ConnectionSettings platform =
        platformDatabase(
            "ALTER TABLE \"DoctorChamber\" ALTER COLUMN \"slotDuration\" TYPE text;"
                + " DROP TABLE \"Specialty\";");

    assertThatThrownBy(() -> PlatformMigrations.migrate(platform))
        .isInstanceOfSatisfying(
            SchemaMismatchException.class,
            e ->
                assertThat(e.differences())
                    .containsExactlyInAnyOrder(
                        "DoctorChamber.slotDuration is text; the desk needs integer",
                        "table \"Specialty\" is missing"));
    assertThat(PlatformMigrations.layout(platform)).isEqualTo(Layout.PLATFORM);
  }

  @Test
  void aPlatformDatabaseTheDesksRulesCannotHoldIsRefusedAndLeftAsItWas() throws Exception {
    // two live bookings of one doctor at overlapping times: the overlap rule cannot be made
    ConnectionSettings platform =
        platformDatabase(
            """
            INSERT INTO "Appointment" ("patientId", "doctorId", "chamberId", "date", "startTime",
                "endTime", "status", "visitType", "updatedAt")
            VALUES (2, 1, 1, '2025-12-13 00:00:00', '17:05', '17:20', 'REQUESTED', 'NEW', now());
            """);
    List<String> before = rows(platform);

    assertThatThrownBy(() -> PlatformMigrations.migrate(platform))
        .isInstanceOfSatisfying(
            SchemaMismatchException.class,
            e -> assertThat(e.getMessage()).contains("Appointment_no_doctor_overlap"));

    assertUntouched(platform, before);
  }

  @Test
  void anOlderDesksOwnSchemaIsRefusedNotMigrated() throws Exception {
    ConnectionSettings old = TestDatabases.emptyDatabase();
    execute(old, "CREATE TABLE flyway_schema_history (installed_rank int)");

    assertThat(PlatformMigrations.layout(old)).isEqualTo(Layout.OLD_DESK);
    assertThatThrownBy(() -> PlatformMigrations.migrate(old))
        .isInstanceOf(SchemaMismatchException.class)
        .hasMessageContaining("older Nirnoy Desk schema");
  }

  @Test
  void repeatedWebSerialsGetTheirSlotsSerialOnAdoption() throws Exception {
    ConnectionSettings platform =
        platformDatabase(
            "UPDATE \"Appointment\" SET \"serialNumber\" = 1 WHERE \"startTime\" = '17:15';");

    PlatformMigrations.migrate(platform);

    assertThat(
            queryText(
                platform,
                "SELECT string_agg(\"startTime\" || '=' || \"serialNumber\", ',' ORDER BY id)"
                    + " FROM \"Appointment\" WHERE status <> 'CANCELLED'"))
        .isEqualTo("17:00=1,17:15=2");
  }

  private static void assertUntouched(ConnectionSettings db, List<String> before)
      throws SQLException {
    assertThat(PlatformMigrations.layout(db)).isEqualTo(Layout.PLATFORM);
    assertThat(queryText(db, "SELECT to_regclass('desk_schema_history')::text")).isNull();
    assertThat(queryText(db, "SELECT to_regclass('\"DeskStaff\"')::text")).isNull();
    assertThat(rows(db)).containsExactlyElementsOf(before);
  }

  /** A database as the web backend's Prisma migration made it, with its rows, then {@code sql}. */
  private static ConnectionSettings platformDatabase(String sql) throws IOException, SQLException {
    ConnectionSettings db = TestDatabases.emptyDatabase();
    execute(db, resource("/db/schema/V1__platform_base.sql"));
    execute(db, resource("/platform/prisma-rows.sql"));
    if (!sql.isBlank()) {
      execute(db, sql);
    }
    return db;
  }

  /** Every row of the platform's tables, as JSON of the platform's columns, in id order. */
  private static List<String> rows(ConnectionSettings db) throws SQLException {
    List<String> all = new ArrayList<>();
    try (Connection c = DataSources.unpooled(db).getConnection();
        Statement st = c.createStatement()) {
      for (String table : PLATFORM_TABLES) {
        try (var rs =
            st.executeQuery(
                "SELECT (to_jsonb(t) - 'deskSlot')::text FROM \"" + table + "\" t ORDER BY id")) {
          while (rs.next()) {
            all.add(table + " " + rs.getString(1));
          }
        }
      }
    }
    return all;
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = PlatformMigrationsTest.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void execute(ConnectionSettings db, String sql) throws SQLException {
    try (Connection c = DataSources.unpooled(db).getConnection();
        Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  private static String queryText(ConnectionSettings db, String sql) throws SQLException {
    try (Connection c = DataSources.unpooled(db).getConnection();
        Statement st = c.createStatement();
        var rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
