package com.nirnoy.desk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.TimeBasedFileNamingAndTriggeringPolicy;
import ch.qos.logback.core.rolling.TimeBasedRollingPolicy;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Logs name staff and record ids: the app's own logging set-up ({@code logback.xml}) keeps their
 * folder and files readable by this user only, whatever the process's umask (here 022-like: files
 * would otherwise be created readable by everyone).
 */
class LogFilesTest {
  private static final Set<PosixFilePermission> FOLDER =
      PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

  @TempDir Path home;
  private Path logs;
  private LoggerContext context;

  @BeforeEach
  void posixOnly() {
    assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
    logs = home.resolve("logs");
  }

  @AfterEach
  void stopLogging() {
    if (context != null) {
      context.stop();
    }
  }

  /** The shipped logback.xml, writing to {@code logs}, as Main sets it up. */
  private void startLogging() throws Exception {
    context = new LoggerContext();
    context.setMDCAdapter(new LogbackMDCAdapter());
    context.putProperty("nirnoy.logdir", logs.toString());
    JoranConfigurator joran = new JoranConfigurator();
    joran.setContext(context);
    joran.doConfigure(LogFilesTest.class.getResource("/logback.xml"));
    context.getLogger("com.nirnoy.desk.LogFilesTest").info("a line for the file");
  }

  private static Set<PosixFilePermission> permissions(Path p) throws IOException {
    return Files.getPosixFilePermissions(p);
  }

  @Test
  void theLogFolderAndFileAreCreatedReadableByTheirUserOnly() throws Exception {
    startLogging();
    context.stop();

    assertThat(permissions(logs)).isEqualTo(FOLDER);
    assertThat(permissions(logs.resolve("nirnoy-desk.log"))).isEqualTo(FILE);
    assertThat(Files.readString(logs.resolve("nirnoy-desk.log"))).contains("a line for the file");
  }

  @Test
  void aFolderAndFilesAnOlderVersionLeftReadableAreNarrowed() throws Exception {
    Files.createDirectories(logs);
    Files.setPosixFilePermissions(logs, PosixFilePermissions.fromString("rwxr-xr-x"));
    for (String name : new String[] {"nirnoy-desk.log", "nirnoy-desk.2026-01-01.0.log"}) {
      Files.writeString(logs.resolve(name), "older lines\n");
      Files.setPosixFilePermissions(
          logs.resolve(name), PosixFilePermissions.fromString("rw-r--r--"));
    }

    startLogging();
    context.stop();

    assertThat(permissions(logs)).isEqualTo(FOLDER);
    assertThat(permissions(logs.resolve("nirnoy-desk.log"))).isEqualTo(FILE);
    assertThat(permissions(logs.resolve("nirnoy-desk.2026-01-01.0.log"))).isEqualTo(FILE);
  }

  @Test
  void theFileStartedAfterARolloverIsReadableByItsUserOnlyToo() throws Exception {
    startLogging();
    RollingFileAppender<?> file =
        (RollingFileAppender<?>) context.getLogger("ROOT").getAppender("FILE");
    TimeBasedFileNamingAndTriggeringPolicy<?> daily =
        ((TimeBasedRollingPolicy<?>) file.getRollingPolicy())
            .getTimeBasedFileNamingAndTriggeringPolicy();

    daily.setCurrentTime(System.currentTimeMillis() + Duration.ofDays(2).toMillis());
    context.getLogger("com.nirnoy.desk.LogFilesTest").info("a line after the rollover");
    context.stop();

    try (Stream<Path> all = Files.list(logs)) {
      assertThat(all.toList())
          .hasSize(2)
          .allSatisfy(p -> assertThat(permissions(p)).isEqualTo(FILE));
    }
    assertThat(Files.readString(logs.resolve("nirnoy-desk.log")))
        .contains("a line after the rollover")
        .doesNotContain("a line for the file");
  }
}
