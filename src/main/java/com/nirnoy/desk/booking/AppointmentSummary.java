package com.nirnoy.desk.booking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * An appointment as screens and messages need it, with names resolved; detached from any session.
 *
 * @param patientName who the visit is for: the snapshot name of a family member, else the account
 *     holder's
 * @param doctorName the doctor's title and English name; {@code doctorNameBn} the Bangla name, or
 *     null
 * @param endTime when the held time ends: the stored end, or one slot of the chamber's length when
 *     the web left it empty (as the database's overlap rule reads it)
 * @param requestId the desk's request id, or null for a web booking
 */
public record AppointmentSummary(
    int id,
    String requestId,
    int patientId,
    String patientName,
    int doctorId,
    String doctorName,
    String doctorNameBn,
    int chamberId,
    String chamberName,
    Integer clinicId,
    LocalDate date,
    LocalTime startTime,
    LocalTime endTime,
    Integer serialNumber,
    AppointmentStatus status,
    VisitType type,
    BookingSource source,
    Integer fee) {

  /**
   * The columns every query that makes summaries selects, in {@link #from}'s order, over {@code
   * "Appointment" a} joined as {@link #FROM} joins it.
   */
  public static final String COLUMNS =
      """
      a.id, db."requestId", a."patientId", coalesce(a."patientName", p.name), a."doctorId",
      btrim(d.title || ' ' || d."nameEn"), d."nameBn", a."chamberId", c.name, a."clinicId",
      nirnoy_clinic_day(a."date"), a."startTime"::time, upper(a."deskSlot")::time,
      a."serialNumber", a.status, a."visitType", coalesce(db.source, 'WEB'), a.fee""";

  /** The joins {@link #COLUMNS} reads through. */
  public static final String FROM =
      """
      FROM "Appointment" a
      JOIN "Patient" p ON p.id = a."patientId"
      JOIN "Doctor" d ON d.id = a."doctorId"
      JOIN "DoctorChamber" c ON c.id = a."chamberId"
      LEFT JOIN "DeskBooking" db ON db."appointmentId" = a.id
      """;

  /** The row {@code rs} is on, selected as {@link #COLUMNS} from column {@code first} on. */
  public static AppointmentSummary from(ResultSet rs, int first) throws SQLException {
    int i = first;
    return new AppointmentSummary(
        rs.getInt(i++),
        rs.getString(i++),
        rs.getInt(i++),
        rs.getString(i++),
        rs.getInt(i++),
        rs.getString(i++),
        rs.getString(i++),
        rs.getInt(i++),
        rs.getString(i++),
        rs.getObject(i++, Integer.class),
        rs.getObject(i++, LocalDate.class),
        rs.getObject(i++, LocalTime.class),
        rs.getObject(i++, LocalTime.class),
        rs.getObject(i++, Integer.class),
        AppointmentStatus.valueOf(rs.getString(i++)),
        VisitType.valueOf(rs.getString(i++)),
        BookingSource.valueOf(rs.getString(i++)),
        rs.getObject(i, Integer.class));
  }

  /** The doctor's name in the desk's language. */
  public String doctorName(boolean bangla) {
    return bangla && doctorNameBn != null && !doctorNameBn.isBlank() ? doctorNameBn : doctorName;
  }
}
