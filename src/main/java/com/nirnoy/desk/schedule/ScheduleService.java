package com.nirnoy.desk.schedule;

import com.nirnoy.desk.booking.AppointmentQueries;
import com.nirnoy.desk.booking.AppointmentSummary;
import com.nirnoy.desk.chamber.DoctorChamber;
import com.nirnoy.desk.chamber.WeeklyDays;
import com.nirnoy.desk.db.Database;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Loads what a doctor's schedule is built from and builds it ({@link ScheduleBuilder}). */
public class ScheduleService {
  private final Database db;
  private final AppointmentQueries appointments;
  private final Clock clock;

  public ScheduleService(Database db, AppointmentQueries appointments, Clock clock) {
    this.db = db;
    this.appointments = appointments;
    this.clock = clock;
  }

  /** One doctor's day across all chambers. */
  public DaySchedule day(int doctorId, LocalDate date) {
    return days(doctorId, date, date).get(0);
  }

  /** Seven days from {@code firstDay}. */
  public List<DaySchedule> week(int doctorId, LocalDate firstDay) {
    return days(doctorId, firstDay, firstDay.plusDays(6));
  }

  /**
   * Up to {@code count} bookable slots from now on, over the next {@code withinDays} days; only at
   * {@code chamberId} when it is given. Offered after a conflict, one click each.
   */
  public List<Slot> nextFree(int doctorId, Integer chamberId, int count, int withinDays) {
    LocalDate today = LocalDate.now(clock);
    List<Slot> found = new ArrayList<>();
    for (DaySchedule day : days(doctorId, today, today.plusDays(withinDays - 1L))) {
      day.sessions().stream()
          .flatMap(s -> s.slots().stream())
          .filter(s -> s.isFree() && (chamberId == null || s.chamberId() == chamberId))
          .limit(count - (long) found.size())
          .forEach(found::add);
      if (found.size() >= count) {
        break;
      }
    }
    return found;
  }

  /** The next free serial today at a chamber: what a walk-in patient gets. */
  public Optional<Slot> walkIn(int doctorId, int chamberId) {
    return walkIn(doctorId, chamberId, LocalDate.now(clock));
  }

  /** The next free serial on {@code date} at a chamber. */
  public Optional<Slot> walkIn(int doctorId, int chamberId, LocalDate date) {
    return day(doctorId, date).firstFree(chamberId);
  }

  private List<DaySchedule> days(int doctorId, LocalDate from, LocalDate to) {
    List<SessionInfo> sessions = sessions(doctorId);
    List<LeaveInfo> leaves = leaves(doctorId, from, to);
    List<AppointmentSummary> booked = appointments.forDoctor(doctorId, from, to);
    LocalDateTime now = LocalDateTime.now(clock);
    List<DaySchedule> result = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      result.add(ScheduleBuilder.day(doctorId, d, sessions, leaves, booked, now));
    }
    return result;
  }

  /** The doctor's active chambers, each on each of its weekdays. */
  private List<SessionInfo> sessions(int doctorId) {
    List<SessionInfo> all = new ArrayList<>();
    db.read(
            s ->
                s.createSelectionQuery(
                        "from DoctorChamber where doctor.id = :doctorId and isActive order by id",
                        DoctorChamber.class)
                    .setParameter("doctorId", doctorId)
                    .getResultList())
        .forEach(c -> all.addAll(sessionsOf(c)));
    return all;
  }

  /** A chamber row's weekly session on each of its days; none when its hours make no slot. */
  static List<SessionInfo> sessionsOf(DoctorChamber c) {
    int slot = Math.max(1, c.getSlotDuration());
    long minutes = java.time.Duration.between(c.getStartTime(), c.getEndTime()).toMinutes();
    int fits = (int) Math.max(0, minutes / slot);
    int cap = c.getMaxPatients() == null ? fits : Math.min(fits, c.getMaxPatients());
    if (cap <= 0) {
      return List.of();
    }
    return WeeklyDays.parse(c.getDaysOfWeek()).stream()
        .map(
            day ->
                new SessionInfo(
                    c.getId(), c.getName(), day, c.getStartTime(), c.getEndTime(), slot, cap))
        .toList();
  }

  private List<LeaveInfo> leaves(int doctorId, LocalDate from, LocalDate to) {
    return db.read(
        s ->
            s
                .createSelectionQuery(
                    "from DoctorLeave where doctorId = :doctorId and startDate <= :to and endDate >= :from",
                    com.nirnoy.desk.chamber.DoctorLeave.class)
                .setParameter("doctorId", doctorId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()
                .stream()
                .map(
                    l ->
                        new LeaveInfo(
                            l.getStartDate(),
                            l.getEndDate(),
                            l.getStartTime(),
                            l.getEndTime(),
                            l.getReason()))
                .toList());
  }
}
