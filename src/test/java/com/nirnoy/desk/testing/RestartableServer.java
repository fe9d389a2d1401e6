package com.nirnoy.desk.testing;

import com.nirnoy.desk.config.ConnectionSettings;
import com.nirnoy.desk.db.PlatformMigrations;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A PostgreSQL of its own (not the shared test server) that a test may stop and start again on the
 * same data folder and port, as a clinic's server goes down and comes back. Migrated once.
 */
public final class RestartableServer implements AutoCloseable {
  private final Path dataDir;
  private final int port;
  private EmbeddedPostgres postgres;

  private RestartableServer(Path dataDir, int port) {
    this.dataDir = dataDir;
    this.port = port;
  }

  /** A new, migrated server; its data folder is {@code name} under the tests' work folder. */
  public static RestartableServer startNew(String name) {
    Path work = Path.of(System.getProperty("nirnoy.test.workdir", "target/test-work"));
    try {
      RestartableServer server =
          new RestartableServer(
              work.resolve(name + "-" + ProcessHandle.current().pid()), freePort());
      server.deleteData();
      server.start();
      PlatformMigrations.migrate(server.settings(2));
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts (again) on the same folder and port; returns when it accepts connections. */
  public synchronized void start() {
    try {
      postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDir)
              .setCleanDataDirectory(false)
              .setPort(port)
              .setServerConfig("fsync", "off")
              .setServerConfig("timezone", "Asia/Dhaka")
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stops it (fast shutdown: open sessions are ended, as in a server restart). */
  public synchronized void stop() {
    try {
      if (postgres != null) {
        postgres.close();
        postgres = null;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Direct settings for its {@code postgres} database. */
  public ConnectionSettings settings(int poolSize) {
    return ConnectionSettings.local("test", port, "postgres", "postgres", poolSize);
  }

  public int port() {
    return port;
  }

  private void deleteData() throws IOException {
    if (Files.exists(dataDir)) {
      try (Stream<Path> files = Files.walk(dataDir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  @Override
  public void close() {
    stop();
    try {
      deleteData();
    } catch (IOException e) {
      // a leftover folder under target/ is harmless
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
