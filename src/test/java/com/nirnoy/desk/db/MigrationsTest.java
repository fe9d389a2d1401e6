package com.nirnoy.desk.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.nirnoy.desk.app.DeskEntities;
import com.nirnoy.desk.config.ConnectionSettings;
import com.nirnoy.desk.testing.Fixtures;
import com.nirnoy.desk.testing.TestDatabases;
import org.junit.jupiter.api.Test;

class MigrationsTest {

  @Test
  void migrationsApplyFromAnEmptyDatabaseAndThenHaveNothingLeftToDo() {
    ConnectionSettings empty = TestDatabases.emptyDatabase();

    assertThat(Migrations.migrate(empty)).isPositive();
    assertThat(Migrations.migrate(empty)).isZero();
    assertThat(Migrations.currentVersion(empty)).isEqualTo(Migrations.latestVersion(empty));
  }

  @Test
  void hibernateValidatesTheMigratedSchema() {
    ConnectionSettings fresh = TestDatabases.freshDatabase();

    assertThatCode(() -> Database.open(fresh, DeskEntities.ALL).close()).doesNotThrowAnyException();
  }

  @Test
  void everyTableGivesIdsByDefaultSoAnyClientCanInsert() {
    try (Database db = Database.open(TestDatabases.freshDatabase(), DeskEntities.ALL)) {
      Fixtures fx = new Fixtures(db.dataSource());
      fx.execute(
          "INSERT INTO \"Otp\" (phone, \"codeHash\", \"expiresAt\") VALUES ('+8801711000001', 'x', now())");
      fx.execute("INSERT INTO \"AiConversation\" DEFAULT VALUES");
      fx.execute("INSERT INTO \"AiTokenUsage\" (model) VALUES ('gemini')");
      fx.execute(
          "INSERT INTO \"DoctorLeave\" (\"doctorId\", \"startDate\", \"endDate\") VALUES (?, current_date, current_date)",
          fx.doctor("Nasrin Akter", "Dermatology", 800));

      assertThat(fx.count("SELECT count(*) FROM \"Otp\" WHERE id IS NOT NULL")).isEqualTo(1);
      assertThat(fx.count("SELECT count(*) FROM \"AiTokenUsage\" WHERE id IS NOT NULL"))
          .isEqualTo(1);
    }
  }

  @Test
  void schemaDocumentsThatTimesAreClinicLocalTime() {
    try (Database db = Database.open(TestDatabases.freshDatabase(), DeskEntities.ALL)) {
      long documented =
          new Fixtures(db.dataSource())
              .count(
                  "SELECT count(*) FROM pg_description d JOIN pg_class c ON c.oid = d.objoid"
                      + " WHERE c.relname = 'Appointment' AND d.description LIKE '%Asia/Dhaka%'");

      assertThat(documented).isPositive();
    }
  }

  @Test
  void healthCheckAnswersWhileTheDatabaseIsThereAndSaysFalseWhenItIsGone() {
    ConnectionSettings fresh = TestDatabases.freshDatabase();
    try (Database db = Database.open(fresh, DeskEntities.ALL)) {
      assertThat(db.isHealthy()).isTrue();

      TestDatabases.server().dropDatabase(fresh.database());

      assertThat(db.isHealthy()).isFalse();
    }
  }
}
