package com.nirnoy.desk.print;

import com.nirnoy.desk.booking.AppointmentStatus;
import com.nirnoy.desk.booking.VisitType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The words and number formats a printout uses, in the language the desk shows (the screens supply
 * them from their message bundles, so a Bangla desk prints Bangla slips).
 */
public interface SlipWords {
  /** The text for {@code key} (slip.*, daylist.*) with {@code args} filled in. */
  String get(String key, Object... args);

  String doctor(String name);

  String longDay(LocalDate date);

  String time(LocalTime time);

  String number(long n);

  String fee(BigDecimal amount);

  String visit(VisitType type);

  String status(AppointmentStatus status);
}
