package com.nirnoy.desk.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nirnoy.desk.app.DeskEntities;
import com.nirnoy.desk.doctor.Doctor;
import com.nirnoy.desk.staff.StaffSession;
import com.nirnoy.desk.testing.Fixtures;
import com.nirnoy.desk.testing.TestDatabases;
import com.nirnoy.desk.testing.TestStaff;
import org.hibernate.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What each kind of transaction tells the database, and what it may change. */
class TransactionUsesTest {
  private static Database db;
  private static Fixtures fx;
  private static StaffSession staff;

  @BeforeAll
  static void open() {
    db = Database.open(TestDatabases.freshDatabase(), DeskEntities.ALL);
    staff = TestStaff.receptionist(db);
    fx = new Fixtures(db.dataSource());
  }

  @AfterAll
  static void close() {
    db.close();
  }

  private static Integer userSeen(Session s) {
    return s.createNativeQuery("SELECT nirnoy_session_user()", Integer.class).getSingleResult();
  }

  @Test
  void aWritePresentsTheSessionSoTheDatabaseKnowsWhoWorks() {
    assertThat(db.inTransaction(TransactionUsesTest::userSeen))
        .isEqualTo(Integer.valueOf(staff.actorId()));
  }

  @Test
  void aReadPresentsTheSessionTooForTheRowsItMaySee() {
    assertThat(db.read(TransactionUsesTest::userSeen)).isEqualTo(Integer.valueOf(staff.actorId()));
  }

  @Test
  void aTransactionWithoutSessionIsNobodys() {
    assertThat(db.withoutSession(TransactionUsesTest::userSeen)).isNull();
  }

  @Test
  void aSelfPresentedWriteLeavesPresentingToItsOwnStatement() {
    String seen =
        db.inTransactionPresentingSessionItself(
            s -> {
              Integer before = userSeen(s);
              s.createNativeQuery("SELECT " + Database.USE_SESSION_SQL, Integer.class)
                  .setParameter(1, db.sessionToken())
                  .getSingleResult();
              return before + " then " + userSeen(s);
            });

    assertThat(seen).isEqualTo("null then " + staff.actorId());
  }

  @Test
  void aTokenTheDatabaseDoesNotKnowEndsTheSessionWithNothingDone() {
    assertThatThrownBy(
            () ->
                db.withoutSession(
                    s ->
                        s.createNativeQuery("SELECT " + Database.USE_SESSION_SQL, Integer.class)
                            .setParameter(1, "f".repeat(64))
                            .getSingleResult()))
        .isInstanceOf(SessionEndedException.class)
        .hasMessageContaining("sign in again");
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
