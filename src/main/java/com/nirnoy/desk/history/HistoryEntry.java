package com.nirnoy.desk.history;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One change in the audit trail, ready to show.
 *
 * @param actor who did it: a staff member's name and role, or "Not from the desk (web platform or
 *     another program)" when no one was signed in at a desk
 * @param subject what changed: "Appointment", "Doctor", "Chamber" (with its weekly session),
 *     "Leave", "Call mark", "Staff account"
 * @param description one readable line, e.g. "Fee: 1000 → 1200"
 * @param changes every changed field with its old and new value (empty values for none)
 */
public record HistoryEntry(
    Instant at,
    String actor,
    String subject,
    String description,
    List<FieldChange> changes,
    Source source) {

  /** One field's old and new value, as text. */
  public record FieldChange(String field, String oldValue, String newValue) {}

  /** The audit row as stored, so the entry can be written in any language. */
  public record Source(
      String table, String action, String actorName, String actorRole, List<FieldChange> raw) {}

  /** This entry in English, as the services and the command line write it. */
  static HistoryEntry of(Instant at, Source s) {
    return in(at, s, Locale.ENGLISH);
  }

  /** The same change, written in {@code locale}'s words. */
  public HistoryEntry in(Locale locale) {
    return in(at, source, locale);
  }

  private static HistoryEntry in(Instant at, Source s, Locale locale) {
    HistoryWords w = HistoryWords.in(locale);
    return new HistoryEntry(
        at,
        w.actor(s.actorName(), s.actorRole()),
        w.subject(s.table()),
        w.describe(s.table(), s.action(), s.raw()),
        w.readable(s.raw()),
        s);
  }
}
