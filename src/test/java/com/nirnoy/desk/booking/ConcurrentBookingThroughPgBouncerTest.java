package com.nirnoy.desk.booking;

import com.nirnoy.desk.config.ConnectionSettings;
import com.nirnoy.desk.testing.PgBouncerServer;
import org.junit.jupiter.api.AfterAll;

/**
 * The same races through a real PgBouncer in transaction pooling mode, as a desk login (the session
 * token travels with each transaction), with the seed's URL shape ({@code
 * pgbouncer=true&connection_limit=...}): Hibernate, the doctor-day lock and the request-id retry
 * keep no session state, so every outcome is the same as on a direct connection.
 */
class ConcurrentBookingThroughPgBouncerTest extends ConcurrentBookingTest {
  private PgBouncerServer bouncer;

  @Override
  ConnectionSettings connect(ConnectionSettings owner, ConnectionSettings desk) {
    bouncer = PgBouncerServer.inFrontOf(owner.port(), desk.user());
    return bouncer.pooledAs(desk.user(), owner.database(), DESKS + 2);
  }

  @AfterAll
  void stopBouncer() {
    if (bouncer != null) {
      bouncer.close();
    }
  }
}
