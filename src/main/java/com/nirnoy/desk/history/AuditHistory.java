package com.nirnoy.desk.history;

import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.staff.Permission;
import com.nirnoy.desk.staff.StaffSession;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the audit trail ({@code "AuditLog"}, written by database triggers, append-only) for an
 * appointment, for a doctor with their chambers and leave, and for a staff account. Read-only:
 * nothing in the app can change it, and the database refuses anyone who tries.
 */
public class AuditHistory {
  /** The most entries one screen shows. */
  static final int LIMIT = 500;

  private static final String QUERY =
      """
      SELECT l.id, l.at, l."tableName", l.action, st.name, st.role, k.key,
             l."oldValues" ->> k.key, l."newValues" ->> k.key
      FROM (SELECT * FROM "AuditLog" WHERE %s ORDER BY at DESC, id DESC LIMIT %d) l
      LEFT JOIN "DeskStaff" st ON st."userId" = l."actorId"
      LEFT JOIN LATERAL jsonb_object_keys(
          coalesce(l."oldValues", '{}'::jsonb) || coalesce(l."newValues", '{}'::jsonb)) AS k(key) ON true
      ORDER BY l.at DESC, l.id DESC, k.key
      """;

  private final Database db;
  private final StaffSession session;

  public AuditHistory(Database db, StaffSession session) {
    this.db = db;
    this.session = session;
  }

  /** Who booked, moved, cancelled or changed the status of this appointment; newest first. */
  public List<HistoryEntry> forAppointment(int appointmentId) {
    return read("\"appointmentId\" = :id", appointmentId);
  }

  /**
   * Changes to the doctor (fees, registration status ...), their chambers (with their weekly
   * sessions) and leave.
   */
  public List<HistoryEntry> forDoctor(int doctorId) {
    return read(
        "\"doctorId\" = :id AND \"tableName\" IN ('Doctor', 'DoctorChamber', 'DoctorLeave')",
        doctorId);
  }

  /** Changes to a staff account (added, password reset, deactivated); {@code staffId}: its user. */
  public List<HistoryEntry> forStaff(int staffId) {
    session.require(Permission.MANAGE_STAFF); // staff accounts are an admin's business
    return read("\"tableName\" = 'DeskStaff' AND \"rowId\" = :id", String.valueOf(staffId));
  }

  private List<HistoryEntry> read(String condition, Object id) {
    session.require(Permission.VIEW_HISTORY);
    List<Object[]> rows =
        db.inTransaction(
            s ->
                s.createNativeQuery(String.format(QUERY, condition, LIMIT), Object[].class)
                    .setParameter("id", id)
                    .getResultList());
    Map<Long, List<Object[]>> byEntry = new LinkedHashMap<>();
    rows.forEach(
        r -> byEntry.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add(r));
    return byEntry.values().stream().map(AuditHistory::entry).toList();
  }

  private static HistoryEntry entry(List<Object[]> rows) {
    Object[] first = rows.get(0);
    List<HistoryEntry.FieldChange> changes = new ArrayList<>();
    for (Object[] r : rows) {
      if (r[6] != null) {
        changes.add(new HistoryEntry.FieldChange((String) r[6], (String) r[7], (String) r[8]));
      }
    }
    return HistoryEntry.of(
        instant(first[1]),
        new HistoryEntry.Source(
            (String) first[2],
            (String) first[3],
            (String) first[4],
            (String) first[5],
            List.copyOf(changes)));
  }

  private static Instant instant(Object o) {
    if (o instanceof Timestamp t) {
      return t.toInstant();
    }
    return o instanceof OffsetDateTime t ? t.toInstant() : (Instant) o;
  }
}
