package com.nirnoy.desk.rules;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * A service refused a form before writing anything: each entry names a field and says what to type.
 * The same checks run as the user types (the ViewModels call the forms' {@code problems()}), so
 * this is seen only when a form is sent without them.
 */
public class InvalidFormException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Map<String, String> problems;

  public InvalidFormException(Map<String, String> problems) {
    super(
        "Not saved: "
            + problems.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("; ")));
    this.problems = Map.copyOf(problems);
  }

  /** Throws when {@code problems} is not empty. */
  public static void refuseIfAny(Map<String, String> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidFormException(problems);
    }
  }

  /** Field name to message. */
  public Map<String, String> problems() {
    return problems;
  }
}
