package com.nirnoy.desk.db;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.Hibernate;

/**
 * An entity with the platform's SERIAL integer id, given by the database when the row is inserted
 * (so the web backend, the desk and psql all number rows the same way).
 */
@MappedSuperclass
public abstract class BaseEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Integer id;

  /** The row's id; null until the entity is saved. */
  public Integer getId() {
    return id;
  }

  @Override
  public final boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || Hibernate.getClass(this) != Hibernate.getClass(other)) {
      return false;
    }
    return id != null && id.equals(((BaseEntity) other).getId());
  }

  /** Constant, so an entity stays findable in a hash set across persist and proxying. */
  @Override
  public final int hashCode() {
    return getClass().getSimpleName().hashCode();
  }
}
