package com.nirnoy.desk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The build's name and version, from the pom. */
public final class AppInfo {
  private AppInfo() {}

  public static String version() {
    Properties p = new Properties();
    try (InputStream in = AppInfo.class.getResourceAsStream("/nirnoy-desk.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return p.getProperty("version", "unknown");
  }
}
