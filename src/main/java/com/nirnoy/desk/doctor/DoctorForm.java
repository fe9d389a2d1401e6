package com.nirnoy.desk.doctor;

import com.nirnoy.desk.user.PhoneNumbers;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A doctor as the admin's form holds it. {@link #problems()} is shown as the admin types and is
 * what the service refuses.
 *
 * @param bmdcNumber Bangladesh Medical and Dental Council registration, e.g. "A-12345"
 * @param followUpFee null means "the same as the new-patient fee"
 * @param phone as typed, optional
 * @param photoUrl optional
 */
public record DoctorForm(
    String name,
    String bmdcNumber,
    String specialty,
    String qualifications,
    BigDecimal fee,
    BigDecimal followUpFee,
    DoctorStatus status,
    String phone,
    String photoUrl) {
  static final int MAX_TEXT = 200;
  static final BigDecimal MAX_FEE = new BigDecimal("100000");
  private static final Pattern BMDC = Pattern.compile("^([A-Z]-?)?[0-9]{3,7}$");

  /** Field to message; empty when the form can be saved. */
  public Map<String, String> problems() {
    Map<String, String> p = new LinkedHashMap<>();
    if (clean(name) == null || name.length() > MAX_TEXT) {
      p.put("name", "Enter the doctor's name");
    }
    if (cleanBmdc() == null || !BMDC.matcher(cleanBmdc()).matches()) {
      p.put("bmdcNumber", "Enter the BMDC registration number, e.g. A-12345");
    }
    if (clean(specialty) == null || specialty.length() > MAX_TEXT) {
      p.put("specialty", "Enter the specialty, e.g. Medicine");
    }
    feeProblem(fee, true).ifPresent(m -> p.put("fee", m));
    feeProblem(followUpFee, false).ifPresent(m -> p.put("followUpFee", m));
    if (status == null) {
      p.put("status", "Choose active, on leave or inactive");
    }
    if (clean(phone) != null && canonicalPhone() == null) {
      p.put("phone", "Enter a valid number, e.g. 01711-000001");
    }
    return p;
  }

  private static Optional<String> feeProblem(BigDecimal fee, boolean required) {
    if (fee == null) {
      return required ? Optional.of("Enter the fee in Taka, e.g. 800") : Optional.empty();
    }
    if (fee.signum() < 0 || fee.compareTo(MAX_FEE) > 0 || fee.scale() > 2) {
      return Optional.of("A fee is 0 to 100,000 Taka");
    }
    return Optional.empty();
  }

  /** Upper case without spaces, or null when blank. */
  public String cleanBmdc() {
    String b = clean(bmdcNumber);
    return b == null ? null : b.replace(" ", "").toUpperCase(Locale.ROOT);
  }

  /** E.164, or null when blank or invalid. */
  public String canonicalPhone() {
    return clean(phone) == null ? null : PhoneNumbers.canonical(phone).orElse(null);
  }

  static String clean(String s) {
    return s == null || s.isBlank() ? null : s.strip().replaceAll("\\s+", " ");
  }
}
