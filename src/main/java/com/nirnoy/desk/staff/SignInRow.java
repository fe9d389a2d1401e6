package com.nirnoy.desk.staff;

import com.nirnoy.desk.user.Role;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.hibernate.Session;

/** What {@code nirnoy_sign_in} answered: its outcome and, on success, the session and who it is. */
record SignInRow(
    String outcome,
    String token,
    Integer userId,
    String name,
    String role,
    String phone,
    String email,
    Instant lockedUntil) {

  static SignInRow call(Session s, Login login, String password) {
    Object[] r =
        s.createNativeQuery(
                """
                SELECT outcome, token, "userId", name, role, phone, email, "lockedUntil"
                FROM nirnoy_sign_in(string_to_array(:phones, ','), :email, :password)
                """,
                Object[].class)
            .setParameter("phones", String.join(",", login.phones()))
            .setParameter("email", login.email())
            .setParameter("password", password)
            .getSingleResult();
    return new SignInRow(
        (String) r[0],
        (String) r[1],
        (Integer) r[2],
        (String) r[3],
        (String) r[4],
        (String) r[5],
        (String) r[6],
        instant(r[7]));
  }

  private static Instant instant(Object value) {
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    return (Instant) value;
  }

  StaffMember member() {
    return new StaffMember(userId, name, phone, email, Role.valueOf(role), true);
  }
}
