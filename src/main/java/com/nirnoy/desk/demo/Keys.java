package com.nirnoy.desk.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * Ids from a platform table's own SERIAL sequence, taken ahead of a batched insert so that rows can
 * reference each other without reading generated keys back. On a fresh database the same seed takes
 * the same ids.
 */
final class Keys {
  private Keys() {}

  /** {@code count} new ids of {@code table}'s "id" column, ascending. */
  static int[] take(Connection c, String table, int count) throws SQLException {
    int[] ids = new int[count];
    if (count == 0) {
      return ids;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT nextval(pg_get_serial_sequence(?, 'id'))::integer"
                + " FROM generate_series(1, ?)")) {
      ps.setString(1, "\"" + table + "\"");
      ps.setInt(2, count);
      try (ResultSet rs = ps.executeQuery()) {
        int i = 0;
        while (rs.next()) {
          ids[i++] = rs.getInt(1);
        }
      }
    }
    Arrays.sort(ids);
    return ids;
  }
}
