package com.nirnoy.desk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatabaseUrlTest {

  @Test
  void supabasePoolerUrlBecomesJdbcWithPreparedStatementsOffAndTheSeedsPoolSize() {
    ConnectionSettings s =
        DatabaseUrl.parse(
            "DATABASE_URL",
            "postgresql://postgres:s3cret@db.abcd.example.org:6543/postgres?pgbouncer=true&connection_limit=20");

    assertThat(s.jdbcUrl())
        .startsWith("jdbc:postgresql://db.abcd.example.org:6543/postgres?")
        .contains("sslmode=verify-full")
        .contains("prepareThreshold=0")
        .doesNotContain("s3cret");
    assertThat(s.user()).isEqualTo("postgres");
    assertThat(s.password()).isEqualTo("s3cret");
    assertThat(s.pgbouncer()).isTrue();
    assertThat(s.maxPoolSize()).isEqualTo(20);
    assertThat(s.port()).isEqualTo(6543);
  }

  @Test
  void directUrlKeepsPreparedStatementsAndDefaultsThePool() {
    ConnectionSettings s =
        DatabaseUrl.parse(
            "DIRECT_URL", "postgresql://postgres:pw@db.abcd.supabase.co:5432/postgres");

    assertThat(s.jdbcUrl()).doesNotContain("prepareThreshold").contains("sslmode=verify-full");
    assertThat(s.pgbouncer()).isFalse();
    assertThat(s.maxPoolSize()).isEqualTo(DatabaseUrl.DEFAULT_POOL_SIZE);
  }

  @Test
  void passwordWithUnencodedAtSignAndPercentEncodingIsRead() {
    ConnectionSettings s =
        DatabaseUrl.parse(
            "DATABASE_URL",
            "postgres://postgres.ref:p@ss%23word+1@aws-0.pooler.supabase.com:6543/postgres");

    assertThat(s.user()).isEqualTo("postgres.ref");
    assertThat(s.password()).isEqualTo("p@ss#word+1");
    assertThat(s.host()).isEqualTo("aws-0.pooler.supabase.com");
  }

  @Test
  void localHostNeedsNoTlsAndDefaultsPortAndDatabase() {
    ConnectionSettings s = DatabaseUrl.parse("DATABASE_URL", "postgresql://desk@localhost");

    assertThat(s.sslMode()).isEqualTo("prefer");
    assertThat(s.port()).isEqualTo(5432);
    assertThat(s.database()).isEqualTo("postgres");
    assertThat(s.password()).isNull();
  }

  @Test
  void ipv6LoopbackAndSchemaAreUnderstood() {
    ConnectionSettings s =
        DatabaseUrl.parse(
            "DATABASE_URL", "postgresql://u:p@[::1]:6000/clinic?schema=desk&sslmode=disable");

    assertThat(s.jdbcUrl())
        .startsWith("jdbc:postgresql://[::1]:6000/clinic?")
        .contains("currentSchema=desk");
    assertThat(s.sslMode()).isEqualTo("disable");
  }

  @Test
  void descriptionsNeverShowThePassword() {
    ConnectionSettings s =
        DatabaseUrl.parse(
            "DATABASE_URL",
            "postgresql://postgres:TopSecret99@db.x.example.org:6543/postgres?pgbouncer=true");

    assertThat(s.toString()).doesNotContain("TopSecret99");
    assertThat(s.describe()).doesNotContain("TopSecret99");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          mysql://u:p@localhost/db                                        | must start with postgresql://
          jdbc:postgresql://localhost/db                                  | must start with postgresql://
          db.x.supabase.co:6543/postgres                                  | must start with postgresql://
          postgresql://localhost:5432/db                                  | has no user
          postgresql://u:p@:5432/db                                       | has no host
          postgresql://u:p@localhost:65536/db                             | use a number from 1 to 65535
          postgresql://u:p@localhost:abc/db                               | has port "abc"
          postgresql://u:p@h1,h2:5432/db                                  | exactly one host
          postgresql://u:p@db.x.supabase.co/db?sslmode=disable            | TLS is required
          postgresql://u:p@db.x.supabase.co/db?sslmode=prefer             | TLS is required
          postgresql://u:p@localhost/db?sslmode=sometimes                 | sslmode=sometimes
          postgresql://u:p@localhost/db?connection_limit=0                | connection_limit=0
          postgresql://u:p@localhost/db?connection_limit=lots             | use a whole number
          postgresql://u:p@localhost/db?pgbouncer=maybe                   | use true or false
          postgresql://u:p@localhost/db?pgbouncer=true&pgbouncer=false    | twice
          postgresql://u:p@localhost/db?poolsize=5                        | does not know: poolsize
          postgresql://u:100%@localhost/db                                | broken %-escape
          postgresql://:p@localhost/db                                    | empty user name
          postgresql://u:p@::1:5432/db                                    | without brackets
          postgresql://u:p@localhost/db#frag                              | '#'
          postgresql://u:p@127.evil.example/db?sslmode=disable            | TLS is required
          """)
  void badUrlsGetOneLineNamingTheVariableAndNeverThePassword(String url, String expected) {
    assertThatThrownBy(() -> DatabaseUrl.parse("DATABASE_URL", url))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("DATABASE_URL")
        .hasMessageContaining(expected)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          postgresql://u:Qv7SecretPw@db.x.example.org/db?sslmode=disable
          postgresql://u:Qv7SecretPw@localhost:0/db
          postgresql://u:Qv7SecretPw@localhost/db?poolsize=5
          postgresql://u:Qv7SecretPw@localhost/db?connection_limit=x
          mysql://u:Qv7SecretPw@localhost/db
          """)
  void noErrorEverShowsThePassword(String url) {
    assertThatThrownBy(() -> DatabaseUrl.parse("DATABASE_URL", url))
        .isInstanceOf(ConfigException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Qv7SecretPw"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          postgresql://u:Qv7@Sec/retPw@db.x.example.org/db        | Sec | retPw
          postgresql://u:Qv7@Sec/retPw@db.x.example.org           | Sec | retPw
          postgresql://u:Qv7@Sec?retPw@db.x.example.org/db        | Sec | retPw
          postgresql://u:Qv7@Sec:12/retPw@db.x.example.org:5432/db | Sec | retPw
          postgresql://u:Qv7@Sec?pgbouncer=retPw@db.x.example.org | Sec | retPw
          """)
  void aPasswordCutShortByARawSlashOrQuestionMarkIsNeverQuotedNorTakenForTheHost(
      String url, String part, String otherPart) {
    assertThatThrownBy(() -> DatabaseUrl.parse("DATABASE_URL", url))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("write them as %2F, %3F and %23")
        .satisfies(
            e ->
                assertThat(e.getMessage().toLowerCase())
                    .doesNotContain(part.toLowerCase())
                    .doesNotContain(otherPart.toLowerCase()));
  }

  @Test
  void aRemoteServerIsVerifiedByDefaultAndOnlyAnExplicitRequireSkipsIt() {
    ConnectionSettings verified =
        DatabaseUrl.parse("DATABASE_URL", "postgresql://u:p@db.abcd.supabase.co:5432/postgres");
    ConnectionSettings encryptedOnly =
        DatabaseUrl.parse(
            "DATABASE_URL", "postgresql://u:p@db.abcd.supabase.co:5432/postgres?sslmode=require");

    assertThat(verified.sslMode()).isEqualTo("verify-full");
    assertThat(verified.jdbcUrl()).contains("sslmode=verify-full").doesNotContain("sslrootcert");
    assertThat(encryptedOnly.sslMode()).isEqualTo("require");
    assertThat(encryptedOnly.jdbcUrl()).contains("sslmode=require");
  }

  @Test
  void theCaFileSettingVerifiesTheServerUnlessTheUrlNamesItsOwn() {
    String url = "postgresql://u:p@db.abcd.supabase.co:5432/postgres";

    assertThat(DatabaseUrl.parse("DATABASE_URL", url, "/etc/nirnoy/prod-ca-2021.crt").jdbcUrl())
        .contains("sslmode=verify-full")
        .contains("sslrootcert=%2Fetc%2Fnirnoy%2Fprod-ca-2021.crt");
    assertThat(
            DatabaseUrl.parse("DATABASE_URL", url + "?sslrootcert=/srv/ca.crt", "/etc/other.crt")
                .jdbcUrl())
        .contains("sslrootcert=%2Fsrv%2Fca.crt")
        .doesNotContain("other.crt");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          postgresql://u:Zx9%2Fq@db.x.co:5432/postgres?application_name=me@x | db.x.co    | Zx9/q    | verify-full
          "postgresql://u:Zx9q@db.x.co/postgres"                             | db.x.co    | Zx9q     | verify-full
          postgresql://u:Zx9@q@127.0.0.1:5433/postgres                       | 127.0.0.1  | Zx9@q    | prefer
          postgresql://u:Zx9q@127.evil.example/postgres                      | 127.evil.example | Zx9q | verify-full
          postgresql://u:Zx9q@db.x.co/postgres?sslmode=require               | db.x.co    | Zx9q     | require
          postgresql://u:Zx9q@db.x.co/postgres?sslaccept=strict&sslcert=ca.pem | db.x.co  | Zx9q     | verify-full
          """)
  void goodUrlsAreReadAsTheWebBackendMeansThem(
      String url, String host, String password, String sslMode) {
    ConnectionSettings s = DatabaseUrl.parse("DATABASE_URL", url);

    assertThat(s.host()).isEqualTo(host);
    assertThat(s.password()).isEqualTo(password);
    assertThat(s.sslMode()).isEqualTo(sslMode);
  }

  @Test
  void prismasCaFileBecomesTheRootCertificate() {
    assertThat(
            DatabaseUrl.parse(
                    "DATABASE_URL", "postgresql://u:p@db.x.co/postgres?sslcert=/etc/ca.pem")
                .jdbcUrl())
        .contains("sslrootcert=%2Fetc%2Fca.pem");
  }

  @Test
  void emptyUrlSaysHowToWriteOne() {
    assertThatThrownBy(() -> DatabaseUrl.parse("DIRECT_URL", "  "))
        .hasMessage("DIRECT_URL is empty: set it to postgresql://USER:PASSWORD@HOST:PORT/DATABASE");
  }
}
