package com.nirnoy.desk.db;

/**
 * The clinic's server does not (yet) have the schema this desk needs; the message says in one line
 * what was found and which command fixes it. Nothing was changed.
 */
public class SchemaNotReadyException extends DatabaseUnavailableException {
  private static final long serialVersionUID = 1L;

  public SchemaNotReadyException(String message) {
    super(message, null);
  }
}
