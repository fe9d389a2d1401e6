package com.nirnoy.desk.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.nirnoy.desk.app.DeskEntities;
import com.nirnoy.desk.doctor.Doctor;
import com.nirnoy.desk.testing.Fixtures;
import com.nirnoy.desk.testing.TestDatabases;
import org.hibernate.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What each kind of transaction tells the database, and what it may change. */
class TransactionUsesTest {
  private static final String STAFF_ID = "42";
  private static Database db;
  private static Fixtures fx;

  @BeforeAll
  static void open() {
    db = Database.open(TestDatabases.freshDatabase(), DeskEntities.ALL);
    db.actorFrom(() -> STAFF_ID);
    fx = new Fixtures(db.dataSource());
  }

  @AfterAll
  static void close() {
    db.close();
  }

  private static String actorSeen(Session s) {
    return s.createNativeQuery("SELECT current_setting('nirnoy.actor_id', true)", String.class)
        .getSingleResult();
  }

  @Test
  void aWriteNamesTheSignedInActorForTheAuditTrail() {
    assertThat(db.inTransaction(TransactionUsesTest::actorSeen)).isEqualTo(STAFF_ID);
  }

  @Test
  void aReadNamesNobodyAndSavesThatRoundTrip() {
    assertThat(db.read(TransactionUsesTest::actorSeen)).isNullOrEmpty();
  }

  @Test
  void aSelfNamedWriteLeavesNamingToItsOwnStatement() {
    String seen =
        db.inTransactionNamingActorItself(
            s -> {
              String before = actorSeen(s);
              s.createNativeQuery("SELECT " + Database.NAME_ACTOR_SQL, String.class)
                  .setParameter(1, "someone-else")
                  .getSingleResult();
              return before + " then " + actorSeen(s);
            });

    assertThat(seen).isIn("null then someone-else", " then someone-else");
  }

  @Test
  void aReadLoadsEntitiesReadOnlySoNothingIsFlushedOrSnapshotted() {
    int doctor = fx.doctor("Shirin Akter", "Medicine", 600);

    boolean readOnly = db.read(s -> s.isReadOnly(s.find(Doctor.class, doctor)));
    boolean writable = db.inTransaction(s -> !s.isReadOnly(s.find(Doctor.class, doctor)));

    assertThat(readOnly).isTrue();
    assertThat(writable).isTrue();
  }
}
