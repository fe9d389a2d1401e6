package com.nirnoy.desk.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/** Inserts rows into one table with a single batched prepared statement. */
final class Batch {
  /** Rows sent per round trip; large enough to be fast, small enough to stay modest in memory. */
  private static final int SIZE = 500;

  private Batch() {}

  /** Column names written space-separated, e.g. {@code columns("id name createdAt")}. */
  static List<String> columns(String names) {
    return List.of(names.strip().split("\\s+"));
  }

  /**
   * Inserts {@code rows} (values in {@code columns} order) into {@code table}; names are quoted, as
   * the schema uses Prisma's camelCase identifiers.
   *
   * @return the number of rows inserted
   */
  static int insert(Connection c, String table, List<String> columns, List<Object[]> rows)
      throws SQLException {
    String sql =
        "INSERT INTO \""
            + table
            + "\" ("
            + columns.stream().map(col -> "\"" + col + "\"").collect(Collectors.joining(", "))
            + ") VALUES ("
            + columns.stream().map(col -> "?").collect(Collectors.joining(", "))
            + ")";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int pending = 0;
      for (Object[] row : rows) {
        for (int i = 0; i < row.length; i++) {
          ps.setObject(i + 1, row[i]);
        }
        ps.addBatch();
        if (++pending == SIZE) {
          ps.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        ps.executeBatch();
      }
    }
    return rows.size();
  }
}
