package com.nirnoy.desk.doctor;

import java.math.BigDecimal;

/**
 * What the receptionist typed into the directory's filters; blank or null means "any".
 *
 * @param text matches the start of any word of the name, the specialty, a chamber or its area
 * @param availableToday only doctors with a session today and no whole-day leave
 */
public record DoctorQuery(
    String text,
    String specialty,
    String area,
    String city,
    BigDecimal minFee,
    BigDecimal maxFee,
    boolean availableToday) {

  public static DoctorQuery all() {
    return new DoctorQuery(null, null, null, null, null, null, false);
  }

  public static DoctorQuery text(String text) {
    return new DoctorQuery(text, null, null, null, null, null, false);
  }
}
