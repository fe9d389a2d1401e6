package com.nirnoy.desk.check;

/** One line of the self-check: what was checked, how it went, and the evidence. */
public record CheckResult(Status status, String item, String detail) {

  /** PASS and WARN leave the exit code at 0; any FAIL makes it non-zero. */
  public enum Status {
    PASS,
    WARN,
    FAIL
  }

  static CheckResult pass(String item, String detail) {
    return new CheckResult(Status.PASS, item, detail);
  }

  static CheckResult warn(String item, String detail) {
    return new CheckResult(Status.WARN, item, detail);
  }

  static CheckResult fail(String item, String detail) {
    return new CheckResult(Status.FAIL, item, detail);
  }

  /** As printed by {@code nirnoy-desk check}. */
  public String line() {
    return "[" + status + "] " + item + (detail == null || detail.isEmpty() ? "" : ": " + detail);
  }
}
