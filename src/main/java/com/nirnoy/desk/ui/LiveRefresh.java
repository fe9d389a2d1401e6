package com.nirnoy.desk.ui;

import com.nirnoy.desk.live.ChangeFeed;
import com.nirnoy.desk.live.Changes;
import com.nirnoy.desk.ui.chamber.ChamberDayViewModel;
import com.nirnoy.desk.ui.schedule.ScheduleViewModel;
import java.time.LocalDate;

/**
 * Keeps the desk's panes current while other desks and the web book: a change to the doctor-days
 * the schedule shows reloads the schedule, a change on the chamber list's day reloads that list,
 * and "everything" (the feed reconnected) reloads every pane. The feed already delivers a burst of
 * changes as one, so each pane reloads once per burst.
 */
final class LiveRefresh {
  private final ScheduleViewModel schedule;
  private final ChamberDayViewModel chamberDay;
  private final Runnable reloadAll;

  private LiveRefresh(
      ScheduleViewModel schedule, ChamberDayViewModel chamberDay, Runnable reloadAll) {
    this.schedule = schedule;
    this.chamberDay = chamberDay;
    this.reloadAll = reloadAll;
  }

  /** Subscribes to {@code feed}; changes are applied on the UI thread of {@code tasks}. */
  static void attach(
      ChangeFeed feed,
      TaskRunner tasks,
      ScheduleViewModel schedule,
      ChamberDayViewModel chamberDay,
      Runnable reloadAll) {
    LiveRefresh refresh = new LiveRefresh(schedule, chamberDay, reloadAll);
    feed.subscribe(changes -> tasks.onUiThread(() -> refresh.apply(changes)));
  }

  private void apply(Changes changes) {
    if (changes.reloadAll()) {
      reloadAll.run();
      return;
    }
    Integer doctor = schedule.doctorIdProperty().get();
    LocalDate from = schedule.dateProperty().get();
    LocalDate to = schedule.weekViewProperty().get() ? from.plusDays(6) : from;
    if (doctor != null && changes.touches(doctor, from, to)) {
      schedule.reload();
    }
    if (changes.touches(chamberDay.dateProperty().get())) {
      chamberDay.reload();
    }
  }
}
