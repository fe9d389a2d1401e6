package com.nirnoy.desk.user;

import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

/**
 * Finds the platform account ({@code "User"}) of a phone or an email: one account per phone ({@code
 * User_phone_key}), found whichever form another client stored the number in.
 */
public final class PlatformAccounts {
  private PlatformAccounts() {}

  /** The account with this canonical phone (or, failing that, this lower-case email). */
  public static Optional<User> find(Session s, String canonicalPhone, String email) {
    if (canonicalPhone != null) {
      Optional<User> byPhone =
          s.createSelectionQuery("from User where phone in (:phones)", User.class)
              .setParameter("phones", PhoneNumbers.storedForms(canonicalPhone))
              .setMaxResults(1)
              .uniqueResultOptional();
      if (byPhone.isPresent()) {
        return byPhone;
      }
    }
    if (email == null) {
      return Optional.empty();
    }
    List<User> byEmail =
        s.createSelectionQuery("from User where email = :email", User.class)
            .setParameter("email", email)
            .setMaxResults(1)
            .getResultList();
    return byEmail.stream().findFirst();
  }
}
