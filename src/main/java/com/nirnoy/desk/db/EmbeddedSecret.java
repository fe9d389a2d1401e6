package com.nirnoy.desk.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import javax.sql.DataSource;

/**
 * The built-in database's password. The embedded server starts with "trust" authentication on
 * loopback, so any program or user on a shared counter PC could read patient data; on first start
 * the app sets a random password, switches the server to scram-sha-256, and keeps the password in a
 * file readable only by this user, beside (not inside) the data folder.
 */
final class EmbeddedSecret {
  private static final String MARKER = "# Written by Nirnoy Desk";
  private final Path file;
  private final Path hba;

  EmbeddedSecret(Path dataDir) {
    this.file = dataDir.resolveSibling(dataDir.getFileName() + ".secret");
    this.hba = dataDir.resolve("pg_hba.conf");
  }

  /** The kept password, or null when the database has not been protected yet. */
  String read() throws IOException {
    if (!Files.exists(file)) {
      if (Files.exists(hba) && Files.readString(hba).contains(MARKER)) {
        throw new IOException(
            "its password file "
                + file
                + " is missing: restore it, or delete "
                + hba.getParent()
                + " to start with a fresh demo clinic");
      }
      return null;
    }
    return Files.readString(file, StandardCharsets.UTF_8).strip();
  }

  /** Sets a new random password, requires it from now on, and returns it. */
  String protect(DataSource superuser) throws IOException {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    String password = HexFormat.of().formatHex(bytes);
    Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // Windows: the per-user app-data folder is already private to this user
    }
    try (Connection c = superuser.getConnection();
        Statement st = c.createStatement()) {
      st.execute("ALTER USER postgres PASSWORD '" + password + "'");
      Files.writeString(
          hba,
          MARKER
              + ": a password is required for every connection.\n"
              + "local all all scram-sha-256\n"
              + "host all all 127.0.0.1/32 scram-sha-256\n"
              + "host all all ::1/128 scram-sha-256\n");
      st.execute("SELECT pg_reload_conf()");
    } catch (SQLException e) {
      throw new IOException("could not set its password: " + e.getMessage(), e);
    }
    return password;
  }
}
