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
public record Change(LocalDate date, int doctorId, Set<Integer> chamberIds) {

  /**
   * Reads a {@code nirnoy_changes} payload, {@code <clinic day> <doctorId> [<chamberId> ...]} (see
   * V4). Anything else is empty: the caller then reloads everything rather than guess.
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
      Set<Integer> chambers =
          Arrays.asList(words).subList(2, words.length).stream()
              .map(Integer::valueOf)
              .collect(java.util.stream.Collectors.toUnmodifiableSet());
      return Optional.of(new Change(date, Integer.parseInt(words[1]), chambers));
    } catch (DateTimeParseException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
