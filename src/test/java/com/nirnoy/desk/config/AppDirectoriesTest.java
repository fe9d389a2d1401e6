package com.nirnoy.desk.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Data, settings and logs live in the user's app-data folder, so an upgrade never touches them. */
class AppDirectoriesTest {
  private static final Path HOME = Path.of("/home/rahima");

  @Test
  void windowsUsesLocalAppData() {
    Path local = Path.of("/c/Users/rahima/AppData/Local");
    AppDirectories dirs =
        AppDirectories.resolve(Map.of("LOCALAPPDATA", local.toString()), "Windows 11", HOME);

    assertThat(dirs.home()).isEqualTo(local.resolve("NirnoyDesk"));
  }

  @Test
  void windowsWithoutLocalAppDataFallsBackToTheProfilesAppDataLocal() {
    AppDirectories dirs = AppDirectories.resolve(Map.of(), "Windows 10", HOME);

    assertThat(dirs.home()).isEqualTo(HOME.resolve("AppData/Local/NirnoyDesk"));
  }

  @Test
  void macOsUsesApplicationSupport() {
    AppDirectories dirs = AppDirectories.resolve(Map.of(), "Mac OS X", HOME);

    assertThat(dirs.home()).isEqualTo(HOME.resolve("Library/Application Support/NirnoyDesk"));
  }

  @Test
  void linuxUsesXdgDataHomeOrLocalShare() {
    assertThat(AppDirectories.resolve(Map.of(), "Linux", HOME).home())
        .isEqualTo(HOME.resolve(".local/share/nirnoy-desk"));
    assertThat(AppDirectories.resolve(Map.of("XDG_DATA_HOME", "/data/r"), "Linux", HOME).home())
        .isEqualTo(Path.of("/data/r/nirnoy-desk"));
  }

  @Test
  void nirnoyHomeOverridesEveryOs() {
    Map<String, String> env = Map.of("NIRNOY_HOME", "/srv/desk", "LOCALAPPDATA", "/c/x");

    assertThat(AppDirectories.resolve(env, "Windows 11", HOME).home())
        .isEqualTo(Path.of("/srv/desk"));
    assertThat(AppDirectories.resolve(env, "Linux", HOME).home()).isEqualTo(Path.of("/srv/desk"));
  }

  @Test
  void databaseLogsAndSettingsAreAllInsideTheAppDataFolder() {
    AppDirectories dirs = AppDirectories.resolve(Map.of(), "Linux", HOME);

    assertThat(dirs.databaseDir().getParent()).isEqualTo(dirs.home());
    assertThat(dirs.logDir().getParent()).isEqualTo(dirs.home());
    assertThat(dirs.envFile().getParent()).isEqualTo(dirs.home());
  }

  @Test
  void theFolderNeverDependsOnWhereTheProgramIsInstalled() {
    // an installed package runs on its own runtime: java.home is inside the install folder
    Path installed = Path.of(System.getProperty("java.home"));

    assertThat(AppDirectories.forCurrentUser().home().startsWith(installed)).isFalse();
  }
}
