package com.nirnoy.desk.stranded;

import com.nirnoy.desk.user.PhoneNumbers;
import java.sql.Time;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

/** The SQL of stranded appointments: which ones a doctor's current state leaves without him. */
final class StrandedQueries {
  /**
   * Live future appointments the doctor cannot keep as things stand: the doctor is not active, the
   * chamber is closed, leave covers the time, or no active weekly session at that chamber covers
   * it.
   */
  private static final String STRANDED =
      """
      SELECT a.id FROM "Appointment" a
      JOIN "Doctor" d ON d.id = a."doctorId"
      JOIN "DoctorChamber" c ON c.id = a."chamberId"
      WHERE a."doctorId" = :doctor AND a.status IN ('PENDING', 'CONFIRMED', 'ARRIVED')
        AND (a.date > :today OR (a.date = :today AND a."startTime" >= :now))
        AND (d.status <> 'ACTIVE' OR NOT c."isActive"
          OR EXISTS (SELECT 1 FROM "DoctorLeave" l
                     WHERE l."doctorId" = a."doctorId" AND a.date BETWEEN l."startDate" AND l."endDate"
                       AND (l."startTime" IS NULL OR (a."startTime" < l."endTime" AND a."endTime" > l."startTime")))
          OR NOT EXISTS (SELECT 1 FROM "ChamberSession" s
                     WHERE s."chamberId" = a."chamberId" AND s."isActive"
                       AND s."dayOfWeek" = extract(isodow FROM a.date)
                       AND s."startTime" <= a."startTime" AND s."endTime" >= a."endTime"
                       AND a."startTime" < s."startTime" + make_interval(mins => s."slotMinutes" * s."maxSerials")))
      """;

  private static final String DETAILS =
      """
      SELECT a.id, p.name, p.phone, d.name, c.name, a.date, a."startTime", a."endTime",
             a."serialNumber", a.status, m.reason, m."markedAt"
      FROM "Appointment" a
      JOIN "User" p ON p.id = a."patientId"
      JOIN "Doctor" d ON d.id = a."doctorId"
      JOIN "DoctorChamber" c ON c.id = a."chamberId"
      """;

  private StrandedQueries() {}

  static List<String> strandedIds(Session s, String doctorId, LocalDateTime now) {
    return s.createNativeQuery(STRANDED, String.class)
        .setParameter("doctor", doctorId)
        .setParameter("today", now.toLocalDate())
        .setParameter("now", now.toLocalTime())
        .getResultList();
  }

  /**
   * Details of the appointments {@code condition} selects (after {@code DETAILS}, which has no mark
   * unless the condition joins {@code "StrandedAppointment" m}).
   */
  static List<AffectedAppointment> details(
      Session s, String condition, Consumer<NativeQuery<Object[]>> params) {
    boolean marked = condition.contains("\"StrandedAppointment\" m");
    String sql =
        marked
            ? DETAILS + condition
            : DETAILS.replace("m.reason, m.\"markedAt\"", "NULL, NULL") + condition;
    NativeQuery<Object[]> q =
        s.createNativeQuery(sql + " ORDER BY a.date, a.\"startTime\"", Object[].class);
    params.accept(q);
    return q.getResultList().stream().map(StrandedQueries::row).toList();
  }

  private static AffectedAppointment row(Object[] r) {
    String phone = (String) r[2];
    return new AffectedAppointment(
        (String) r[0],
        (String) r[1],
        phone == null ? "" : PhoneNumbers.display(phone),
        (String) r[3],
        (String) r[4],
        date(r[5]),
        time(r[6]),
        time(r[7]),
        r[8] == null ? null : ((Number) r[8]).intValue(),
        (String) r[9],
        (String) r[10],
        instant(r[11]));
  }

  private static LocalDate date(Object o) {
    return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
  }

  private static LocalTime time(Object o) {
    return o instanceof Time t ? t.toLocalTime() : (LocalTime) o;
  }

  private static Instant instant(Object o) {
    if (o == null) {
      return null;
    }
    if (o instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    return o instanceof OffsetDateTime t ? t.toInstant() : (Instant) o;
  }
}
