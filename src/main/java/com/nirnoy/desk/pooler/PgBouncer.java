package com.nirnoy.desk.pooler;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PgBouncer process (Debian's {@code pgbouncer} package) on a free port of 127.0.0.1, in a
 * folder of its own holding its ini, user list and log, for the bench's load mode and the tests. As
 * root it runs as another user ({@link RunAs}), with the open-files limit raised to the hard limit
 * so thousands of clients fit. It can be stopped and started again on the same port, as a pooler
 * goes down and comes back.
 */
public final class PgBouncer implements AutoCloseable {
  /** Said when the binary is missing, with how to install it. */
  public static final String NOT_INSTALLED =
      "PgBouncer is not installed (Debian/Ubuntu: apt-get install pgbouncer)";

  static final List<Path> PLACES =
      List.of(Path.of("/usr/sbin/pgbouncer"), Path.of("/usr/bin/pgbouncer"));
  private static final long START_SECONDS = 15;
  private static final long STOP_SECONDS = 5;

  private final Path binary;
  private final Path dir;
  private final int port;
  private Process process;

  private PgBouncer(Path binary, Path dir, int port) {
    this.binary = binary;
    this.dir = dir;
    this.port = port;
  }

  /** Where the pgbouncer binary is, if it is installed. */
  public static Optional<Path> installed() {
    return find(PLACES);
  }

  static Optional<Path> find(List<Path> places) {
    return places.stream().filter(Files::isExecutable).findFirst();
  }

  /**
   * Writes its configuration and starts it; returns once it accepts connections. Fails with {@link
   * #NOT_INSTALLED} when there is no pgbouncer binary, or with the end of its log when it does not
   * start.
   */
  public static PgBouncer launch(PgBouncerConfig config) throws IOException {
    return launch(config, PLACES);
  }

  static PgBouncer launch(PgBouncerConfig config, List<Path> places) throws IOException {
    Path binary =
        find(places)
            .orElseThrow(() -> new IOException(NOT_INSTALLED + "; looked for it at " + places));
    Path dir = Files.createTempDirectory("nirnoy-pgbouncer");
    PgBouncer bouncer = new PgBouncer(binary, dir, freePort());
    bouncer.writeConfig(config);
    try {
      bouncer.start();
    } catch (IOException | RuntimeException e) {
      bouncer.close();
      throw e;
    }
    return bouncer;
  }

  private void writeConfig(PgBouncerConfig config) throws IOException {
    Path users = dir.resolve("userlist.txt");
    Files.writeString(users, config.userList(), StandardCharsets.UTF_8);
    Files.writeString(ini(), config.ini(port, users), StandardCharsets.UTF_8);
    // the user PgBouncer runs as must read them
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    for (Path f : List.of(users, ini())) {
      Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  /** Starts it (again, on the same port) and waits until it accepts connections. */
  public synchronized void start() throws IOException {
    if (process != null && process.isAlive()) {
      return;
    }
    List<String> command = new ArrayList<>(RunAs.prefix());
    command.addAll(
        List.of(
            "sh",
            "-c",
            "ulimit -n \"$(ulimit -Hn)\"; exec \"$0\" \"$1\"",
            binary.toString(),
            ini().toString()));
    process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()))
            .start();
    awaitAccepting();
  }

  private void awaitAccepting() throws IOException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
    while (!accepting()) {
      if (!process.isAlive()) {
        throw new IOException("PgBouncer stopped at once: " + logTail());
      }
      if (System.nanoTime() > deadline) {
        stop();
        throw new IOException(
            "PgBouncer did not listen on port "
                + port
                + " within "
                + START_SECONDS
                + " s: "
                + logTail());
      }
      sleep(50);
    }
  }

  /** Stops it at once (clients lose their connections); {@link #start()} brings it back. */
  public synchronized void stop() {
    if (process == null || !process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(STOP_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(STOP_SECONDS, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The port it listens on, on 127.0.0.1. */
  public int port() {
    return port;
  }

  /** As the binary names itself, e.g. "PgBouncer 1.18.0". */
  public String version() {
    try {
      Process v =
          new ProcessBuilder(binary.toString(), "--version").redirectErrorStream(true).start();
      String text = new String(v.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      v.waitFor(STOP_SECONDS, TimeUnit.SECONDS);
      return text.lines().findFirst().orElse("PgBouncer").strip();
    } catch (IOException e) {
      return "PgBouncer";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "PgBouncer";
    }
  }

  /** The last lines of its log, for an error message. */
  public String logTail() {
    try {
      List<String> lines = Files.readAllLines(log());
      return String.join(" / ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
    } catch (IOException e) {
      return "(no log)";
    }
  }

  /** Stops it and removes its folder. */
  @Override
  public void close() {
    stop();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(f);
      }
    } catch (IOException e) {
      // a temporary folder left behind is harmless
    }
  }

  Path folder() {
    return dir;
  }

  private Path ini() {
    return dir.resolve("pgbouncer.ini");
  }

  private Path log() {
    return dir.resolve("pgbouncer.log");
  }

  private boolean accepting() {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
