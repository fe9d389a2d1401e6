package com.nirnoy.desk.print;

import com.nirnoy.desk.booking.AppointmentStatus;
import com.nirnoy.desk.booking.AppointmentSummary;
import com.nirnoy.desk.booking.VisitType;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The words and number formats a printout uses, in the language the desk shows (the screens supply
 * them from their message bundles, so a Bangla desk prints Bangla slips).
 */
public interface SlipWords {
  /** The text for {@code key} (slip.*, daylist.*) with {@code args} filled in. */
  String get(String key, Object... args);

  /** True when the desk speaks Bangla (doctors are then named by their Bangla name, if any). */
  boolean isBangla();

  /** A bare name with the language's doctor title: "Dr Name", "ডা. নাম". */
  String doctor(String name);

  /**
   * The appointment's doctor as the desk's language names them: the Bangla name (with the Bangla
   * title) in Bangla when the doctor has one, else the platform's title and English name.
   */
  default String doctorOf(AppointmentSummary a) {
    String bangla = a.doctorNameBn();
    return isBangla() && bangla != null && !bangla.isBlank()
        ? doctor(bangla.strip())
        : a.doctorName();
  }

  String longDay(LocalDate date);

  String time(LocalTime time);

  String number(long n);

  /** A fee in whole taka; "" when there is none. */
  String fee(Integer taka);

  String visit(VisitType type);

  String status(AppointmentStatus status);
}
