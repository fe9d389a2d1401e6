package com.nirnoy.desk.chamber;

import com.nirnoy.desk.rules.DatabaseRules;
import com.nirnoy.desk.rules.RuleViolationException;
import java.util.Optional;

/**
 * {@code ChamberSession_no_overlap} refused a weekly session: the doctor already sits somewhere
 * (this chamber or another) at an overlapping time on that day. Names that session when it could be
 * found.
 */
public class SessionOverlapException extends RuleViolationException {
  private static final long serialVersionUID = 1L;

  private final transient SessionDetails clash;

  public SessionOverlapException(SessionDetails clash, Throwable cause) {
    super(DatabaseRules.SESSION_OVERLAP, message(clash), cause);
    this.clash = clash;
  }

  private static String message(SessionDetails c) {
    if (c == null) {
      return "Not saved: " + DatabaseRules.words(DatabaseRules.SESSION_OVERLAP) + ".";
    }
    return "Not saved: the doctor already sits at "
        + c.chamberName()
        + " on "
        + c.day().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
        + " "
        + c.start()
        + "-"
        + c.end()
        + ", which overlaps. A doctor cannot be at two chambers at once.";
  }

  public Optional<SessionDetails> clash() {
    return Optional.ofNullable(clash);
  }
}
