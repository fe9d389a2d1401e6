package com.nirnoy.desk.config;

/**
 * A setting is missing or wrong. The message is one line that names the setting and says what to
 * do; it never contains a password.
 */
public class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }
}
