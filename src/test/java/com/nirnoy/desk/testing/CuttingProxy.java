package com.nirnoy.desk.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy in front of a test PostgreSQL that can lose the server's answer to a commit: the
 * server has committed (it sent {@code CommandComplete "COMMIT"}), but the client's connection
 * drops before the answer arrives, exactly what a desk sees when the network fails mid-commit. It
 * can also stop forwarding altogether while keeping every connection open, as a hung pooler or a
 * network that silently drops everything does: nothing arrives, and no reset either.
 */
public final class CuttingProxy implements AutoCloseable {
  /** PostgreSQL's CommandComplete message for a commit: 'C', length 11, "COMMIT\0". */
  private static final byte[] COMMIT_DONE = {'C', 0, 0, 0, 11, 'C', 'O', 'M', 'M', 'I', 'T', 0};

  private final ServerSocket listener;
  private final int upstreamPort;
  private final AtomicBoolean cutNextCommit = new AtomicBoolean();
  private final AtomicBoolean blackHole = new AtomicBoolean();
  private final AtomicInteger cuts = new AtomicInteger();

  public CuttingProxy(int upstreamPort) {
    this.upstreamPort = upstreamPort;
    try {
      listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread accept = new Thread(this::accept, "cutting-proxy");
    accept.setDaemon(true);
    accept.start();
  }

  public int port() {
    return listener.getLocalPort();
  }

  /** The next commit is made on the server, and its answer never reaches the client. */
  public void loseTheNextCommitAnswer() {
    cutNextCommit.set(true);
  }

  /** From now on, every byte in either direction is swallowed; connections stay open. */
  public void stopForwarding() {
    blackHole.set(true);
  }

  /** How many answers were lost. */
  public int cuts() {
    return cuts.get();
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        Socket server = new Socket(InetAddress.getLoopbackAddress(), upstreamPort);
        pump(client, server, false);
        pump(server, client, true);
      } catch (IOException e) {
        // closed, or the server is down: the client sees its connection fail
      }
    }
  }

  private void pump(Socket from, Socket to, boolean serverToClient) {
    Thread t =
        new Thread(
            () -> {
              byte[] buf = new byte[16384];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buf)) >= 0; ) {
                  if (blackHole.get()) {
                    continue;
                  }
                  if (serverToClient
                      && contains(buf, n)
                      && cutNextCommit.compareAndSet(true, false)) {
                    cuts.incrementAndGet();
                    break; // the commit happened; its answer is lost with the connection
                  }
                  out.write(buf, 0, n);
                  out.flush();
                }
              } catch (IOException e) {
                // one side went away
              } finally {
                closeQuietly(from);
                closeQuietly(to);
              }
            },
            "cutting-proxy-pump");
    t.setDaemon(true);
    t.start();
  }

  private static boolean contains(byte[] buf, int n) {
    for (int i = 0; i + COMMIT_DONE.length <= n; i++) {
      if (Arrays.equals(buf, i, i + COMMIT_DONE.length, COMMIT_DONE, 0, COMMIT_DONE.length)) {
        return true;
      }
    }
    return false;
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException e) {
      // already closed
    }
  }

  @Override
  public void close() {
    try {
      listener.close();
    } catch (IOException e) {
      // already closed
    }
  }
}
