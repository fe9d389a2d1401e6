package com.nirnoy.desk.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.nirnoy.desk.config.ConnectionSettings;
import com.nirnoy.desk.testing.TestDatabases;
import java.io.FileNotFoundException;
import java.net.ConnectException;
import java.security.cert.CertPathBuilderException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/**
 * What the app says when a connection fails: a server that could not be verified gets one line
 * saying what to do; a refusal's detail keeps its columns but never the row's values.
 */
class DatabaseErrorsTest {

  @Test
  void aMissingCaFileSaysWhereItWasLookedForAndHowToGiveOne() {
    Throwable error =
        new PSQLException(
            "Could not open SSL root certificate file /home/rina/.postgresql/root.crt.",
            PSQLState.CONNECTION_FAILURE,
            new FileNotFoundException(
                "/home/rina/.postgresql/root.crt (No such file or directory)"));

    assertThat(DatabaseErrors.rootMessage(error))
        .startsWith(
            "no CA certificate to verify the server with at /home/rina/.postgresql/root.crt: save"
                + " the database's CA certificate (Supabase: Project Settings > Database > SSL"
                + " Configuration > Download certificate)")
        .contains("sslrootcert=/path/to/ca.crt")
        .contains("DATABASE_SSL_ROOT_CERT=/path/to/ca.crt")
        .doesNotContain("\n");
  }

  @Test
  void aCertificateTheCaDidNotSignSaysHowToGiveTheRightCa() {
    SSLHandshakeException handshake =
        new SSLHandshakeException("PKIX path building failed: unable to find valid path");
    handshake.initCause(
        new CertPathBuilderException(
            "unable to find valid certification path to requested target"));
    Throwable error =
        new PSQLException(
            "SSL error: PKIX path building failed", PSQLState.CONNECTION_FAILURE, handshake);

    assertThat(DatabaseErrors.rootMessage(error))
        .startsWith(
            "the server's certificate could not be verified (unable to find valid certification"
                + " path to requested target): save the database's CA certificate")
        .doesNotContain("\n");
  }

  @Test
  void aCertificateForAnotherHostSaysToUseTheProvidersHostName() {
    Throwable error =
        new PSQLException(
            "The hostname 10.0.0.7 could not be verified by hostnameverifier PgjdbcHostnameVerifier.",
            PSQLState.CONNECTION_FAILURE);

    assertThat(DatabaseErrors.rootMessage(error))
        .startsWith("the server's certificate is not for the host in the URL");
  }

  @Test
  void aServerWithoutTlsAskedToBeVerifiedSaysSo() {
    ConnectionSettings plain = TestDatabases.freshDatabase(1);
    ConnectionSettings verifying =
        new ConnectionSettings(
            "DATABASE_URL",
            plain.jdbcUrl() + "&sslmode=verify-full",
            plain.user(),
            plain.password(),
            plain.host(),
            plain.port(),
            plain.database(),
            false,
            1,
            "verify-full");

    Throwable error = catchThrowable(() -> DataSources.unpooled(verifying).getConnection().close());

    assertThat(DatabaseErrors.rootMessage(error))
        .startsWith("the server does not offer TLS, which verifying it needs")
        .doesNotContain("\n");
  }

  @Test
  void otherFailuresKeepTheirOwnFirstLine() {
    Throwable error =
        new PSQLException(
            "Connection to db.x.co:5432 refused.",
            PSQLState.CONNECTION_UNABLE_TO_CONNECT,
            new ConnectException("Connection refused"));

    assertThat(DatabaseErrors.rootMessage(error)).isEqualTo("Connection refused");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Key (phone)=(+8801711000001) already exists.                       | Key (phone)=(values not shown) already exists
          Key (lower(email))=(rina@x.org) already exists.                    | Key (lower(email))=(values not shown) already exists
          Key ("doctorId", slot)=(4, [10:00,10:15)) conflicts with existing key ("doctorId", slot)=(4, [10:00,10:15)). | Key ("doctorId", slot)=(values not shown) conflicts with an existing key
          Key ("userId")=(77) is not present in table "User".                | Key ("userId")=(values not shown) is not present in table "User"
          Failing row contains (9, Rahima Khatun, +8801711000001, $2a$10$hash). | Failing row contains (values not shown)
          The chamber is closed that day.                                    | The chamber is closed that day.
          """)
  void aRefusalsDetailKeepsItsColumnsButNoneOfTheValues(String detail, String logged) {
    assertThat(DatabaseErrors.withoutValues(detail)).isEqualTo(logged);
  }
}
