package com.nirnoy.desk.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the app keeps its data, settings and logs: the user's app-data folder, never the install
 * folder, so upgrades keep them. {@code NIRNOY_HOME} overrides the location.
 */
public record AppDirectories(Path home) {

  /** The folder for this user on this OS. */
  public static AppDirectories forCurrentUser() {
    return resolve(
        System.getenv(),
        System.getProperty("os.name", ""),
        Path.of(System.getProperty("user.home")));
  }

  static AppDirectories resolve(Map<String, String> env, String osName, Path userHome) {
    String override = env.get("NIRNOY_HOME");
    if (override != null && !override.isBlank()) {
      return new AppDirectories(Path.of(override).toAbsolutePath());
    }
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.contains("win")) {
      String local = env.get("LOCALAPPDATA");
      Path base =
          local != null && !local.isBlank()
              ? Path.of(local)
              : userHome.resolve("AppData").resolve("Local");
      return new AppDirectories(base.resolve("NirnoyDesk"));
    }
    if (os.contains("mac")) {
      return new AppDirectories(
          userHome.resolve("Library").resolve("Application Support").resolve("NirnoyDesk"));
    }
    String xdg = env.get("XDG_DATA_HOME");
    Path base =
        xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".local").resolve("share");
    return new AppDirectories(base.resolve("nirnoy-desk"));
  }

  /** The embedded PostgreSQL data directory. */
  public Path databaseDir() {
    return home.resolve("pgdata");
  }

  public Path logDir() {
    return home.resolve("logs");
  }

  /** The per-user settings file, read after a {@code .env} in the working folder. */
  public Path envFile() {
    return home.resolve(".env");
  }
}
