package com.nirnoy.desk.chamber;

import com.nirnoy.desk.user.PhoneNumbers;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A chamber as the admin's form holds it: the place (optionally one of the platform's clinics), its
 * weekly session and its fee overrides. {@link #problems()} is shown as the admin types.
 *
 * @param clinicId the {@code Clinic} the chamber is in, or null for none
 */
public record ChamberForm(
    String name,
    String address,
    String area,
    String city,
    String phone,
    Integer clinicId,
    SessionForm schedule,
    ChamberFees fees,
    boolean active) {
  static final int MAX_TEXT = 200;

  public ChamberForm {
    fees = fees == null ? ChamberFees.NONE : fees;
  }

  /** Field to message; empty when the form can be saved. */
  public Map<String, String> problems() {
    Map<String, String> p = new LinkedHashMap<>();
    required(p, "name", name, "Enter the chamber's name, e.g. Popular Diagnostic Centre");
    required(p, "address", address, "Enter the address");
    required(p, "area", area, "Enter the area, e.g. Dhanmondi");
    required(p, "city", city, "Enter the city, e.g. Dhaka");
    if (clean(phone) != null && canonicalPhone() == null) {
      p.put("phone", "Enter a valid number, e.g. 01711-000001");
    }
    if (schedule == null) {
      p.put("days", "Choose at least one day");
    } else {
      p.putAll(schedule.problems());
    }
    p.putAll(fees.problems());
    return p;
  }

  /** The same chamber with another weekly session. */
  public ChamberForm withSchedule(SessionForm other) {
    return new ChamberForm(name, address, area, city, phone, clinicId, other, fees, active);
  }

  /** The same chamber with other fee overrides. */
  public ChamberForm withFees(ChamberFees other) {
    return new ChamberForm(name, address, area, city, phone, clinicId, schedule, other, active);
  }

  /** The same chamber open (true) or closed (false). */
  public ChamberForm withActive(boolean open) {
    return new ChamberForm(name, address, area, city, phone, clinicId, schedule, fees, open);
  }

  private static void required(Map<String, String> p, String field, String value, String message) {
    if (clean(value) == null || value.length() > MAX_TEXT) {
      p.put(field, message);
    }
  }

  /** E.164, or null when blank or invalid. */
  public String canonicalPhone() {
    return clean(phone) == null ? null : PhoneNumbers.canonical(phone).orElse(null);
  }

  static String clean(String s) {
    return s == null || s.isBlank() ? null : s.strip().replaceAll("\\s+", " ");
  }
}
