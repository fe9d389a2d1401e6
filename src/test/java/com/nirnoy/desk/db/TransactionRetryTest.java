package com.nirnoy.desk.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.nirnoy.desk.app.DeskEntities;
import com.nirnoy.desk.testing.TestDatabases;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Deadlocks and serialization failures mean "try again": retried, bounded, never a conflict. */
class TransactionRetryTest {
  private static Database db;

  @BeforeAll
  static void open() {
    db = Database.open(TestDatabases.freshDatabase(), DeskEntities.ALL);
  }

  @AfterAll
  static void close() {
    db.close();
  }

  /** Makes the server itself raise {@code sqlState}, exactly as a real failure reaches the app. */
  private static void serverRaises(org.hibernate.Session s, String sqlState) {
    s.createNativeMutationQuery(
            "DO $$ BEGIN RAISE EXCEPTION 'simulated' USING ERRCODE = '" + sqlState + "'; END $$")
        .executeUpdate();
  }

  @Test
  void deadlockIsRetriedAndTheWorkSucceeds() {
    AtomicInteger attempts = new AtomicInteger();

    String result =
        db.inTransaction(
            s -> {
              if (attempts.incrementAndGet() == 1) {
                serverRaises(s, "40P01");
              }
              return "booked";
            });

    assertThat(result).isEqualTo("booked");
    assertThat(attempts).hasValue(2);
  }

  @Test
  void serializationFailureRetriesAreBounded() {
    AtomicInteger attempts = new AtomicInteger();

    Throwable error =
        catchThrowable(
            () ->
                db.inTransaction(
                    s -> {
                      attempts.incrementAndGet();
                      serverRaises(s, "40001");
                      return null;
                    }));

    assertThat(attempts).hasValue(Database.MAX_ATTEMPTS);
    assertThat(DatabaseErrors.sqlState(error)).contains("40001");
    assertThat(DatabaseErrors.refusal(error)).as("not a constraint refusal").isEmpty();
  }

  @Test
  void constraintRefusalsAreNotRetried() {
    AtomicInteger attempts = new AtomicInteger();

    Throwable error =
        catchThrowable(
            () ->
                db.inTransaction(
                    s -> {
                      attempts.incrementAndGet();
                      serverRaises(s, "23505");
                      return null;
                    }));

    assertThat(attempts).hasValue(1);
    assertThat(DatabaseErrors.sqlState(error)).contains("23505");
  }

  @Test
  void failedWorkIsRolledBack() {
    catchThrowable(
        () ->
            db.inTransaction(
                s -> {
                  s.createNativeMutationQuery(
                          "INSERT INTO \"Clinic\" (name, address, area, city, \"updatedAt\")"
                              + " VALUES ('Half written', 'x', 'x', 'x', now())")
                      .executeUpdate();
                  serverRaises(s, "23514");
                  return null;
                }));

    long rows =
        db.inTransaction(
            s ->
                s.createNativeQuery(
                        "SELECT count(*) FROM \"Clinic\" WHERE name = 'Half written'", Long.class)
                    .getSingleResult());
    assertThat(rows).isZero();
  }
}
