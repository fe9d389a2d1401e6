package com.nirnoy.desk.user;

import java.util.Optional;

/**
 * A person's sex, stored as the platform writes it: {@code Male}, {@code Female}, {@code Other}.
 */
public enum Gender {
  MALE("Male"),
  FEMALE("Female"),
  OTHER("Other");

  private final String stored;

  Gender(String stored) {
    this.stored = stored;
  }

  /** The platform's word ({@code Doctor.gender}, {@code Patient.gender}, ...). */
  public String stored() {
    return stored;
  }

  /** The sex a stored word names (any case; M/F too), if any. */
  public static Optional<Gender> fromStored(String word) {
    if (word == null || word.isBlank()) {
      return Optional.empty();
    }
    String w = word.strip().toUpperCase(java.util.Locale.ROOT);
    for (Gender g : values()) {
      if (g.name().equals(w) || g.name().startsWith(w)) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }
}
