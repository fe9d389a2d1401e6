package com.nirnoy.desk.user;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;

/**
 * Phone numbers as people type them ("01711-000001", "+880 1711 000001") turned into the one form
 * the database stores (E.164, "+8801711000001"; the {@code *_phone_canonical} rules). Numbers
 * without a country code are read as Bangladeshi.
 */
public final class PhoneNumbers {
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final String DEFAULT_REGION = "BD";

  private PhoneNumbers() {}

  /** The canonical form of {@code typed}, or empty when it is not a valid number. */
  public static Optional<String> canonical(String typed) {
    if (typed == null || typed.isBlank()) {
      return Optional.empty();
    }
    try {
      PhoneNumber number = UTIL.parse(typed.strip(), DEFAULT_REGION);
      return UTIL.isValidNumber(number)
          ? Optional.of(UTIL.format(number, PhoneNumberFormat.E164))
          : Optional.empty();
    } catch (NumberParseException e) {
      return Optional.empty();
    }
  }

  /** How a receptionist reads it back: "01711-000001" for a Bangladeshi mobile. */
  public static String display(String canonical) {
    try {
      PhoneNumber number = UTIL.parse(canonical, DEFAULT_REGION);
      return number.getCountryCode() == 880
          ? UTIL.format(number, PhoneNumberFormat.NATIONAL)
          : UTIL.format(number, PhoneNumberFormat.INTERNATIONAL);
    } catch (NumberParseException e) {
      return canonical;
    }
  }

  /**
   * The forms a canonical number may be stored in by other clients of the platform (E.164 as the
   * desk writes it, the national {@code 01...} form, and without the plus), so a look-up by phone
   * finds an account whichever form the web stored.
   */
  public static java.util.List<String> storedForms(String canonical) {
    if (canonical.startsWith("+880")) {
      String national = "0" + canonical.substring(4);
      return java.util.List.of(canonical, national, canonical.substring(1));
    }
    return java.util.List.of(canonical, canonical.substring(1));
  }
}
