package com.nirnoy.desk.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real PgBouncer in transaction pooling mode (as Supabase's port 6543), started for the load
 * mode: its ini, user list, log and pid file in a folder of its own. PgBouncer refuses to run as
 * root, so as root it runs as the {@code postgres} user (or {@code nobody}), with the open-files
 * limit raised to the hard limit for thousands of clients.
 */
final class PgBouncerProcess implements AutoCloseable {
  private final Process process;
  private final Path dir;
  private final int port;

  private PgBouncerProcess(Process process, Path dir, int port) {
    this.process = process;
    this.dir = dir;
    this.port = port;
  }

  /**
   * Starts PgBouncer in front of {@code database} on {@code serverHost:serverPort}, with at most
   * {@code serverConnections} connections to it and up to {@code maxClients} clients.
   */
  static PgBouncerProcess start(
      String serverHost,
      int serverPort,
      String database,
      String user,
      String password,
      int serverConnections,
      int maxClients)
      throws IOException {
    String binary = binary();
    Path dir = Files.createTempDirectory("nirnoy-pgbouncer");
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
    int port = freePort();
    String ini =
        String.join(
            "\n",
            "[databases]",
            database
                + " = host="
                + serverHost
                + " port="
                + serverPort
                + " dbname="
                + database
                + " user="
                + user
                + (password == null ? "" : " password=" + password),
            "[pgbouncer]",
            "listen_addr = 127.0.0.1",
            "listen_port = " + port,
            "unix_socket_dir =",
            "auth_type = trust",
            "auth_file = " + dir.resolve("userlist.txt"),
            "admin_users = " + user,
            "pool_mode = transaction",
            "default_pool_size = " + serverConnections,
            "max_db_connections = " + serverConnections,
            "max_client_conn = " + (maxClients + 100),
            "ignore_startup_parameters = extra_float_digits,options",
            "logfile = " + dir.resolve("pgbouncer.log"),
            "pidfile = " + dir.resolve("pgbouncer.pid"),
            "");
    Files.writeString(dir.resolve("pgbouncer.ini"), ini, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("userlist.txt"), "\"" + user + "\" \"\"\n");
    for (String f : List.of("pgbouncer.ini", "userlist.txt")) {
      Files.setPosixFilePermissions(dir.resolve(f), PosixFilePermissions.fromString("rw-r--r--"));
    }
    List<String> cmd = new ArrayList<>();
    String run = "ulimit -n $(ulimit -Hn); exec " + binary + " " + dir.resolve("pgbouncer.ini");
    if (isRoot()) {
      cmd.addAll(List.of("runuser", "-u", unprivilegedUser(), "--"));
    }
    cmd.addAll(List.of("sh", "-c", run));
    Process p =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("stdout.txt").toFile())
            .start();
    PgBouncerProcess bouncer = new PgBouncerProcess(p, dir, port);
    bouncer.awaitListening();
    return bouncer;
  }

  int port() {
    return port;
  }

  /** e.g. "PgBouncer 1.18.0", as the binary reports itself. */
  String version() {
    try {
      Process v = new ProcessBuilder(binary(), "--version").redirectErrorStream(true).start();
      String text = new String(v.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      v.waitFor(5, TimeUnit.SECONDS);
      return text.lines().findFirst().orElse("PgBouncer").strip();
    } catch (IOException e) {
      return "PgBouncer";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "PgBouncer";
    }
  }

  private void awaitListening() throws IOException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException("PgBouncer stopped at once: " + log());
      }
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return;
      } catch (IOException notYet) {
        sleep(100);
      }
    }
    close();
    throw new IOException("PgBouncer did not listen on port " + port + " within 15 s: " + log());
  }

  /** The last lines of its log, for an error message. */
  String log() {
    try {
      Path log = dir.resolve("pgbouncer.log");
      Path file = Files.exists(log) ? log : dir.resolve("stdout.txt");
      List<String> lines = Files.readAllLines(file);
      return String.join(" / ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
    } catch (IOException e) {
      return "(no log)";
    }
  }

  private static String binary() throws IOException {
    for (String candidate : List.of("/usr/sbin/pgbouncer", "/usr/bin/pgbouncer")) {
      if (Files.isExecutable(Path.of(candidate))) {
        return candidate;
      }
    }
    throw new IOException(
        "PgBouncer is not installed (Debian/Ubuntu: apt-get install pgbouncer); the load mode needs it");
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static String unprivilegedUser() throws IOException {
    try {
      Process id = new ProcessBuilder("id", "-u", "postgres").start();
      return id.waitFor() == 0 ? "postgres" : "nobody";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "nobody";
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

  /** Stops PgBouncer (SIGTERM to the pid it wrote, then to the process we started). */
  @Override
  public void close() {
    try {
      Path pidFile = dir.resolve("pgbouncer.pid");
      if (Files.exists(pidFile)) {
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
      }
    } catch (IOException | NumberFormatException e) {
      // fall through to the process we started
    }
    process.destroy();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
      try (var files = Files.list(dir)) {
        for (Path f : files.toList()) {
          Files.deleteIfExists(f);
        }
      }
      Files.deleteIfExists(dir);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // a temporary folder left behind is harmless
    }
  }
}
