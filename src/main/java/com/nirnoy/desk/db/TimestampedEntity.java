package com.nirnoy.desk.db;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * An entity with the platform's {@code createdAt} / {@code updatedAt}: TIMESTAMP(3) columns holding
 * UTC wall-clock time, as Prisma writes them ({@code hibernate.jdbc.time_zone=UTC}). {@code
 * updatedAt} has no database default; every client sets it on every write.
 */
@MappedSuperclass
public abstract class TimestampedEntity extends BaseEntity {
  @Column(nullable = false, updatable = false)
  private Instant createdAt = Instant.now();

  @Column(nullable = false)
  private Instant updatedAt = Instant.now();

  /** Sets both instants: for a new entity made at {@code now} by an injected clock. */
  protected void created(Instant now) {
    createdAt = now;
    updatedAt = now;
  }

  /** Records a change made at {@code now}. */
  protected void touched(Instant now) {
    updatedAt = now;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
