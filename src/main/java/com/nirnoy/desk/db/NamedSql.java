package com.nirnoy.desk.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQL with named parameters ({@code :doctor}, repeatable; {@code ::type} casts are left alone) for
 * plain JDBC, so a long statement binds by name instead of by counting question marks. String
 * literals are not parsed: keep {@code :word} out of them (write {@code 'HH24' || ':MI'}).
 */
public final class NamedSql {
  private static final Pattern NAME = Pattern.compile("(?<![:\\w]):([A-Za-z][A-Za-z0-9]*)");

  private final String jdbc;
  private final List<String> order;

  public NamedSql(String sql) {
    Matcher m = NAME.matcher(sql);
    StringBuilder out = new StringBuilder();
    List<String> names = new ArrayList<>();
    while (m.find()) {
      names.add(m.group(1));
      m.appendReplacement(out, "?");
    }
    m.appendTail(out);
    this.jdbc = out.toString();
    this.order = List.copyOf(names);
  }

  /**
   * Prepares the statement on {@code c} with every named parameter bound from {@code values}
   * (JDBC's {@code setObject}; a null value must be given as {@link Typed}).
   *
   * @throws IllegalArgumentException when a name has no value
   */
  public PreparedStatement prepare(Connection c, Map<String, ?> values) throws SQLException {
    PreparedStatement ps = c.prepareStatement(jdbc);
    try {
      for (int i = 0; i < order.size(); i++) {
        String name = order.get(i);
        if (!values.containsKey(name)) {
          throw new IllegalArgumentException("No value for :" + name);
        }
        Object v = values.get(name);
        if (v instanceof Typed t) {
          if (t.value() == null) {
            ps.setNull(i + 1, t.sqlType());
          } else {
            ps.setObject(i + 1, t.value(), t.sqlType());
          }
        } else {
          ps.setObject(i + 1, v);
        }
      }
      return ps;
    } catch (SQLException | RuntimeException e) {
      ps.close();
      throw e;
    }
  }

  /** A value with its JDBC type ({@link java.sql.Types}), for nulls and ambiguous types. */
  public record Typed(Object value, int sqlType) {}
}
