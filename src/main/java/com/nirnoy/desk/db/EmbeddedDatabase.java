package com.nirnoy.desk.db;

import com.nirnoy.desk.config.ConnectionSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server started by the app itself, keeping its data in a folder of the user's
 * (so it survives restarts). Used when no {@code DATABASE_URL} is configured, and by the tests.
 */
public final class EmbeddedDatabase implements AutoCloseable {
  public static final String DATABASE = "nirnoy";
  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

  private final EmbeddedPostgres postgres;
  private final Path dataDir;
  private final String password;

  private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDir, String password) {
    this.postgres = postgres;
    this.dataDir = dataDir;
    this.password = password;
  }

  /**
   * Starts the server on {@code dataDir}, creating the cluster on first use and keeping it after.
   *
   * @param clean true to wipe the folder first (tests)
   */
  public static EmbeddedDatabase start(Path dataDir, boolean clean) {
    try {
      Files.createDirectories(dataDir.getParent());
      // a kept database holds patient data: it gets a password of its own (tests' throwaway ones
      // don't)
      EmbeddedSecret secret = clean ? null : new EmbeddedSecret(dataDir);
      String password = secret == null ? null : secret.read();
      boolean fresh = clean || !Files.exists(dataDir.resolve("PG_VERSION"));
      log.info(
          "Starting the built-in PostgreSQL in {}{}",
          dataDir,
          fresh ? " (first start: creating it)" : "");
      EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
      if (password != null) {
        builder.setConnectConfig("password", password);
      }
      EmbeddedPostgres pg =
          builder
              .setDataDirectory(dataDir)
              .setCleanDataDirectory(clean)
              .setPGStartupWait(Duration.ofSeconds(60))
              .setServerConfig("max_connections", "300")
              .setServerConfig("timezone", "Asia/Dhaka")
              // zonky's defaults trade durability for test speed; a clinic's data needs both on
              .setServerConfig("fsync", clean ? "off" : "on")
              .setServerConfig("synchronous_commit", clean ? "off" : "on")
              .start();
      EmbeddedDatabase db = new EmbeddedDatabase(pg, dataDir, password);
      db.createDatabaseIfMissing(DATABASE);
      if (secret != null && password == null) {
        db = new EmbeddedDatabase(pg, dataDir, secret.protect(pg.getPostgresDatabase()));
      }
      return db;
    } catch (IOException | RuntimeException e) {
      String reason = DatabaseErrors.rootMessage(e);
      String advice = "";
      if (reason.contains("could not lock")) {
        reason = "another Nirnoy Desk (window or command) is already using it";
        advice = ". Close the other Nirnoy Desk and try again";
      }
      throw new DatabaseUnavailableException(
          "The built-in database in " + dataDir + " could not start: " + reason + advice, e);
    }
  }

  /** Connection settings for one database of this server. */
  public ConnectionSettings settings(String database, int maxPoolSize) {
    return ConnectionSettings.local(
            "embedded", postgres.getPort(), database, "postgres", maxPoolSize)
        .withPassword(password);
  }

  public int port() {
    return postgres.getPort();
  }

  public Path dataDir() {
    return dataDir;
  }

  /** Creates {@code name} unless it exists, optionally as a copy of {@code template}. */
  public void createDatabaseIfMissing(String name) {
    createDatabase(name, null, true);
  }

  /** Creates {@code name} as a copy of {@code template} (tens of milliseconds: no migration). */
  public void createDatabaseFromTemplate(String name, String template) {
    createDatabase(name, template, false);
  }

  private void createDatabase(String name, String template, boolean ifMissing) {
    try (Connection c = postgres.getPostgresDatabase().getConnection()) {
      if (ifMissing) {
        try (PreparedStatement ps =
            c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
          ps.setString(1, name);
          try (ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
              return;
            }
          }
        }
      }
      try (Statement st = c.createStatement()) {
        st.execute(
            "CREATE DATABASE "
                + quote(name)
                + (template == null ? "" : " TEMPLATE " + quote(template)));
      }
    } catch (SQLException e) {
      throw new DatabaseUnavailableException(
          "Could not create database " + name + ": " + e.getMessage(), e);
    }
  }

  /** Drops {@code name}, ending its sessions first. */
  public void dropDatabase(String name) {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement st = c.createStatement()) {
      st.execute("DROP DATABASE IF EXISTS " + quote(name) + " WITH (FORCE)");
    } catch (SQLException e) {
      throw new DatabaseUnavailableException(
          "Could not drop database " + name + ": " + e.getMessage(), e);
    }
  }

  private static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  /** Stops the server cleanly (a fast shutdown: sessions are ended, data is flushed). */
  @Override
  public void close() {
    try {
      postgres.close();
      log.info("Built-in PostgreSQL stopped");
    } catch (IOException e) {
      log.warn("The built-in PostgreSQL did not stop cleanly: {}", e.getMessage());
    }
  }
}
