package com.nirnoy.desk.config;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Folders and files only their owner may read: the logs, the built-in database's password and its
 * programs. On POSIX systems they are created with owner-only permissions from the start (never
 * written first and narrowed after), then set exactly, whatever the process's umask; on Windows the
 * per-user app-data folder is already private to its user.
 */
public final class PrivateFiles {
  static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
  static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

  private PrivateFiles() {}

  /**
   * Creates {@code dir} and any missing parents owner-only; an existing {@code dir} is narrowed.
   */
  public static Path folder(Path dir) throws IOException {
    if (!posix(dir)) {
      return Files.createDirectories(dir);
    }
    Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(FOLDER));
    Files.setPosixFilePermissions(dir, FOLDER);
    return dir;
  }

  /** Creates an empty {@code file} owner-only when it is missing; an existing one is narrowed. */
  public static Path file(Path file) throws IOException {
    try {
      Files.createFile(file, ownerOnly(file));
    } catch (FileAlreadyExistsException e) {
      // kept as it is, but readable by its owner only from now on
    }
    narrow(file);
    return file;
  }

  /**
   * Writes {@code text} to a new {@code file}, owner-only before its first byte; never replaces.
   */
  public static void writeNew(Path file, String text) throws IOException {
    try (SeekableByteChannel out =
        Files.newByteChannel(
            file,
            Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
            ownerOnly(file))) {
      narrow(file);
      ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
      while (bytes.hasRemaining()) {
        out.write(bytes);
      }
    }
  }

  /** Makes an existing {@code file} readable and writable by its owner only. */
  public static void narrow(Path file) throws IOException {
    if (posix(file)) {
      Files.setPosixFilePermissions(file, FILE);
    }
  }

  private static FileAttribute<?>[] ownerOnly(Path file) {
    return posix(file)
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)}
        : new FileAttribute<?>[0];
  }

  private static boolean posix(Path path) {
    return path.getFileSystem().supportedFileAttributeViews().contains("posix");
  }
}
