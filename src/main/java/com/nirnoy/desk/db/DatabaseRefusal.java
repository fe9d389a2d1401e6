package com.nirnoy.desk.db;

/**
 * The database refused a write because it broke a named rule.
 *
 * @param kind which kind of rule
 * @param constraint the rule's name as the migration gave it (an index name for a partial unique
 *     index), or {@code null} when the server did not name one
 * @param sqlState the five-character SQLSTATE
 * @param detail the server's detail line (e.g. the conflicting key), for the log only
 */
public record DatabaseRefusal(Kind kind, String constraint, String sqlState, String detail) {

  /** The kinds of rule PostgreSQL enforces, by SQLSTATE. */
  public enum Kind {
    UNIQUE("23505"),
    EXCLUSION("23P01"),
    CHECK("23514"),
    FOREIGN_KEY("23503"),
    NOT_NULL("23502");

    private final String sqlState;

    Kind(String sqlState) {
      this.sqlState = sqlState;
    }

    static Kind of(String sqlState) {
      for (Kind kind : values()) {
        if (kind.sqlState.equals(sqlState)) {
          return kind;
        }
      }
      return null;
    }
  }

  public boolean is(String constraintName) {
    return constraintName.equals(constraint);
  }
}
