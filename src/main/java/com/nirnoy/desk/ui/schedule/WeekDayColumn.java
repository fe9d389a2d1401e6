package com.nirnoy.desk.ui.schedule;

import com.nirnoy.desk.schedule.DaySchedule;
import com.nirnoy.desk.schedule.SessionDay;
import com.nirnoy.desk.ui.Texts;
import java.time.LocalDate;
import java.util.List;

/** One day of the week view: its heading, how full it is, and every slot of every session. */
public record WeekDayColumn(LocalDate date, String title, String summary, List<SlotRow> rows) {

  static WeekDayColumn of(DaySchedule day, Texts t) {
    long booked = day.sessions().stream().mapToLong(SessionDay::booked).sum();
    long left = day.sessions().stream().mapToLong(SessionDay::serialsLeft).sum();
    String summary =
        day.sessions().isEmpty()
            ? t.get("week.no.sessions")
            : t.get("week.summary", t.number(booked), t.number(left));
    return new WeekDayColumn(
        day.date(),
        t.day(day.date()),
        summary,
        day.allSlots().stream().map(s -> SlotRow.of(s, t)).toList());
  }
}
