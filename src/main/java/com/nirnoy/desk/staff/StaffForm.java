package com.nirnoy.desk.staff;

import com.nirnoy.desk.user.PhoneNumbers;
import com.nirnoy.desk.user.Role;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A new staff account as typed: a name, a phone and/or an email to sign in with, a role and a first
 * password. {@link #problems()} is what the form shows as the user types, and what the service
 * refuses.
 */
public record StaffForm(String name, String phone, String email, Role role, String password) {
  static final int MAX_NAME = 100;
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  /** Field ("name", "phone", "email", "role", "password") to message; empty when all is well. */
  public Map<String, String> problems() {
    Map<String, String> p = new LinkedHashMap<>();
    if (cleanName().isEmpty() || cleanName().length() > MAX_NAME) {
      p.put("name", "Enter the name (at most " + MAX_NAME + " letters)");
    }
    if (!blank(phone) && canonicalPhone() == null) {
      p.put("phone", "Enter a valid mobile number, e.g. 01711-000001");
    }
    if (!blank(email) && !EMAIL.matcher(email.strip()).matches()) {
      p.put("email", "Enter an email like name@example.com");
    }
    if (blank(phone) && blank(email)) {
      p.put("phone", "Enter a phone or an email to sign in with");
    }
    if (role != Role.RECEPTIONIST && role != Role.ADMIN) {
      p.put("role", "Choose receptionist or admin");
    }
    String pw = Passwords.problem(password);
    if (pw != null) {
      p.put("password", pw);
    }
    return p;
  }

  /** The same form for an admin account. */
  public StaffForm asAdmin() {
    return new StaffForm(name, phone, email, Role.ADMIN, password);
  }

  public String cleanName() {
    return name == null ? "" : name.strip().replaceAll("\\s+", " ");
  }

  /** E.164, or null when blank or invalid. */
  public String canonicalPhone() {
    return blank(phone) ? null : PhoneNumbers.canonical(phone).orElse(null);
  }

  /** Lower case, or null when blank. */
  public String cleanEmail() {
    return blank(email) ? null : email.strip().toLowerCase(Locale.ROOT);
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
