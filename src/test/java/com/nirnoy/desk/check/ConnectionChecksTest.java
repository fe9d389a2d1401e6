package com.nirnoy.desk.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.nirnoy.desk.app.DeskEntities;
import com.nirnoy.desk.config.ConnectionSettings;
import com.nirnoy.desk.config.DatabaseUrl;
import com.nirnoy.desk.testing.TestDatabases;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code check} says whether the server is verified, and fails when DATABASE_URL and DIRECT_URL
 * reach different databases (live refresh would then hear nothing of what the desk writes).
 */
class ConnectionChecksTest {

  private static ConnectionSettings url(String variable, String url) {
    return DatabaseUrl.parse(variable, url);
  }

  @Test
  void twoUrlsOnDifferentDatabasesFailTheCheckAndSayWhatEachReaches() {
    ConnectionSettings pooled = TestDatabases.freshDatabase(2);
    ConnectionSettings direct = TestDatabases.freshDatabase(2);

    List<CheckResult> results = new SelfCheck(pooled, direct, false, DeskEntities.ALL).run();

    assertThat(SelfCheck.passed(results)).isFalse();
    assertThat(results)
        .map(CheckResult::line)
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith(
                        "[FAIL] DATABASE_URL and DIRECT_URL reach the same database: "
                            + pooled.source()
                            + " reaches database \""
                            + pooled.database()
                            + "\"")
                    .contains("reaches database \"" + direct.database() + "\"")
                    .contains("live refresh would hear nothing"));
  }

  @Test
  void twoUrlsOnTheSameDatabasePass() {
    ConnectionSettings db = TestDatabases.freshDatabase(2);
    ConnectionSettings sameByAnotherUrl =
        url("DIRECT_URL", "postgresql://postgres@127.0.0.1:" + db.port() + "/" + db.database());

    CheckResult same = new ConnectionChecks(db, sameByAnotherUrl, false).sameDatabase();

    assertThat(same.line())
        .startsWith(
            "[PASS] DATABASE_URL and DIRECT_URL reach the same database: database \""
                + db.database()
                + "\" (oid ");
  }

  @Test
  void aDirectUrlThatCannotConnectFailsNamingIt() {
    ConnectionSettings db = TestDatabases.freshDatabase(2);
    ConnectionSettings nowhere =
        url("DIRECT_URL", "postgresql://postgres@localhost:" + db.port() + "/no_such_database");

    CheckResult same = new ConnectionChecks(db, nowhere, false).sameDatabase();

    assertThat(same.line())
        .startsWith("[FAIL] DATABASE_URL and DIRECT_URL reach the same database: cannot connect")
        .contains("DIRECT_URL")
        .contains("no_such_database");
  }

  @Test
  void aVerifiedServerPasses() {
    ConnectionSettings pooled =
        url("DATABASE_URL", "postgresql://u:p@pooler.example.org:6543/postgres?pgbouncer=true");
    ConnectionSettings direct = url("DIRECT_URL", "postgresql://u:p@db.example.org:5432/postgres");

    assertThat(new ConnectionChecks(pooled, direct, false).serverVerified().line())
        .isEqualTo(
            "[PASS] The server is verified (TLS): DATABASE_URL verify-full (certificate and host"
                + " name checked); DIRECT_URL verify-full (certificate and host name checked)");
  }

  @Test
  void anExplicitRequireWarnsThatTheServerIsNotVerifiedAndHowToFixIt() {
    ConnectionSettings pooled =
        url(
            "DATABASE_URL",
            "postgresql://u:p@pooler.example.org:6543/postgres?pgbouncer=true&sslmode=require");
    ConnectionSettings direct = url("DIRECT_URL", "postgresql://u:p@db.example.org:5432/postgres");

    CheckResult tls = new ConnectionChecks(pooled, direct, false).serverVerified();

    assertThat(tls.status()).isEqualTo(CheckResult.Status.WARN);
    assertThat(tls.line())
        .startsWith(
            "[WARN] The server is verified (TLS): DATABASE_URL has sslmode=require: the connection"
                + " is encrypted but the server is not verified")
        .contains("Project Settings > Database > SSL Configuration")
        .contains("sslrootcert=")
        .endsWith("then remove sslmode=require");
  }

  @Test
  void verifyingTheCertificateButNotTheHostNameWarns() {
    ConnectionSettings direct =
        url("DIRECT_URL", "postgresql://u:p@db.example.org:5432/postgres?sslmode=verify-ca");

    assertThat(new ConnectionChecks(direct, direct, false).serverVerified().line())
        .startsWith("[WARN] The server is verified (TLS): DIRECT_URL has sslmode=verify-ca");
  }

  @Test
  void aServerOnThisComputerNeedsNoVerification() {
    ConnectionSettings local = url("DATABASE_URL", "postgresql://u@localhost:5432/clinic");

    assertThat(new ConnectionChecks(local, local, false).serverVerified().line())
        .isEqualTo(
            "[PASS] The server is verified (TLS): DATABASE_URL on this computer (localhost, no"
                + " network in between)");
  }
}
