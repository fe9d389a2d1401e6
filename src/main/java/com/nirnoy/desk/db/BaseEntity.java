package com.nirnoy.desk.db;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;
import org.hibernate.Hibernate;

/**
 * An entity whose text id is made by the client (a random UUID), so a new object has its identity
 * before it is saved; the database has its own default for rows inserted by other clients.
 */
@MappedSuperclass
public abstract class BaseEntity {
  @Id private String id = UUID.randomUUID().toString();

  public String getId() {
    return id;
  }

  /**
   * Gives a new, not yet saved entity an id the client chose earlier (e.g. kept across retries of
   * the same registration, so a retry finds what an attempt with an unknown outcome saved).
   */
  protected final void identifyAs(String chosenId) {
    this.id = java.util.Objects.requireNonNull(chosenId, "id");
  }

  @Override
  public final boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || Hibernate.getClass(this) != Hibernate.getClass(other)) {
      return false;
    }
    return id.equals(((BaseEntity) other).getId());
  }

  /** Constant, so an entity stays findable in a hash set across persist and proxying. */
  @Override
  public final int hashCode() {
    return getClass().getSimpleName().hashCode();
  }
}
