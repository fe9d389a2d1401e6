package com.nirnoy.desk.db;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * The platform's clock times: text {@code HH:mm} ({@code startTime}, {@code endTime}). Reads {@code
 * H:mm} and seconds too, as other clients may write them; always writes {@code HH:mm}.
 */
@Converter
public class ClockTimeText implements AttributeConverter<LocalTime, String> {
  private static final DateTimeFormatter WRITE = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter READ = DateTimeFormatter.ofPattern("H:mm[:ss]");

  @Override
  public String convertToDatabaseColumn(LocalTime time) {
    return time == null ? null : time.format(WRITE);
  }

  @Override
  public LocalTime convertToEntityAttribute(String text) {
    return text == null || text.isBlank() ? null : LocalTime.parse(text.strip(), READ);
  }
}
