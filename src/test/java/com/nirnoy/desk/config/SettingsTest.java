package com.nirnoy.desk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
  @TempDir Path dir;

  /** Loading with {@code envFile} is refused, in one line naming it. */
  private static AbstractThrowableAssert<?, ? extends Throwable> loading(Path envFile) {
    return assertThatThrownBy(() -> Settings.load(Map.of(), List.of(envFile)))
        .isInstanceOf(ConfigException.class)
        .satisfies(
            e -> assertThat(e.getMessage()).startsWith(envFile.toString()).doesNotContain("\n"));
  }

  @Test
  void noDatabaseUrlAnywhereMeansTheBuiltInDatabase() {
    Settings s = Settings.load(Map.of(), List.of(dir.resolve(".env")));

    assertThat(s.useEmbedded()).isTrue();
  }

  @Test
  void environmentWinsOverWorkingFolderWhichWinsOverAppData() throws IOException {
    Path work = Files.createDirectories(dir.resolve("work")).resolve(".env");
    Path appData = Files.createDirectories(dir.resolve("appdata")).resolve(".env");
    Files.writeString(work, "DATABASE_URL=postgresql://work@localhost/w\n");
    Files.writeString(
        appData,
        "DATABASE_URL=postgresql://appdata@localhost/a\nDIRECT_URL=\"postgresql://direct@localhost:5432/a\"\n");

    Settings fromFiles = Settings.load(Map.of(), List.of(work, appData));
    Settings fromEnv =
        Settings.load(
            Map.of("DATABASE_URL", "postgresql://env@localhost/e"), List.of(work, appData));

    assertThat(fromFiles.pooled().user()).isEqualTo("work");
    assertThat(fromFiles.origin("DATABASE_URL")).contains(work.toString());
    assertThat(fromEnv.pooled().user()).isEqualTo("env");
  }

  @Test
  void bothUrlsComeFromOneSourceSoTheDirectUrlNeverPointsAtAnotherServer() throws IOException {
    Path work = Files.createDirectories(dir.resolve("w")).resolve(".env");
    Path appData = Files.createDirectories(dir.resolve("a")).resolve(".env");
    Files.writeString(
        work, "DATABASE_URL=postgresql://clinic@db.clinic.example:6543/postgres?pgbouncer=true\n");
    Files.writeString(
        appData,
        "DATABASE_URL=postgresql://old@localhost/a\nDIRECT_URL=postgresql://old@db.other.example:5432/a\n");

    Settings s = Settings.load(Map.of(), List.of(work, appData));

    assertThat(s.direct().host())
        .as("falls back to DATABASE_URL of the same file")
        .isEqualTo("db.clinic.example");
  }

  @Test
  void directFallsBackToTheDatabaseUrl() {
    Settings s =
        Settings.load(Map.of("DATABASE_URL", "postgresql://u@localhost:5432/db"), List.of());

    assertThat(s.direct().jdbcUrl()).isEqualTo(s.pooled().jdbcUrl());
  }

  @Test
  void directUrlWithoutDatabaseUrlIsRefusedWithWhatToDo() {
    Settings s = Settings.load(Map.of("DIRECT_URL", "postgresql://u@localhost:5432/db"), List.of());

    assertThatThrownBy(s::validate)
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("DIRECT_URL is set but DATABASE_URL is not");
  }

  @Test
  void aBlankDatabaseUrlIsAnErrorNamingItNeverTheBuiltInDatabase() throws IOException {
    Path env = Files.writeString(dir.resolve(".env"), "DATABASE_URL=postgresql://u@localhost/db\n");

    Settings s = Settings.load(Map.of("DATABASE_URL", " "), List.of(env));

    assertThat(s.useEmbedded()).isFalse();
    assertThatThrownBy(s::validate)
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "DATABASE_URL is set but empty in the environment: set it to"
                + " postgresql://USER:PASSWORD@HOST:PORT/DATABASE, or remove it to use the built-in"
                + " database");
  }

  @Test
  void aBlankUrlInAnEnvFileIsAnErrorNamingTheFile() throws IOException {
    Path env = Files.writeString(dir.resolve(".env"), "DATABASE_URL=\nDIRECT_URL=\n");

    Settings s = Settings.load(Map.of(), List.of(env));

    assertThatThrownBy(s::validate)
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("DATABASE_URL is set but empty in " + env)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void aBlankDirectUrlBesideAGoodDatabaseUrlIsAnError() {
    Settings s =
        Settings.load(
            Map.of("DATABASE_URL", "postgresql://u@localhost:5432/db", "DIRECT_URL", ""),
            List.of());

    assertThatThrownBy(s::validate)
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("DIRECT_URL is set but empty in the environment")
        .hasMessageContaining("or remove it to use DATABASE_URL for everything");
  }

  @Test
  void anEnvThatIsAFolderIsAnErrorNamingIt() throws IOException {
    Path folder = Files.createDirectories(dir.resolve(".env"));

    loading(folder).hasMessageStartingWith(folder + " is a folder, not a settings file");
  }

  @Test
  void anEnvThatIsABrokenLinkIsAnErrorNamingIt() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve(".env"), dir.resolve("moved-away.env"));

    loading(link).hasMessageStartingWith(link + " is not a regular file");
  }

  @Test
  void anEnvThisUserCannotReadIsAnErrorNamingIt() throws IOException {
    Path env = Files.writeString(dir.resolve(".env"), "DATABASE_URL=postgresql://u@localhost/db\n");
    Files.setPosixFilePermissions(env, PosixFilePermissions.fromString("-w-------"));
    assumeThat(Files.isReadable(env))
        .as("run as a user the permissions apply to (not root)")
        .isFalse();

    loading(env)
        .hasMessage(env + " cannot be read by this user: make it readable to them, or remove it");
  }

  @Test
  void theCaFileSettingVerifiesBothUrlsWithIt() throws IOException {
    Path ca = Files.writeString(dir.resolve("prod-ca-2021.crt"), "-----BEGIN CERTIFICATE-----\n");
    Settings s =
        Settings.load(
            Map.of(
                "DATABASE_URL",
                "postgresql://u:p@pooler.example.org:6543/postgres?pgbouncer=true",
                "DIRECT_URL",
                "postgresql://u:p@db.example.org:5432/postgres",
                "DATABASE_SSL_ROOT_CERT",
                ca.toString()),
            List.of());

    s.validate();

    assertThat(List.of(s.pooled(), s.direct()))
        .allSatisfy(
            c ->
                assertThat(c.jdbcUrl())
                    .contains("sslmode=verify-full")
                    .contains(
                        "sslrootcert="
                            + java.net.URLEncoder.encode(
                                ca.toString(), java.nio.charset.StandardCharsets.UTF_8)));
  }

  @Test
  void theCaFileMayBeSetApartFromTheUrls() throws IOException {
    Path ca = Files.writeString(dir.resolve("prod-ca-2021.crt"), "-----BEGIN CERTIFICATE-----\n");
    Path env =
        Files.writeString(
            dir.resolve(".env"), "DATABASE_URL=postgresql://u:p@db.example.org:5432/postgres\n");

    Settings s = Settings.load(Map.of("DATABASE_SSL_ROOT_CERT", ca.toString()), List.of(env));

    assertThat(s.pooled().jdbcUrl()).contains("prod-ca-2021.crt");
    assertThat(s.origin("DATABASE_SSL_ROOT_CERT")).contains("the environment");
  }

  @Test
  void aCaFileSettingThatNamesNoFileSaysWhereToGetOne() {
    Settings s =
        Settings.load(
            Map.of(
                "DATABASE_URL",
                "postgresql://u:p@db.example.org:5432/postgres",
                "DATABASE_SSL_ROOT_CERT",
                dir.resolve("missing.crt").toString()),
            List.of());

    assertThatThrownBy(s::validate)
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(
            "DATABASE_SSL_ROOT_CERT in the environment names " + dir.resolve("missing.crt"))
        .hasMessageContaining("Project Settings > Database > SSL Configuration");
  }

  @Test
  void appDataFolderFollowsEachOsAndTheOverride() {
    Path home = Path.of("/home/rina");

    assertThat(AppDirectories.resolve(Map.of(), "Linux", home).home())
        .isEqualTo(home.resolve(".local/share/nirnoy-desk"));
    assertThat(AppDirectories.resolve(Map.of("XDG_DATA_HOME", "/x"), "Linux", home).home())
        .isEqualTo(Path.of("/x/nirnoy-desk"));
    assertThat(
            AppDirectories.resolve(
                    Map.of("LOCALAPPDATA", "C:/Users/rina/AppData/Local"), "Windows 11", home)
                .home())
        .isEqualTo(Path.of("C:/Users/rina/AppData/Local/NirnoyDesk"));
    assertThat(AppDirectories.resolve(Map.of(), "Mac OS X", home).home())
        .isEqualTo(home.resolve("Library/Application Support/NirnoyDesk"));
    assertThat(AppDirectories.resolve(Map.of("NIRNOY_HOME", "/srv/desk"), "Linux", home).home())
        .isEqualTo(Path.of("/srv/desk"));
  }
}
