package com.nirnoy.desk.db;

import com.nirnoy.desk.config.PrivateFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The built-in database's password, kept in a file readable only by this user, beside (not inside)
 * the data folder: without it any program or user on a shared counter PC could read patient data. A
 * new database gets its password before it exists: the file is written first (owner-only from its
 * first byte) and {@code initdb} takes it from there with scram-sha-256 authentication, so the
 * server never runs a moment without one. A database an early desk made without a password (its
 * {@code pg_hba.conf} trusts local connections) gets one on its next start ({@link #protect}).
 * Tests' throwaway servers have none.
 */
final class EmbeddedSecret {
  private static final String MARKER = "# Written by Nirnoy Desk";
  private static final Pattern TRUST = Pattern.compile("\\btrust\\b");
  private final Path file;
  private final Path hba;

  EmbeddedSecret(Path dataDir) {
    this.file = dataDir.resolveSibling(dataDir.getFileName() + ".secret");
    this.hba = dataDir.resolve("pg_hba.conf");
  }

  /** The password file, e.g. for {@code initdb --pwfile}. */
  Path file() {
    return file;
  }

  /**
   * The kept password, or null when there is none yet: a database still to be made, or one an early
   * desk made without a password.
   *
   * @throws IOException when the database requires a password and its file is missing or empty
   */
  String read() throws IOException {
    if (!Files.exists(file)) {
      if (Files.exists(hba) && !trustsConnections()) {
        throw new IOException(
            "its password file "
                + file
                + " is missing: restore it, or delete "
                + hba.getParent()
                + " to start with a fresh demo clinic");
      }
      return null;
    }
    String password = Files.readString(file, StandardCharsets.UTF_8).strip();
    if (password.isEmpty()) {
      throw new IOException(
          "its password file " + file + " is empty: restore it from a backup of this folder");
    }
    return password;
  }

  /** A new random password, written to the file (which must not exist yet); returns it. */
  String create() throws IOException {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    String password = HexFormat.of().formatHex(bytes);
    PrivateFiles.writeNew(file, password + "\n");
    return password;
  }

  /**
   * For a database an early desk made without a password (running, and still trusting every local
   * connection): makes {@code password} the superuser's and requires it from now on.
   */
  void protect(DataSource superuser, String password) throws IOException {
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
  }

  /**
   * True when the database's {@code pg_hba.conf} trusts some connection without a password, as an
   * early desk's did; false for one made with a password ({@code initdb --auth=scram-sha-256}) or
   * protected later (then it carries the marker).
   */
  boolean trustsConnections() throws IOException {
    return Files.exists(hba)
        && Files.readAllLines(hba, StandardCharsets.UTF_8).stream()
            .map(String::strip)
            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
            .anyMatch(line -> TRUST.matcher(line).find());
  }
}
