package com.nirnoy.desk.stranded;

import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.staff.Permission;
import com.nirnoy.desk.staff.StaffMember;
import com.nirnoy.desk.staff.StaffSession;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.hibernate.Session;
import org.hibernate.type.StandardBasicTypes;

/**
 * Appointments a change strands (leave, a suspended doctor, a closed chamber, shorter hours, a
 * lower cap or a weekday dropped from a chamber's session): {@link #preview} shows them before the
 * admin confirms; {@link #confirm} applies the change and marks them in one transaction, so none is
 * silently lost. The appointments keep their status (the web platform's statuses are not ours to
 * extend); the desk works through {@link #toCall()} and clears each mark once the patient is called
 * or rebooked.
 */
public class StrandedAppointments {
  private final Database db;
  private final Clock clock;
  private final StaffSession session;

  public StrandedAppointments(Database db, Clock clock, StaffSession session) {
    this.db = db;
    this.clock = clock;
    this.session = session;
  }

  /**
   * The future live appointments of {@code doctorId} that {@code change} would strand; the change
   * is applied in a transaction that is rolled back. The caller checks permissions.
   */
  public List<AffectedAppointment> preview(int doctorId, Consumer<Session> change) {
    return db.inRolledBackTransaction(s -> strandedBy(s, doctorId, change));
  }

  /**
   * Applies {@code change} and marks every appointment it strands with {@code reason}, in one
   * transaction. Returns what was marked (recomputed here: a booking made since the preview counts
   * too). The caller checks permissions.
   */
  public List<AffectedAppointment> confirm(int doctorId, String reason, Consumer<Session> change) {
    Integer actorId = session.actorId() == null ? null : Integer.valueOf(session.actorId());
    return db.inTransaction(
        s -> {
          List<AffectedAppointment> stranded = strandedBy(s, doctorId, change);
          for (AffectedAppointment a : stranded) {
            s.createNativeMutationQuery(
                    """
                    INSERT INTO "StrandedAppointment" ("appointmentId", reason, "markedById")
                    VALUES (:id, :reason, :actor)
                    ON CONFLICT ("appointmentId") WHERE "clearedAt" IS NULL DO NOTHING
                    """)
                .setParameter("id", a.appointmentId())
                .setParameter("reason", reason)
                .setParameter("actor", actorId, StandardBasicTypes.INTEGER)
                .executeUpdate();
          }
          return stranded;
        });
  }

  /** The desk's "patients to call": open marks on appointments from today on, soonest first. */
  public List<AffectedAppointment> toCall() {
    session.require(Permission.FRONT_DESK);
    LocalDate today = LocalDate.now(clock);
    return db.inTransaction(
        s ->
            StrandedQueries.details(
                s,
                """
                JOIN "StrandedAppointment" m ON m."appointmentId" = a.id AND m."clearedAt" IS NULL
                WHERE a.status <> 'CANCELLED'
                  AND a."date" >= CAST(:today AS timestamp) - interval '12 hours'
                """,
                q -> q.setParameter("today", today)));
  }

  /**
   * Clears the open mark of an appointment: the patient was called (and perhaps rebooked or
   * cancelled). {@code note} is optional ("rebooked for Tuesday"). Clearing twice is harmless.
   */
  public void clear(int appointmentId, String note) {
    StaffMember me = session.require(Permission.FRONT_DESK);
    db.inTransaction(
        s ->
            s.createNativeMutationQuery(
                    """
                    UPDATE "StrandedAppointment" SET "clearedAt" = now(), "clearedById" = :actor, "clearNote" = :note
                    WHERE "appointmentId" = :id AND "clearedAt" IS NULL
                    """)
                .setParameter("actor", me.id())
                .setParameter("note", note == null || note.isBlank() ? null : note.strip())
                .setParameter("id", appointmentId)
                .executeUpdate());
  }

  private List<AffectedAppointment> strandedBy(Session s, int doctorId, Consumer<Session> change) {
    LocalDateTime now = LocalDateTime.now(clock);
    Set<Integer> before = new LinkedHashSet<>(StrandedQueries.strandedIds(s, doctorId, now));
    change.accept(s);
    s.flush();
    Set<Integer> after = new LinkedHashSet<>(StrandedQueries.strandedIds(s, doctorId, now));
    after.removeAll(before);
    if (after.isEmpty()) {
      return List.of();
    }
    return StrandedQueries.details(
        s, "WHERE a.id IN (:ids)", q -> q.setParameter("ids", List.copyOf(after)));
  }
}
