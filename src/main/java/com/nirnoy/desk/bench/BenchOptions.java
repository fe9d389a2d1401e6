package com.nirnoy.desk.bench;

import com.nirnoy.desk.config.ConnectionSettings;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What to run.
 *
 * @param database the server and database to fill, or null for the bench's own PostgreSQL in {@code
 *     benchDir}
 * @param reuse keep an earlier run's data when its doctor count matches (skips the load)
 * @param clients concurrent booking clients (threads, and connections in each pool)
 * @param bookings random-slot attempts for each of the app and bare SQL
 * @param hotAttempts hot-set attempts for each of the app and bare SQL
 * @param load the PgBouncer load mode's settings, or null to skip it
 */
public record BenchOptions(
    BenchScale scale,
    ConnectionSettings database,
    Path benchDir,
    boolean reuse,
    int clients,
    int bookings,
    int hotAttempts,
    int warmUp,
    int iterations,
    Load load,
    String command) {

  /**
   * The load mode: {@code desks} client connections through PgBouncer ({@code serverConnections} to
   * PostgreSQL), driven by {@code workers} threads, each desk acting every {@code thinkTime} on
   * average, for {@code duration}.
   */
  public record Load(
      int desks, int serverConnections, int workers, Duration thinkTime, Duration duration) {}
}
