package com.nirnoy.desk.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the small UTF-8 CSV files of the demo clinic from the classpath: a header line, then one
 * record per line; fields may be quoted ("House 4, Road 2") with "" for a quote; lines starting
 * with # are comments. No record spans lines, which keeps this reader small.
 */
final class Csv {
  private Csv() {}

  /** One record, read by column name; a missing or blank cell names the file and line. */
  record Row(String resource, int line, Map<String, String> cells) {
    String text(String column) {
      String value = cells.get(column);
      if (value == null || value.isBlank()) {
        throw new IllegalStateException(
            resource + " line " + line + ": column '" + column + "' is missing or empty");
      }
      return value.strip();
    }

    /** The cell, or null when it is empty (an optional column). */
    String optional(String column) {
      String value = cells.get(column);
      return value == null || value.isBlank() ? null : value.strip();
    }

    /** A whole number, or null when the cell is empty. */
    Integer optionalInteger(String column) {
      return optional(column) == null ? null : integer(column);
    }

    /** "yes" or "no". */
    boolean yes(String column) {
      String value = text(column);
      if (!value.equals("yes") && !value.equals("no")) {
        throw new IllegalStateException(
            resource + " line " + line + ": column '" + column + "' is not yes or no");
      }
      return value.equals("yes");
    }

    int integer(String column) {
      try {
        return Integer.parseInt(text(column));
      } catch (NumberFormatException e) {
        throw new IllegalStateException(
            resource + " line " + line + ": column '" + column + "' is not a whole number", e);
      }
    }
  }

  /** The records of a classpath resource such as {@code /demo/doctors.csv}. */
  static List<Row> read(String resource) {
    InputStream in = Csv.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("Demo data is missing from the classpath: " + resource);
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parse(resource, reader.lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + resource, e);
    }
  }

  private static List<Row> parse(String resource, List<String> lines) {
    List<String> header = null;
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).replace("\uFEFF", "");
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      List<String> fields = split(line);
      if (header == null) {
        header = fields;
        continue;
      }
      Map<String, String> cells = new LinkedHashMap<>();
      for (int c = 0; c < header.size() && c < fields.size(); c++) {
        cells.put(header.get(c), fields.get(c));
      }
      rows.add(new Row(resource, i + 1, cells));
    }
    return rows;
  }

  static List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted && ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        field.append('"');
        i++;
      } else if (ch == '"') {
        quoted = !quoted;
      } else if (ch == ',' && !quoted) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(ch);
      }
    }
    fields.add(field.toString());
    return fields;
  }
}
