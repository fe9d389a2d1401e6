package com.nirnoy.desk.config;

import io.github.cdimascio.dotenv.Dotenv;
import io.github.cdimascio.dotenv.DotenvEntry;
import io.github.cdimascio.dotenv.DotenvException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The app's settings, with the Nirnoy web backend's names: {@code DATABASE_URL} (pooled) and {@code
 * DIRECT_URL} (direct, for migrations and sessions), and {@code DATABASE_SSL_ROOT_CERT} (the CA
 * file that verifies the server when a URL names none). An environment variable wins over a {@code
 * .env} in the working folder, which wins over the {@code .env} in the app-data folder.
 *
 * <p>No {@code DATABASE_URL} anywhere means: use the embedded database. A {@code DATABASE_URL} that
 * is set but empty, or a {@code .env} that is there but cannot be read, is an error, never a quiet
 * switch to the built-in database (a desk would then book into a database nobody else sees).
 */
public final class Settings {
  public static final String DATABASE_URL = "DATABASE_URL";
  public static final String DIRECT_URL = "DIRECT_URL";

  /** The CA certificate file for both URLs, when they do not name one ({@code sslrootcert}). */
  public static final String SSL_ROOT_CERT = "DATABASE_SSL_ROOT_CERT";

  /** How to give the app the CA certificate that verifies the server, in words for a message. */
  public static final String CA_ADVICE =
      "save the database's CA certificate (Supabase: Project Settings > Database > SSL"
          + " Configuration > Download certificate) and name it in the URL with"
          + " sslrootcert=/path/to/ca.crt, or set "
          + SSL_ROOT_CERT
          + "=/path/to/ca.crt";

  private static final List<String> NAMES = List.of(DATABASE_URL, DIRECT_URL, SSL_ROOT_CERT);

  private final Map<String, String> values;
  private final Map<String, String> origins;

  private Settings(Map<String, String> values, Map<String, String> origins) {
    this.values = values;
    this.origins = origins;
  }

  /** Reads the real environment, {@code ./.env} and the app-data {@code .env}. */
  public static Settings load(AppDirectories dirs) {
    return load(System.getenv(), List.of(Path.of(".env").toAbsolutePath(), dirs.envFile()));
  }

  /**
   * Reads {@code env} first, then each file in order. Both URLs come from the first source that
   * sets {@code DATABASE_URL}, so a pooled URL from one place is never paired with a direct URL for
   * another server from somewhere else; the CA file comes from that source too, or else from the
   * first that sets it. A setting that is present but blank counts as set, and {@link #validate()}
   * refuses it.
   *
   * @throws ConfigException when a {@code .env} file is there but is not a readable file
   */
  public static Settings load(Map<String, String> env, List<Path> envFiles) {
    List<Map<String, String>> sources = new ArrayList<>();
    List<String> names = new ArrayList<>();
    sources.add(known(env::get));
    names.add("the environment");
    for (Path file : envFiles) {
      if (present(file)) {
        Map<String, String> declared = new LinkedHashMap<>();
        // only what the file itself declares: dotenv's get() would prefer the process environment
        for (DotenvEntry e : readEnvFile(file).entries(Dotenv.Filter.DECLARED_IN_ENV_FILE)) {
          declared.put(e.getKey(), e.getValue());
        }
        sources.add(known(declared::get));
        names.add(file.toString());
      }
    }
    for (String decisive : List.of(DATABASE_URL, DIRECT_URL)) {
      for (int i = 0; i < sources.size(); i++) {
        if (sources.get(i).containsKey(decisive)) {
          Map<String, String> values = new LinkedHashMap<>(sources.get(i));
          Map<String, String> origins = originOf(values, names.get(i));
          // a CA file pairs with no server in particular (a wrong one only fails verification),
          // so it may come from a source of its own, in the same order
          for (int j = 0; j < sources.size() && !values.containsKey(SSL_ROOT_CERT); j++) {
            if (sources.get(j).containsKey(SSL_ROOT_CERT)) {
              values.put(SSL_ROOT_CERT, sources.get(j).get(SSL_ROOT_CERT));
              origins.put(SSL_ROOT_CERT, names.get(j));
            }
          }
          return new Settings(values, origins);
        }
      }
    }
    return new Settings(Map.of(), Map.of());
  }

  private static Map<String, String> known(java.util.function.Function<String, String> lookup) {
    Map<String, String> found = new LinkedHashMap<>();
    for (String name : NAMES) {
      String value = lookup.apply(name);
      if (value != null) {
        found.put(name, value.strip());
      }
    }
    return found;
  }

  private static Map<String, String> originOf(Map<String, String> values, String origin) {
    Map<String, String> origins = new LinkedHashMap<>();
    values.keySet().forEach(k -> origins.put(k, origin));
    return origins;
  }

  /**
   * True when {@code file} is there to be read; a name that is there but is not a readable regular
   * file (a folder, a broken link, no permission) is refused rather than passed over.
   */
  private static boolean present(Path file) {
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    if (Files.isDirectory(file)) {
      throw new ConfigException(
          file
              + " is a folder, not a settings file: remove or rename it, or put NAME=value lines"
              + " in a file of that name");
    }
    if (!Files.isRegularFile(file)) {
      throw new ConfigException(
          file + " is not a regular file (a broken link?): remove it or make it a settings file");
    }
    if (!Files.isReadable(file)) {
      throw new ConfigException(
          file + " cannot be read by this user: make it readable to them, or remove it");
    }
    return true;
  }

  private static Dotenv readEnvFile(Path file) {
    try {
      return Dotenv.configure()
          .directory(file.getParent().toString())
          .filename(file.getFileName().toString())
          .load();
    } catch (DotenvException e) {
      throw new ConfigException(
          file + " cannot be read as a .env file: write one NAME=value per line");
    }
  }

  /** True when no server is configured and the embedded database is to be used. */
  public boolean useEmbedded() {
    return !values.containsKey(DATABASE_URL);
  }

  /** Where a setting came from ("the environment" or a file), for messages. */
  public Optional<String> origin(String name) {
    return Optional.ofNullable(origins.get(name));
  }

  /** The pooled connection settings, from {@code DATABASE_URL}. */
  public ConnectionSettings pooled() {
    if (useEmbedded()) {
      throw new ConfigException(DATABASE_URL + " is not set");
    }
    return DatabaseUrl.parse(DATABASE_URL, values.get(DATABASE_URL), values.get(SSL_ROOT_CERT));
  }

  /**
   * The direct connection settings, from {@code DIRECT_URL}, or {@code DATABASE_URL} when there is
   * no direct one.
   */
  public ConnectionSettings direct() {
    if (useEmbedded()) {
      throw new ConfigException(DATABASE_URL + " is not set");
    }
    String direct = values.get(DIRECT_URL);
    return direct == null
        ? pooled()
        : DatabaseUrl.parse(DIRECT_URL, direct, values.get(SSL_ROOT_CERT));
  }

  /** Fails early with one line when a server is half-configured or a setting is bad. */
  public void validate() {
    for (String name : NAMES) {
      if (values.containsKey(name) && values.get(name).isEmpty()) {
        throw new ConfigException(
            name + " is set but empty in " + origins.get(name) + whatFor(name));
      }
    }
    if (useEmbedded() && values.containsKey(DIRECT_URL)) {
      throw new ConfigException(
          DIRECT_URL
              + " is set but "
              + DATABASE_URL
              + " is not: set "
              + DATABASE_URL
              + " too, or remove "
              + DIRECT_URL
              + " to use the built-in database");
    }
    String rootCert = values.get(SSL_ROOT_CERT);
    if (rootCert != null && !readableFile(rootCert)) {
      throw new ConfigException(
          SSL_ROOT_CERT
              + " in "
              + origins.get(SSL_ROOT_CERT)
              + " names "
              + rootCert
              + ", which cannot be read: save the database's CA certificate there (Supabase:"
              + " Project Settings > Database > SSL Configuration), or correct the path");
    }
    if (!useEmbedded()) {
      pooled();
      direct();
    }
  }

  private static boolean readableFile(String path) {
    try {
      Path file = Path.of(path);
      return Files.isRegularFile(file) && Files.isReadable(file);
    } catch (java.nio.file.InvalidPathException e) {
      return false;
    }
  }

  private static String whatFor(String name) {
    return switch (name) {
      case DATABASE_URL ->
          ": set it to postgresql://USER:PASSWORD@HOST:PORT/DATABASE, or remove it to use the"
              + " built-in database";
      case DIRECT_URL ->
          ": set it to the direct postgresql://... URL (port 5432), or remove it to use "
              + DATABASE_URL
              + " for everything";
      default -> ": set it to the CA certificate file's path, or remove it";
    };
  }
}
