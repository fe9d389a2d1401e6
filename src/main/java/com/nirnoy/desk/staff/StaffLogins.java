package com.nirnoy.desk.staff;

import com.nirnoy.desk.db.Database;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.hibernate.Session;

/**
 * Failed attempts and lock-out in {@code "StaffLogin"} (a table of the desk's own, so the web
 * platform's {@code "User"} keeps its shape). Each change is one atomic upsert, so two desks
 * failing at once both count.
 */
final class StaffLogins {
  /** A staff account found by its login, with what sign-in needs. */
  record Candidate(StaffMember member, String passwordHash, Instant lockedUntil) {}

  private final Database db;

  StaffLogins(Database db) {
    this.db = db;
  }

  Instant lockedUntil(Session s, int userId) {
    return s
        .createNativeQuery(
            "SELECT \"lockedUntil\" FROM \"StaffLogin\" WHERE \"userId\" = :id",
            OffsetDateTime.class)
        .setParameter("id", userId)
        .getResultList()
        .stream()
        .filter(Objects::nonNull)
        .findFirst()
        .map(OffsetDateTime::toInstant)
        .orElse(null);
  }

  /** Counts a wrong password; returns the lock's end when this one locked the account. */
  Instant failed(int userId, Instant now, int maxFailures, Duration lockTime) {
    Instant exact = now.truncatedTo(ChronoUnit.MICROS); // what timestamptz keeps
    OffsetDateTime at = exact.atOffset(ZoneOffset.UTC);
    OffsetDateTime until = exact.plus(lockTime).atOffset(ZoneOffset.UTC);
    return db.inTransaction(
        s ->
            s
                .createNativeQuery(
                    """
                    INSERT INTO "StaffLogin" AS l ("userId", "failedAttempts", "lastFailedAt")
                    VALUES (:id, 1, :at)
                    ON CONFLICT ("userId") DO UPDATE SET
                      "failedAttempts" = CASE WHEN l."failedAttempts" + 1 >= :max THEN 0 ELSE l."failedAttempts" + 1 END,
                      "lockedUntil" = CASE WHEN l."failedAttempts" + 1 >= :max THEN :until ELSE l."lockedUntil" END,
                      "lastFailedAt" = :at
                    RETURNING "lockedUntil"
                    """,
                    OffsetDateTime.class)
                .setParameter("id", userId)
                .setParameter("at", at)
                .setParameter("max", maxFailures)
                .setParameter("until", until)
                .getResultList()
                .stream()
                .filter(u -> u != null && u.isEqual(until))
                .findFirst()
                .map(OffsetDateTime::toInstant)
                .orElse(null));
  }

  void succeeded(int userId, Instant now) {
    upsertClean(userId, now.atOffset(ZoneOffset.UTC));
  }

  /** After an admin resets the password: no count, no lock. */
  void cleared(Session s, int userId) {
    s.createNativeMutationQuery(
            "UPDATE \"StaffLogin\" SET \"failedAttempts\" = 0, \"lockedUntil\" = NULL WHERE \"userId\" = :id")
        .setParameter("id", userId)
        .executeUpdate();
  }

  private void upsertClean(int userId, OffsetDateTime at) {
    db.inTransaction(
        s ->
            s.createNativeMutationQuery(
                    """
                    INSERT INTO "StaffLogin" ("userId", "lastSignInAt") VALUES (:id, :at)
                    ON CONFLICT ("userId") DO UPDATE SET
                      "failedAttempts" = 0, "lockedUntil" = NULL, "lastSignInAt" = :at
                    """)
                .setParameter("id", userId)
                .setParameter("at", at)
                .executeUpdate());
  }
}
