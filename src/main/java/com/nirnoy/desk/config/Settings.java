package com.nirnoy.desk.config;

import io.github.cdimascio.dotenv.Dotenv;
import io.github.cdimascio.dotenv.DotenvEntry;
import io.github.cdimascio.dotenv.DotenvException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The app's settings, with the Nirnoy web backend's names: {@code DATABASE_URL} (pooled) and {@code
 * DIRECT_URL} (direct, for migrations and sessions). An environment variable wins over a {@code
 * .env} in the working folder, which wins over the {@code .env} in the app-data folder.
 *
 * <p>No {@code DATABASE_URL} anywhere means: use the embedded database.
 */
public final class Settings {
  public static final String DATABASE_URL = "DATABASE_URL";
  public static final String DIRECT_URL = "DIRECT_URL";

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
   * another server from somewhere else. Blank values count as unset.
   */
  public static Settings load(Map<String, String> env, List<Path> envFiles) {
    List<Map<String, String>> sources = new ArrayList<>();
    List<String> names = new ArrayList<>();
    sources.add(known(env::get));
    names.add("environment");
    for (Path file : envFiles) {
      if (Files.isRegularFile(file)) {
        Map<String, String> declared = new LinkedHashMap<>();
        // only what the file itself declares: dotenv's get() would prefer the process environment
        for (DotenvEntry e : readEnvFile(file).entries(Dotenv.Filter.DECLARED_IN_ENV_FILE)) {
          declared.put(e.getKey(), e.getValue());
        }
        sources.add(known(declared::get));
        names.add(file.toString());
      }
    }
    for (int i = 0; i < sources.size(); i++) {
      if (sources.get(i).containsKey(DATABASE_URL)) {
        return new Settings(sources.get(i), originOf(sources.get(i), names.get(i)));
      }
    }
    for (int i = 0; i < sources.size(); i++) {
      if (sources.get(i).containsKey(DIRECT_URL)) {
        return new Settings(sources.get(i), originOf(sources.get(i), names.get(i)));
      }
    }
    return new Settings(Map.of(), Map.of());
  }

  private static Map<String, String> known(java.util.function.Function<String, String> lookup) {
    Map<String, String> found = new LinkedHashMap<>();
    for (String name : List.of(DATABASE_URL, DIRECT_URL)) {
      String value = lookup.apply(name);
      if (value != null && !value.isBlank()) {
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

  private static Dotenv readEnvFile(Path file) {
    try {
      return Dotenv.configure()
          .directory(file.getParent().toString())
          .filename(file.getFileName().toString())
          .ignoreIfMissing()
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

  /** Where a setting came from ("environment" or a file), for messages. */
  public Optional<String> origin(String name) {
    return Optional.ofNullable(origins.get(name));
  }

  /** The pooled connection settings, from {@code DATABASE_URL}. */
  public ConnectionSettings pooled() {
    if (useEmbedded()) {
      throw new ConfigException(DATABASE_URL + " is not set");
    }
    return DatabaseUrl.parse(DATABASE_URL, values.get(DATABASE_URL));
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
    return direct == null ? pooled() : DatabaseUrl.parse(DIRECT_URL, direct);
  }

  /** Fails early with one line when a server is half-configured or a URL is bad. */
  public void validate() {
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
    if (!useEmbedded()) {
      pooled();
      direct();
    }
  }
}
