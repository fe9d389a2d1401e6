package com.nirnoy.desk.doctor;

import com.nirnoy.desk.user.Gender;
import com.nirnoy.desk.user.PhoneNumbers;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A doctor as the admin's form holds it, in the platform's columns. {@link #problems()} is shown as
 * the admin types and is what the service refuses.
 *
 * @param nameEn the name in English letters (required); {@code nameBn} in Bangla, optional
 * @param title e.g. "Dr." or "Prof. Dr."; blank means "Dr."
 * @param bmdcNumber Bangladesh Medical and Dental Council registration, e.g. "A-12345"
 * @param phone as typed: the phone of the doctor's platform account (one account per phone)
 * @param fee the new-patient fee in whole taka
 * @param followUpFee null: the platform's rule (half the fee)
 * @param reportFee null: the platform's rule (30% of the fee)
 */
public record DoctorForm(
    String nameEn,
    String nameBn,
    String title,
    Gender gender,
    String specialty,
    String bmdcNumber,
    String phone,
    DoctorStatus status,
    int experienceYears,
    Integer fee,
    Integer followUpFee,
    Integer reportFee,
    boolean acceptNewPatients) {
  static final int MAX_TEXT = 200;
  static final int MAX_FEE = 100_000;
  static final int MAX_YEARS = 70;
  static final String DEFAULT_TITLE = "Dr.";
  private static final Pattern BMDC = Pattern.compile("^([A-Z]-?)?[0-9]{3,7}$");

  /** Field to message; empty when the form can be saved. */
  public Map<String, String> problems() {
    Map<String, String> p = new LinkedHashMap<>();
    if (clean(nameEn) == null || nameEn.length() > MAX_TEXT) {
      p.put("nameEn", "Enter the doctor's name");
    }
    if (nameBn != null && nameBn.length() > MAX_TEXT) {
      p.put("nameBn", "At most 200 letters");
    }
    if (title != null && title.length() > MAX_TEXT) {
      p.put("title", "At most 200 letters");
    }
    if (gender == null) {
      p.put("gender", "Choose the doctor's sex");
    }
    if (clean(specialty) == null || specialty.length() > MAX_TEXT) {
      p.put("specialty", "Enter the specialty, e.g. Medicine");
    }
    if (cleanBmdc() == null || !BMDC.matcher(cleanBmdc()).matches()) {
      p.put("bmdcNumber", "Enter the BMDC registration number, e.g. A-12345");
    }
    if (canonicalPhone() == null) {
      p.put("phone", "Enter a valid mobile number, e.g. 01711-000001");
    }
    if (status == null) {
      p.put("status", "Choose the registration status");
    }
    if (experienceYears < 0 || experienceYears > MAX_YEARS) {
      p.put("experienceYears", "Years of experience are 0 to " + MAX_YEARS);
    }
    feeProblem(fee, true).ifPresent(m -> p.put("fee", m));
    feeProblem(followUpFee, false).ifPresent(m -> p.put("followUpFee", m));
    feeProblem(reportFee, false).ifPresent(m -> p.put("reportFee", m));
    return p;
  }

  /** A fee field's problem: required or not, whole taka from 0 to 100,000. */
  static Optional<String> feeProblem(Integer fee, boolean required) {
    if (fee == null) {
      return required ? Optional.of("Enter the fee in Taka, e.g. 800") : Optional.empty();
    }
    if (fee < 0 || fee > MAX_FEE) {
      return Optional.of("A fee is 0 to 100,000 Taka");
    }
    return Optional.empty();
  }

  /** The same form with another registration status. */
  public DoctorForm withStatus(DoctorStatus other) {
    return new DoctorForm(
        nameEn,
        nameBn,
        title,
        gender,
        specialty,
        bmdcNumber,
        phone,
        other,
        experienceYears,
        fee,
        followUpFee,
        reportFee,
        acceptNewPatients);
  }

  /** The same form with other fees (new patient, follow-up, report check). */
  public DoctorForm withFees(Integer newFee, Integer newFollowUpFee, Integer newReportFee) {
    return new DoctorForm(
        nameEn,
        nameBn,
        title,
        gender,
        specialty,
        bmdcNumber,
        phone,
        status,
        experienceYears,
        newFee,
        newFollowUpFee,
        newReportFee,
        acceptNewPatients);
  }

  /** Upper case without spaces, or null when blank. */
  public String cleanBmdc() {
    String b = clean(bmdcNumber);
    return b == null ? null : b.replace(" ", "").toUpperCase(Locale.ROOT);
  }

  /** The title as stored: "Dr." when none was typed. */
  public String cleanTitle() {
    String t = clean(title);
    return t == null ? DEFAULT_TITLE : t;
  }

  /** E.164, or null when blank or invalid. */
  public String canonicalPhone() {
    return clean(phone) == null ? null : PhoneNumbers.canonical(phone).orElse(null);
  }

  static String clean(String s) {
    return s == null || s.isBlank() ? null : s.strip().replaceAll("\\s+", " ");
  }
}
