package com.nirnoy.desk.chamber;

import com.nirnoy.desk.rules.RuleViolationException;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * A chamber's weekly session was refused: the doctor already sits at another of their active
 * chambers (another place, or another row at the same place) on a shared weekday at overlapping
 * hours. The admin service checks it with the doctor's row locked ({@link ChamberAdminService});
 * the refusal names the session in the way.
 */
public class SessionOverlapException extends RuleViolationException {
  /** The rule's name, as {@code rules.DatabaseRules} and the screens know it. */
  public static final String RULE = "DoctorChamber_schedule_overlap";

  private static final long serialVersionUID = 1L;

  private final transient SessionDetails clash;

  public SessionOverlapException(SessionDetails clash) {
    this(clash, null);
  }

  public SessionOverlapException(SessionDetails clash, Throwable cause) {
    super(RULE, message(clash), cause);
    this.clash = clash;
  }

  private static String message(SessionDetails c) {
    if (c == null) {
      return "Not saved: the doctor already sits at another chamber at an overlapping time.";
    }
    return "Not saved: the doctor already sits at "
        + c.chamberName()
        + " on "
        + c.day().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
        + " "
        + c.start()
        + "-"
        + c.end()
        + ", which overlaps. A doctor cannot be at two chambers at once.";
  }

  /** The session in the way (always known: the service found it). */
  public Optional<SessionDetails> clash() {
    return Optional.ofNullable(clash);
  }
}
