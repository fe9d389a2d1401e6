package com.nirnoy.desk.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.nirnoy.desk.config.ConnectionSettings;
import com.nirnoy.desk.testing.CuttingProxy;
import com.nirnoy.desk.testing.PlatformRows;
import com.nirnoy.desk.testing.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The work pool never waits forever (a slow statement is cancelled, a silent pooler or network ends
 * in a connection failure), and what the driver says about a refused row quotes none of it.
 */
class DataSourcesTest {
  private static ConnectionSettings db;

  @BeforeAll
  static void database() {
    db = TestDatabases.freshDatabase(4);
  }

  @Test
  void aStatementOverTheLimitIsCancelledAndTheConnectionStaysUsable() throws SQLException {
    try (HikariDataSource pool = DataSources.pool(db, "limit-test");
        Connection c = pool.getConnection();
        Statement st = c.createStatement()) {
      Throwable slow =
          catchThrowable(
              () -> st.execute("SELECT pg_sleep(" + 4 * DataSources.SOCKET_TIMEOUT_SECONDS + ")"));
      c.rollback();

      assertThat(slow).as("cancelled, not left to run").isInstanceOf(SQLException.class);
      assertThat(DatabaseErrors.sqlState(slow)).as("query_canceled").contains("57014");
      try (ResultSet rs = st.executeQuery("SELECT 1")) {
        assertThat(rs.next()).isTrue();
      }
    }
  }

  /** Without a socket timeout the query below would wait for ever; the JUnit limit only says so. */
  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aPoolerThatStopsAnsweringEndsTheQueryInAConnectionFailureInsteadOfHanging()
      throws SQLException {
    try (CuttingProxy proxy = new CuttingProxy(db.port());
        HikariDataSource pool =
            DataSources.pool(
                ConnectionSettings.local("test", proxy.port(), db.database(), "postgres", 2),
                "silent-test");
        Connection c = pool.getConnection();
        Statement st = c.createStatement()) {
      proxy.stopForwarding();

      Throwable lost = catchThrowable(() -> st.executeQuery("SELECT 1"));

      assertThat(lost).isInstanceOf(SQLException.class);
      assertThat(DatabaseErrors.isConnectionFailure(lost))
          .as("the app's outage and unknown-outcome handling take it")
          .isTrue();
    }
  }

  @Test
  void aRefusedDuplicateQuotesNeitherThePhoneInItsMessageNorInItsDetail() throws SQLException {
    String phone = "+8801731555001";
    new PlatformRows(db).user(phone, "PATIENT");

    Throwable refused =
        refusedInPool(
            "INSERT INTO \"User\" (phone, role, \"updatedAt\") VALUES (?, 'PATIENT', now())",
            phone);

    assertThat(DatabaseErrors.refusal(refused))
        .get()
        .satisfies(
            r -> {
              assertThat(r.constraint()).isEqualTo("User_phone_key");
              assertThat(r.detail()).isEqualTo("Key (phone)=(values not shown) already exists");
            });
    assertThat(everythingSaidAbout(refused)).contains("User_phone_key").doesNotContain(phone);
  }

  @Test
  void aRefusedRowQuotesNoneOfItsValues() throws SQLException {
    int user = new PlatformRows(db).user("+8801731000001", "PATIENT");

    Throwable refused =
        refusedInPool(
            "INSERT INTO \"Patient\" (\"userId\", name, \"nameEn\", \"updatedAt\")"
                + " VALUES (?, NULL, 'Rahima Khatun', now())",
            user);

    assertThat(DatabaseErrors.refusal(refused))
        .get()
        .extracting(DatabaseRefusal::detail)
        .isEqualTo("Failing row contains (values not shown)");
    assertThat(everythingSaidAbout(refused)).doesNotContain("Rahima").doesNotContain("+880");
  }

  private static Throwable refusedInPool(String sql, Object parameter) throws SQLException {
    try (HikariDataSource pool = DataSources.pool(db, "refusal-test");
        Connection c = pool.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, parameter);
      Throwable refused = catchThrowable(ps::executeUpdate);
      c.rollback();
      assertThat(refused).isInstanceOf(SQLException.class);
      return refused;
    }
  }

  /** Messages and stack trace, as a log file would keep them. */
  private static String everythingSaidAbout(Throwable error) {
    StringWriter trace = new StringWriter();
    error.printStackTrace(new PrintWriter(trace));
    return trace.toString();
  }
}
