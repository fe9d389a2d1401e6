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
  void hibernateValidatesTheMigratedSchema() {
    ConnectionSettings fresh = TestDatabases.freshDatabase();

    assertThatCode(() -> Database.open(fresh, DeskEntities.ALL).close()).doesNotThrowAnyException();
  }

  @Test
  void instantsAreWrittenAsUtcWallClockTimeAsPrismaWritesThem() {
    try (Database db = Database.open(TestDatabases.freshDatabase(), DeskEntities.ALL)) {
      java.time.Instant at = java.time.Instant.parse("2026-12-02T04:30:00Z");
      db.inTransaction(
          s -> {
            s.persist(new com.nirnoy.desk.user.User("+8801711000001", "PATIENT", at));
            return null;
          });

      assertThat(new Fixtures(db.dataSource()).strings("SELECT \"createdAt\"::text FROM \"User\""))
          .containsExactly("2026-12-02 04:30:00");
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
