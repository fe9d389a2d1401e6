package com.nirnoy.desk.live;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * One doctor-day whose appointments changed, as the database announced it.
 *
 * @param chamberIds the chambers touched; empty when the database left them out (then any of the
 *     doctor's chambers may have changed)
 */
public record Change(LocalDate date, String doctorId, Set<String> chamberIds) {

  /**
   * Reads a {@code nirnoy_changes} payload, {@code <date> <doctorId> [<chamberId> ...]} (see V3).
   * Anything else is empty: the caller then reloads everything rather than guess.
   */
  public static Optional<Change> parse(String payload) {
    if (payload == null) {
      return Optional.empty();
    }
    String[] words = payload.strip().split(" +");
    if (words.length < 2) {
      return Optional.empty();
    }
    try {
      LocalDate date = LocalDate.parse(words[0]);
      Set<String> chambers = Set.copyOf(Arrays.asList(words).subList(2, words.length));
      return Optional.of(new Change(date, words[1], chambers));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
