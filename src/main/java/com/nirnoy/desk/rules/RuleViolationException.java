package com.nirnoy.desk.rules;

/**
 * The database refused a change because it broke a named rule; the message is written for the
 * person at the desk ("Not saved: ...").
 */
public class RuleViolationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String rule;

  public RuleViolationException(String rule, String message, Throwable cause) {
    super(message, cause);
    this.rule = rule;
  }

  /** The constraint's (or trigger's) name, as in the migration. */
  public String rule() {
    return rule;
  }
}
