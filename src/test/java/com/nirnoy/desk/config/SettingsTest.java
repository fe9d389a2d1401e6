package com.nirnoy.desk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
  @TempDir Path dir;

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
  void blankEnvironmentValueCountsAsUnset() {
    Settings s = Settings.load(Map.of("DATABASE_URL", " "), List.of());

    assertThat(s.useEmbedded()).isTrue();
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
