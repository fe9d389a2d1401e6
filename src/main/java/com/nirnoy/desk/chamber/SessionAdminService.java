package com.nirnoy.desk.chamber;

import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.rules.DatabaseRules;
import com.nirnoy.desk.rules.InvalidFormException;
import com.nirnoy.desk.rules.RuleViolationException;
import com.nirnoy.desk.staff.Permission;
import com.nirnoy.desk.staff.StaffSession;
import com.nirnoy.desk.stranded.AffectedAppointment;
import com.nirnoy.desk.stranded.Outcome;
import com.nirnoy.desk.stranded.StrandedAppointments;
import java.time.Clock;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.hibernate.Session;

/**
 * An admin's work on weekly sessions. The database refuses a doctor's sessions that overlap, at one
 * chamber or two ({@code ChamberSession_no_overlap}), and the refusal names the session in the way.
 * Shortening or switching off a session strands the appointments it no longer covers: previewed
 * first, marked on confirm.
 */
public class SessionAdminService {
  private final Database db;
  private final Clock clock;
  private final StaffSession session;
  private final StrandedAppointments stranded;

  public SessionAdminService(
      Database db, Clock clock, StaffSession session, StrandedAppointments stranded) {
    this.db = db;
    this.clock = clock;
    this.session = session;
    this.stranded = stranded;
  }

  /** The doctor's weekly sessions at every chamber, by day and time. */
  public List<SessionDetails> sessionsOf(String doctorId) {
    session.require(Permission.MANAGE_SCHEDULES);
    return db.inTransaction(s -> query(s, "s.doctorId = :doctorId", doctorId));
  }

  /**
   * Adds a weekly session at a chamber (of its doctor).
   *
   * @throws SessionOverlapException when the doctor already sits somewhere at that time
   */
  public SessionDetails add(String chamberId, SessionForm form) {
    return addAll(chamberId, Set.of(form.day()), form).get(0);
  }

  /**
   * Adds the same weekly session on each of {@code days} (e.g. Saturday to Wednesday evenings), all
   * or none: one transaction.
   *
   * @throws SessionOverlapException naming the session in the way on any of the days
   */
  public List<SessionDetails> addAll(String chamberId, Set<DayOfWeek> days, SessionForm form) {
    session.require(Permission.MANAGE_SCHEDULES);
    InvalidFormException.refuseIfAny(form.problems());
    if (days.isEmpty()) {
      throw new InvalidFormException(Map.of("day", "Choose at least one day"));
    }
    String doctorId = db.inTransaction(s -> chamber(s, chamberId).getDoctor().getId());
    List<DayOfWeek> ordered = days.stream().sorted().toList();
    try {
      return db.inTransaction(
          s -> {
            DoctorChamber c = chamber(s, chamberId);
            List<SessionDetails> added = new ArrayList<>();
            for (DayOfWeek day : ordered) {
              SessionForm f = form.on(day);
              ChamberSession cs =
                  new ChamberSession(
                      chamberId,
                      doctorId,
                      day,
                      f.start(),
                      f.end(),
                      f.slotMinutes(),
                      f.maxSerials());
              cs.apply(f, clock.instant());
              s.persist(cs);
              s.flush(); // each day meets the overlap rule on its own
              added.add(SessionDetails.of(cs, c.getName()));
            }
            return added;
          });
    } catch (RuntimeException e) {
      RuntimeException explained = DatabaseRules.explain(e);
      if (explained instanceof RuleViolationException r
          && DatabaseRules.SESSION_OVERLAP.equals(r.rule())) {
        SessionDetails inTheWay =
            ordered.stream()
                .map(day -> clash(doctorId, form.on(day), null, e))
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
        throw new SessionOverlapException(inTheWay, e);
      }
      throw explained;
    }
  }

  /** The future appointments {@code form} would strand; nothing is saved. */
  public List<AffectedAppointment> previewUpdate(String sessionId, SessionForm form) {
    String doctorId = check(sessionId, form);
    return explained(
        doctorId,
        form,
        sessionId,
        () -> stranded.preview(doctorId, s -> apply(s, sessionId, form)));
  }

  /** Saves the edit and marks the appointments it strands, in one transaction. */
  public Outcome<SessionDetails> update(String sessionId, SessionForm form) {
    String doctorId = check(sessionId, form);
    return explained(
        doctorId,
        form,
        sessionId,
        () -> {
          List<AffectedAppointment> marked =
              stranded.confirm(
                  doctorId, "The doctor's weekly session changed", s -> apply(s, sessionId, form));
          return new Outcome<>(
              db.inTransaction(s -> query(s, "s.id = :id", sessionId).get(0)), marked);
        });
  }

  private String check(String sessionId, SessionForm form) {
    session.require(Permission.MANAGE_SCHEDULES);
    InvalidFormException.refuseIfAny(form.problems());
    return db.inTransaction(s -> load(s, sessionId).getDoctorId());
  }

  private void apply(Session s, String sessionId, SessionForm form) {
    load(s, sessionId).apply(form, clock.instant());
  }

  /** Explains a refusal; an overlap names the session in the way. */
  private <T> T explained(String doctorId, SessionForm form, String ownId, Supplier<T> work) {
    try {
      return work.get();
    } catch (RuntimeException e) {
      RuntimeException explained = DatabaseRules.explain(e);
      if (explained instanceof RuleViolationException r
          && DatabaseRules.SESSION_OVERLAP.equals(r.rule())) {
        throw new SessionOverlapException(clash(doctorId, form, ownId, e), e);
      }
      throw explained;
    }
  }

  private SessionDetails clash(
      String doctorId, SessionForm form, String ownId, RuntimeException refusal) {
    try {
      return db
          .inTransaction(
              s ->
                  s.createSelectionQuery(
                          """
                          select s, c.name from ChamberSession s, DoctorChamber c
                          where c.id = s.chamberId and s.isActive and s.doctorId = :doctor
                          and s.dayOfWeek = :day and s.startTime < :end and s.endTime > :start
                          and s.id <> :own
                          """,
                          Object[].class)
                      .setParameter("doctor", doctorId)
                      .setParameter("day", form.day().getValue())
                      .setParameter("start", form.start())
                      .setParameter("end", form.end())
                      .setParameter("own", ownId == null ? "" : ownId)
                      .setMaxResults(1)
                      .getResultList())
          .stream()
          .map(r -> SessionDetails.of((ChamberSession) r[0], (String) r[1]))
          .findFirst()
          .orElse(null);
    } catch (RuntimeException e) {
      refusal.addSuppressed(e);
      return null;
    }
  }

  private static List<SessionDetails> query(Session s, String condition, String param) {
    return s
        .createSelectionQuery(
            "select s, c.name from ChamberSession s, DoctorChamber c where c.id = s.chamberId and "
                + condition
                + " order by s.dayOfWeek, s.startTime",
            Object[].class)
        .setParameter(condition.contains(":doctorId") ? "doctorId" : "id", param)
        .getResultList()
        .stream()
        .map(r -> SessionDetails.of((ChamberSession) r[0], (String) r[1]))
        .toList();
  }

  private static DoctorChamber chamber(Session s, String chamberId) {
    DoctorChamber c = s.find(DoctorChamber.class, chamberId);
    if (c == null) {
      throw new IllegalArgumentException("No chamber " + chamberId);
    }
    return c;
  }

  private static ChamberSession load(Session s, String sessionId) {
    ChamberSession cs = s.find(ChamberSession.class, sessionId);
    if (cs == null) {
      throw new IllegalArgumentException("No session " + sessionId);
    }
    return cs;
  }
}
