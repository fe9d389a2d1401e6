package com.nirnoy.desk.schedule;

import java.time.LocalDate;
import java.util.List;

/** One session's serials on one date, in serial order. */
public record SessionDay(SessionInfo session, LocalDate date, List<Slot> slots) {

  /** Serials still bookable (the "serials left today" a Bangladeshi desk announces). */
  public long serialsLeft() {
    return slots.stream().filter(Slot::isFree).count();
  }

  public long booked() {
    return slots.stream().filter(s -> s.state() == SlotState.BOOKED).count();
  }
}
