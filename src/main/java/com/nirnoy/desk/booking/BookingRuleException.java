package com.nirnoy.desk.booking;

/** The database refused a booking because it broke a named rule other than a slot conflict. */
public class BookingRuleException extends BookingException {
  private static final long serialVersionUID = 1L;

  private final String rule;
  private final String explanation;

  public BookingRuleException(String rule, String explanation, Throwable cause) {
    super("Not saved: " + explanation + " (rule " + rule + ")", cause);
    this.rule = rule;
    this.explanation = explanation;
  }

  /** The constraint's name, as in the migration. */
  public String rule() {
    return rule;
  }

  /** What the rule protects, in English words for a receptionist. */
  public String explanation() {
    return explanation;
  }
}
