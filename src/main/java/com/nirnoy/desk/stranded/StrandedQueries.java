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
   * Live future appointments (REQUESTED, CONFIRMED, CHECKED_IN) the doctor cannot keep as things
   * stand: the doctor is not APPROVED, the chamber is closed, leave covers the held time, or the
   * chamber's weekly session no longer covers it (not that weekday, outside the hours, or beyond
   * the cap of maxPatients slots). The held time is the database's {@code deskSlot} (clinic-local).
   */
  private static final String STRANDED =
      """
      SELECT a.id FROM "Appointment" a
      JOIN "Doctor" d ON d.id = a."doctorId"
      JOIN "DoctorChamber" c ON c.id = a."chamberId"
      WHERE a."doctorId" = :doctor AND a.status IN ('REQUESTED', 'CONFIRMED', 'CHECKED_IN')
        AND a."date" >= CAST(:today AS timestamp) - interval '12 hours'
        AND lower(a."deskSlot") >= CAST(:now AS timestamp)
        AND (d."registrationStatus" <> 'APPROVED' OR NOT c."isActive"
          OR EXISTS (SELECT 1 FROM "DoctorLeave" l
                     WHERE l."doctorId" = a."doctorId"
                       AND lower(a."deskSlot")::date BETWEEN l."startDate" AND l."endDate"
                       AND (l."startTime" IS NULL
                            OR a."deskSlot" && tsrange(lower(a."deskSlot")::date + l."startTime",
                                                       lower(a."deskSlot")::date + l."endTime")))
          OR NOT nirnoy_sits_on(c."daysOfWeek", lower(a."deskSlot")::date)
          OR lower(a."deskSlot") < lower(a."deskSlot")::date + c."startTime"::time
          OR upper(a."deskSlot") > lower(a."deskSlot")::date + c."endTime"::time
          OR (c."maxPatients" IS NOT NULL
              AND lower(a."deskSlot") >= lower(a."deskSlot")::date + c."startTime"::time
                  + make_interval(mins => c."slotDuration" * c."maxPatients")))
      """;

  private static final String DETAILS =
      """
      SELECT a.id, coalesce(a."patientName", p.name), coalesce(a."patientPhone", u.phone),
             btrim(d.title || ' ' || d."nameEn"), d."nameBn", c.name, nirnoy_clinic_day(a."date"),
             a."startTime"::time, upper(a."deskSlot")::time, a."serialNumber", a.status,
             m.reason, m."markedAt"
      FROM "Appointment" a
      JOIN "Patient" p ON p.id = a."patientId"
      JOIN "User" u ON u.id = p."userId"
      JOIN "Doctor" d ON d.id = a."doctorId"
      JOIN "DoctorChamber" c ON c.id = a."chamberId"
      """;

  private StrandedQueries() {}

  static List<Integer> strandedIds(Session s, int doctorId, LocalDateTime now) {
    return s.createNativeQuery(STRANDED, Integer.class)
        .setParameter("doctor", doctorId)
        .setParameter("today", now.toLocalDate())
        .setParameter("now", now)
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
        s.createNativeQuery(sql + " ORDER BY a.\"date\", a.\"startTime\", a.id", Object[].class);
    params.accept(q);
    return q.getResultList().stream().map(StrandedQueries::row).toList();
  }

  private static AffectedAppointment row(Object[] r) {
    String phone = (String) r[2];
    return new AffectedAppointment(
        ((Number) r[0]).intValue(),
        (String) r[1],
        phone == null || phone.isBlank() ? "" : PhoneNumbers.display(phone),
        (String) r[3],
        (String) r[4],
        (String) r[5],
        date(r[6]),
        time(r[7]),
        time(r[8]),
        r[9] == null ? null : ((Number) r[9]).intValue(),
        (String) r[10],
        (String) r[11],
        instant(r[12]));
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
