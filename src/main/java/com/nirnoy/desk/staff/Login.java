package com.nirnoy.desk.staff;

import com.nirnoy.desk.user.PhoneNumbers;
import java.util.List;
import java.util.Locale;

/**
 * A sign-in login as typed, read as the platform stores it: a phone's stored forms ("+8801711...",
 * "01711...") or a lower-case email. Unreadable text reads as nothing (no account matches it).
 */
record Login(List<String> phones, String email) {
  static Login of(String typed) {
    if (typed == null || typed.isBlank()) {
      return new Login(List.of(), null);
    }
    String t = typed.strip();
    if (t.contains("@")) {
      return new Login(List.of(), t.toLowerCase(Locale.ROOT));
    }
    return new Login(
        PhoneNumbers.canonical(t).map(PhoneNumbers::storedForms).orElse(List.of()), null);
  }
}
