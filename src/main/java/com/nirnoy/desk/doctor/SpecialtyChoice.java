package com.nirnoy.desk.doctor;

/**
 * A specialty the directory can filter by: the doctors' {@code primarySpecialty}, with its Bangla
 * name from the platform's {@code Specialty} table when that has a row for it.
 */
public record SpecialtyChoice(String name, String nameBn) {
  /** The label in the desk's language. */
  public String label(boolean bangla) {
    return bangla && nameBn != null && !nameBn.isBlank() ? nameBn : name;
  }
}
