package com.nirnoy.desk.db;

import com.nirnoy.desk.config.ConnectionSettings;
import com.nirnoy.desk.config.PrivateFiles;
import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server started by the app itself, keeping its data in a folder of the user's
 * (so it survives restarts). Used when no {@code DATABASE_URL} is configured, and by the tests.
 */
public final class EmbeddedDatabase implements AutoCloseable {
  public static final String DATABASE = "nirnoy";
  private static final String ZONKY_WORKING_DIR = "ot.epg.working-dir";
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
   * Its programs are unpacked into a private folder beside it ({@link #programsFolder}), never into
   * the shared temporary folder where another user could replace them.
   *
   * <p>A kept database requires its password ({@link EmbeddedSecret}) from the very first start:
   * the password file is written before the cluster is made and {@code initdb} takes it from there
   * with scram-sha-256 authentication (zonky runs {@code initdb -A trust}; the options it appends
   * after its own, {@code --auth} and {@code --pwfile}, win), so no connection is ever trusted.
   *
   * @param clean true for a throwaway server (tests only): its folder is wiped first and deleted on
   *     close, and it runs without a password on this computer's loopback
   */
  public static EmbeddedDatabase start(Path dataDir, boolean clean) {
    try {
      Path programs = PrivateFiles.folder(programsFolder(dataDir));
      Files.createDirectories(dataDir.getParent());
      EmbeddedSecret secret = clean ? null : new EmbeddedSecret(dataDir);
      boolean fresh = clean || !Files.exists(dataDir.resolve("PG_VERSION"));
      String password = null;
      if (secret != null) {
        String kept = secret.read();
        password = kept != null ? kept : secret.create();
      }
      log.info(
          "Starting the built-in PostgreSQL in {}{}",
          dataDir,
          fresh ? " (first start: creating it)" : "");
      EmbeddedPostgres.Builder builder = builderIn(programs);
      if (password != null) {
        builder.setConnectConfig("password", password);
        builder.setLocaleConfig("auth", "scram-sha-256");
        builder.setLocaleConfig("pwfile", secret.file().toString());
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
      if (secret != null && secret.trustsConnections()) {
        // made by an early desk without a password: the one start that still trusted connections
        secret.protect(db.superuser(), password);
      }
      db.createDatabaseIfMissing(DATABASE);
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

  /** Where the server's programs are unpacked: {@code postgresql/} beside the data folder. */
  static Path programsFolder(Path dataDir) {
    return dataDir.resolveSibling("postgresql");
  }

  /**
   * A builder that unpacks the programs under {@code programs}. zonky makes its working folder
   * writable by everyone (it expects a shared one in the temporary folder), so that folder is one
   * level down, inside the private one, where no other user can reach it. zonky also keeps a folder
   * where it stops and deletes any stale server it finds (by default {@code
   * java.io.tmpdir/embedded-pg}, shared by every user of the computer); unless one was chosen
   * ({@code ot.epg.working-dir}, as the tests do), it is pointed at the same place.
   */
  private static EmbeddedPostgres.Builder builderIn(Path programs) {
    Path unpacked = programs.resolve("unpacked");
    synchronized (EmbeddedDatabase.class) {
      if (System.getProperty(ZONKY_WORKING_DIR) == null) {
        System.setProperty(ZONKY_WORKING_DIR, unpacked.toString());
      }
      return EmbeddedPostgres.builder()
          .setOverrideWorkingDirectory(unpacked.toFile())
          .setPgBinaryResolver(new ProgramsIn(unpacked));
    }
  }

  /**
   * zonky's own binaries, told apart by the folder they go to: zonky remembers one unpacked copy
   * per resolver for the life of the JVM, whatever folder a later server asks for.
   */
  private record ProgramsIn(Path folder) implements PgBinaryResolver {
    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
      return DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware);
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
    try (Connection c = superuser().getConnection()) {
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
    try (Connection c = superuser().getConnection();
        Statement st = c.createStatement()) {
      st.execute("DROP DATABASE IF EXISTS " + quote(name) + " WITH (FORCE)");
    } catch (SQLException e) {
      throw new DatabaseUnavailableException(
          "Could not drop database " + name + ": " + e.getMessage(), e);
    }
  }

  /** The superuser on the maintenance database, with the password when the server has one. */
  private DataSource superuser() {
    return password == null
        ? postgres.getPostgresDatabase()
        : postgres.getPostgresDatabase(Map.of("password", password));
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
