package com.nirnoy.desk.db;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The platform's {@code Appointment.date}: the clinic's calendar day (Asia/Dhaka) as a TIMESTAMP(3)
 * at 00:00:00.000. A row another client wrote at its own midnight (the day before at 18:00 from a
 * server on Dhaka time) is read as the nearest midnight's day, as {@code nirnoy_clinic_day} does.
 */
@Converter
public class ClinicDayTimestamp implements AttributeConverter<LocalDate, LocalDateTime> {
  @Override
  public LocalDateTime convertToDatabaseColumn(LocalDate day) {
    return day == null ? null : day.atStartOfDay();
  }

  @Override
  public LocalDate convertToEntityAttribute(LocalDateTime stored) {
    return stored == null ? null : clinicDay(stored);
  }

  /** The day a stored {@code date} means: the nearest midnight. */
  public static LocalDate clinicDay(LocalDateTime stored) {
    return stored.plusHours(12).toLocalDate();
  }
}
