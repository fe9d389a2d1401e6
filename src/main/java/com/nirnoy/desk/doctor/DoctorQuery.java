package com.nirnoy.desk.doctor;

/**
 * What the receptionist typed into the directory's filters; blank or null means "any".
 *
 * @param text matches the start of any word of the English or Bangla name, the start of the
 *     specialty, a chamber's name or the start of its area
 * @param specialty the platform's {@code primarySpecialty}, exactly
 * @param minFee the new-patient fee in whole taka, at least; {@code maxFee} at most
 * @param availableToday only doctors with an active chamber sitting today and no whole-day leave
 */
public record DoctorQuery(
    String text,
    String specialty,
    String area,
    String city,
    Integer minFee,
    Integer maxFee,
    boolean availableToday) {

  public static DoctorQuery all() {
    return new DoctorQuery(null, null, null, null, null, null, false);
  }

  public static DoctorQuery text(String text) {
    return new DoctorQuery(text, null, null, null, null, null, false);
  }
}
