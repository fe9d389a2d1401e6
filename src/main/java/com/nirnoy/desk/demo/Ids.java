package com.nirnoy.desk.demo;

import java.util.Random;
import java.util.UUID;

/**
 * Version-4-shaped UUIDs drawn from a seeded generator, so the same seed writes the same rows: the
 * request ids of the demo's desk bookings ({@code "DeskBooking"."requestId"}).
 */
final class Ids {
  private final Random random;

  Ids(long seed) {
    this.random = new Random(seed);
  }

  String next() {
    long high = (random.nextLong() & 0xFFFFFFFFFFFF0FFFL) | 0x0000000000004000L;
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low).toString();
  }
}
