package com.nirnoy.desk.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.nirnoy.desk.config.PrivateFiles;
import com.nirnoy.desk.config.Settings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Against a PostgreSQL that speaks TLS with its own certificate: the app connects only when it can
 * verify the server with the CA certificate it was given, says in one line what to do when it
 * cannot, and connects unverified only when the URL asks for just {@code sslmode=require}.
 */
class VerifiedServerTest {
  @TempDir static Path dir;
  private static EmbeddedPostgres server;
  private static Path serverCa;
  private static Path otherCa;

  @BeforeAll
  static void startATlsServer() throws Exception {
    Path key = dir.resolve("server.key");
    Path cert = dir.resolve("server.crt");
    writeSelfSigned("server", key, cert);
    writeSelfSigned("other", dir.resolve("other.key"), dir.resolve("other.crt"));
    serverCa = cert;
    otherCa = dir.resolve("other.crt");
    server =
        EmbeddedPostgres.builder()
            .setServerConfig("ssl", "on")
            .setServerConfig("ssl_cert_file", cert.toString())
            .setServerConfig("ssl_key_file", key.toString())
            .start();
  }

  @AfterAll
  static void stop() throws IOException {
    if (server != null) {
      server.close();
    }
  }

  /** A key pair for "localhost" from the JDK's keytool, written as PEM files PostgreSQL reads. */
  private static void writeSelfSigned(String name, Path keyFile, Path certFile) throws Exception {
    Path store = dir.resolve(name + ".p12");
    Process keytool =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair",
                "-alias",
                name,
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-validity",
                "2",
                "-dname",
                "CN=localhost",
                "-ext",
                "SAN=dns:localhost",
                "-keystore",
                store.toString(),
                "-storetype",
                "PKCS12",
                "-storepass",
                "changeit")
            .redirectErrorStream(true)
            .start();
    String said = new String(keytool.getInputStream().readAllBytes());
    assertThat(keytool.waitFor()).as(said).isZero();
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(store)) {
      ks.load(in, "changeit".toCharArray());
    }
    PrivateKey key = (PrivateKey) ks.getKey(name, "changeit".toCharArray());
    PrivateFiles.writeNew(keyFile, pem("PRIVATE KEY", key.getEncoded()));
    Files.writeString(certFile, pem("CERTIFICATE", ks.getCertificate(name).getEncoded()));
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }

  private static Settings settings(String query, Path caFile) {
    return Settings.load(
        caFile == null
            ? Map.of("DATABASE_URL", url(query))
            : Map.of("DATABASE_URL", url(query), "DATABASE_SSL_ROOT_CERT", caFile.toString()),
        List.of());
  }

  private static String url(String query) {
    return "postgresql://postgres@localhost:" + server.getPort() + "/postgres?" + query;
  }

  /** Whether the session the app got is encrypted, as the server sees it. */
  private static boolean encrypted(Settings s) throws Exception {
    s.validate();
    try (Connection c = DataSources.unpooled(s.pooled()).getConnection();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) {
      rs.next();
      return rs.getBoolean(1);
    }
  }

  @Test
  void theServersCaCertificateFromTheSettingLetsTheAppVerifyAndConnect() throws Exception {
    assertThat(encrypted(settings("sslmode=verify-full", serverCa))).isTrue();
  }

  @Test
  void aCertificateTheGivenCaDidNotSignIsRefusedWithWhatToDo() {
    Throwable refused = catchThrowable(() -> encrypted(settings("sslmode=verify-full", otherCa)));

    assertThat(DatabaseErrors.rootMessage(refused))
        .startsWith("the server's certificate could not be verified")
        .contains("Project Settings > Database > SSL Configuration")
        .contains("DATABASE_SSL_ROOT_CERT")
        .doesNotContain("\n");
  }

  @Test
  void aUrlAskingOnlyForEncryptionConnectsWithoutVerifying() throws Exception {
    assertThat(encrypted(settings("sslmode=require", null))).isTrue();
  }
}
