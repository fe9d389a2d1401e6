package com.nirnoy.desk.testing;

import com.nirnoy.desk.config.ConnectionSettings;
import com.nirnoy.desk.config.DatabaseUrl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assumptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PgBouncer (Debian's {@code pgbouncer}) in transaction pooling mode in front of a test
 * PostgreSQL on this computer, as Supabase's pooler on port 6543 sits in front of its database.
 * Without PgBouncer installed, tests that need it are skipped, with one line saying how to enable
 * them (CI sets {@code NIRNOY_REQUIRE_PGBOUNCER}, so there they fail instead of skipping).
 * PgBouncer refuses to run as root, so as root it runs as the {@code postgres} (or {@code nobody})
 * user.
 */
public final class PgBouncerServer implements AutoCloseable {
  public static final String SKIPPED =
      "PgBouncer tests skipped: install Debian's pgbouncer (apt-get install pgbouncer) or run bash"
          + " .ci/run";
  private static final Path BINARY = Path.of("/usr/sbin/pgbouncer");
  private static final AtomicBoolean TOLD = new AtomicBoolean();
  private static final Logger log = LoggerFactory.getLogger(PgBouncerServer.class);

  private final Path dir;
  private final int port;
  private Process process;

  private PgBouncerServer(Path dir, int port) {
    this.dir = dir;
    this.port = port;
  }

  /**
   * Starts PgBouncer in front of the server on {@code serverPort}, or skips the calling test when
   * PgBouncer is not installed.
   */
  public static PgBouncerServer inFrontOf(int serverPort) {
    if (!Files.isExecutable(BINARY)) {
      if (System.getenv("NIRNOY_REQUIRE_PGBOUNCER") != null) {
        throw new IllegalStateException(
            BINARY + " is missing, and CI requires the PgBouncer tests");
      }
      if (TOLD.compareAndSet(false, true)) {
        log.warn(SKIPPED);
      }
      Assumptions.abort(SKIPPED);
    }
    try {
      Path dir = Files.createTempDirectory("nirnoy-pgbouncer");
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
      PgBouncerServer bouncer = new PgBouncerServer(dir, freePort());
      bouncer.writeConfig(serverPort);
      bouncer.start();
      return bouncer;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeConfig(int serverPort) throws IOException {
    Files.writeString(dir.resolve("users.txt"), "\"postgres\" \"\"\n");
    Files.writeString(
        dir.resolve("pgbouncer.ini"),
        """
        [databases]
        * = host=127.0.0.1 port=%d
        [pgbouncer]
        listen_addr = 127.0.0.1
        listen_port = %d
        unix_socket_dir =
        auth_type = trust
        auth_file = %s
        pool_mode = transaction
        max_client_conn = 500
        default_pool_size = 20
        server_reset_query =
        ignore_startup_parameters = extra_float_digits
        server_login_retry = 1
        """
            .formatted(serverPort, port, dir.resolve("users.txt")));
    for (String f : List.of("users.txt", "pgbouncer.ini")) {
      Files.setPosixFilePermissions(dir.resolve(f), PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  /** Starts (or starts again, on the same port) and waits until it accepts connections. */
  public synchronized void start() {
    List<String> command = new ArrayList<>();
    if ("root".equals(System.getProperty("user.name"))) {
      String user = userExists("postgres") ? "postgres" : "nobody";
      command.addAll(List.of("setpriv", "--reuid=" + user, "--regid=" + user, "--clear-groups"));
    }
    command.addAll(List.of(BINARY.toString(), dir.resolve("pgbouncer.ini").toString()));
    try {
      process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("log.txt").toFile()))
              .start();
      long until = System.currentTimeMillis() + 10_000;
      while (!accepting()) {
        if (!process.isAlive() || System.currentTimeMillis() > until) {
          throw new IllegalStateException(
              "PgBouncer did not start: " + Files.readString(dir.resolve("log.txt")));
        }
        Thread.sleep(50);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Stops it at once (clients lose their connections), keeping its port for {@link #start()}. */
  public synchronized void stop() {
    if (process != null && process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * The app's settings for {@code database} through this PgBouncer, parsed from a URL of the seed's
   * shape ({@code ...?pgbouncer=true&connection_limit=N}).
   */
  public ConnectionSettings pooled(String database, int connectionLimit) {
    return DatabaseUrl.parse(
        "DATABASE_URL",
        "postgresql://postgres@localhost:%d/%s?pgbouncer=true&connection_limit=%d"
            .formatted(port, database, connectionLimit));
  }

  public int port() {
    return port;
  }

  private boolean accepting() {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean userExists(String name) {
    try {
      return Files.readAllLines(Path.of("/etc/passwd")).stream()
          .anyMatch(l -> l.startsWith(name + ":"));
    } catch (IOException e) {
      return false;
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  @Override
  public void close() {
    stop();
  }
}
