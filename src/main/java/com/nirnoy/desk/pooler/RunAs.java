package com.nirnoy.desk.pooler;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The command prefix that drops root for PgBouncer, which refuses to run as root: {@code setpriv}
 * to the {@code postgres} user (or {@code nobody}), by numeric ids because Debian's {@code nobody}
 * has no group of that name. {@code setpriv} execs the command, so the process we start is
 * PgBouncer itself and stopping it needs no pid file.
 */
final class RunAs {
  private static final List<String> CANDIDATES = List.of("postgres", "nobody");

  private RunAs() {}

  /** Nothing when not root; otherwise the {@code setpriv} words to put before the command. */
  static List<String> prefix(boolean root, List<String> passwd) throws IOException {
    if (!root) {
      return List.of();
    }
    for (String name : CANDIDATES) {
      Optional<String[]> entry = entry(passwd, name);
      if (entry.isPresent()) {
        String[] f = entry.get();
        return List.of("setpriv", "--reuid=" + f[2], "--regid=" + f[3], "--clear-groups");
      }
    }
    throw new IOException(
        "PgBouncer refuses to run as root, and neither the postgres nor the nobody user exists"
            + " to run it as");
  }

  /** The prefix for this process: root is recognised by its user name. */
  static List<String> prefix() throws IOException {
    boolean root = "root".equals(System.getProperty("user.name"));
    return prefix(root, root ? Files.readAllLines(Path.of("/etc/passwd")) : List.of());
  }

  private static Optional<String[]> entry(List<String> passwd, String name) {
    return passwd.stream()
        .map(line -> line.split(":", -1))
        .filter(f -> f.length >= 4 && f[0].equals(name))
        .findFirst();
  }
}
