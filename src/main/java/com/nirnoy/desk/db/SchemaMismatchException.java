package com.nirnoy.desk.db;

import java.util.List;

/**
 * The database is not one the desk can stand on; nothing was changed. {@link #differences()} says
 * exactly what differs, one line each.
 */
public class SchemaMismatchException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<String> differences;

  public SchemaMismatchException(List<String> differences) {
    super(
        "The database was left unchanged: "
            + differences.size()
            + " difference(s) from the schema the desk needs:\n  "
            + String.join("\n  ", differences));
    this.differences = List.copyOf(differences);
  }

  public List<String> differences() {
    return differences;
  }
}
