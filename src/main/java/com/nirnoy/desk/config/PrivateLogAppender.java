package com.nirnoy.desk.config;

import ch.qos.logback.core.rolling.RollingFileAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The log file appender ({@code logback.xml}): logs name staff and record ids, so their folder and
 * files are readable by this user only. Each time logback opens the active file (at start and after
 * every rollover) the folder is made owner-only ({@code rwx------}) and the file is created
 * owner-only ({@code rw-------}) before logback writes its first byte; files an older version left
 * readable by others are narrowed too. Independent of the process's umask.
 */
public class PrivateLogAppender<E> extends RollingFileAppender<E> {

  @Override
  public void openFile(String fileName) throws IOException {
    Path file = Path.of(fileName).toAbsolutePath();
    Path folder = PrivateFiles.folder(file.getParent());
    try (Stream<Path> files = Files.list(folder)) {
      for (Path old : files.filter(Files::isRegularFile).toList()) {
        PrivateFiles.narrow(old);
      }
    }
    PrivateFiles.file(file);
    super.openFile(fileName);
  }
}
