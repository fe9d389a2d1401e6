package com.nirnoy.desk.history;

import java.time.Instant;
import java.util.List;

/**
 * One change in the audit trail, ready to show.
 *
 * @param actor who did it: a staff member's name and role, or "Not from the desk (web platform or
 *     another program)" when no one was signed in at a desk
 * @param subject what changed: "Appointment", "Doctor", "Chamber", "Weekly session", "Leave", "Call
 *     mark", "Staff account"
 * @param description one readable line, e.g. "Fee: 1000 → 1200"
 * @param changes every changed field with its old and new value (empty values for none)
 */
public record HistoryEntry(
    Instant at, String actor, String subject, String description, List<FieldChange> changes) {

  /** One field's old and new value, as text. */
  public record FieldChange(String field, String oldValue, String newValue) {}
}
