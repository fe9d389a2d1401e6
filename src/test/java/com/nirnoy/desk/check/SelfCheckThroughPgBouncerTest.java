package com.nirnoy.desk.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.nirnoy.desk.app.DeskEntities;
import com.nirnoy.desk.config.ConnectionSettings;
import com.nirnoy.desk.testing.PgBouncerServer;
import com.nirnoy.desk.testing.TestDatabases;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code check} through a real PgBouncer in transaction pooling mode (the seed's {@code
 * ...?pgbouncer=true&connection_limit=20}), with migrations' direct URL on the server: every item
 * passes, Hibernate validates through the pooler, and the pooling the server sees is named.
 */
class SelfCheckThroughPgBouncerTest {

  private static List<String> lines(List<CheckResult> results) {
    return results.stream().map(CheckResult::line).toList();
  }

  @Test
  void everyItemPassesThroughTransactionPoolingAndTheModeIsReported() {
    ConnectionSettings server = TestDatabases.freshDatabase(4);
    ConnectionSettings desk = com.nirnoy.desk.testing.TestDeskLogins.create(server);
    try (PgBouncerServer bouncer = PgBouncerServer.inFrontOf(server.port(), desk.user())) {
      // the desks' login through the pooler; the IT person's owner URL as DIRECT_URL
      ConnectionSettings pooled = bouncer.pooledAs(desk.user(), server.database(), 20);

      List<CheckResult> results = new SelfCheck(pooled, server, false, DeskEntities.ALL).run();

      assertThat(lines(results))
          .as(String.join("\n", lines(results)))
          .allSatisfy(l -> assertThat(l).startsWith("[PASS]"))
          .anySatisfy(
              l ->
                  assertThat(l)
                      .startsWith(
                          "[PASS] Pooling mode seen from the server: transaction pooling (PgBouncer)")
                      .contains("the app dials " + bouncer.port()))
          .anySatisfy(
              l -> assertThat(l).startsWith("[PASS] App connects through the pooler: DATABASE_URL"))
          .anySatisfy(
              l ->
                  assertThat(l)
                      .as("the pooler in between does not make one database look like two")
                      .startsWith(
                          "[PASS] DATABASE_URL and DIRECT_URL reach the same database: database \""
                              + server.database()
                              + "\""))
          .anySatisfy(
              l ->
                  assertThat(l)
                      .startsWith(
                          "[PASS] The app's mapping matches the schema (Hibernate validate)"))
          .anySatisfy(l -> assertThat(l).startsWith("[PASS] Desk rules, audit and live-refresh"))
          .anySatisfy(
              l ->
                  assertThat(l).startsWith("[PASS] Schema layout: created by the desk, at version"))
          .anySatisfy(
              l ->
                  assertThat(l)
                      .startsWith("[PASS] Creating the same appointment twice fails")
                      .contains("Time slot already booked"));
    }
  }

  @Test
  void aDirectConnectionIsReportedAsDirect() {
    ConnectionSettings server = TestDatabases.freshDatabase(4);

    List<CheckResult> results = new SelfCheck(server, server, false, DeskEntities.ALL).run();

    assertThat(lines(results))
        .contains(
            "[PASS] Pooling mode seen from the server: direct connections to PostgreSQL, no pooler"
                + " (server port "
                + server.port()
                + ", the app dials "
                + server.port()
                + ")");
  }
}
