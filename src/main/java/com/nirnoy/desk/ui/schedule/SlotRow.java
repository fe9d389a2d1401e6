package com.nirnoy.desk.ui.schedule;

import com.nirnoy.desk.booking.AppointmentStatus;
import com.nirnoy.desk.schedule.Slot;
import com.nirnoy.desk.schedule.SlotState;
import com.nirnoy.desk.ui.Texts;

/** One line of the day view: serial and estimated time together, then who holds it. */
public record SlotRow(
    Slot slot, String serial, String time, String chamber, String state, String patient) {

  static SlotRow of(Slot s, Texts t) {
    return new SlotRow(
        s,
        s.serial() == 0 ? "-" : t.number(s.serial()),
        t.timeRange(s.start(), s.end()),
        s.chamberName(),
        t.state(stateKey(s)),
        s.appointment() == null ? "" : s.appointment().patientName());
  }

  /**
   * The state as a stable key ("FREE", "REQUESTED", "CONFIRMED", "CHECKED_IN", ...): styles and
   * tests use it.
   */
  public String stateKey() {
    return stateKey(slot);
  }

  private static String stateKey(Slot s) {
    return s.state() == SlotState.BOOKED ? s.appointment().status().name() : s.state().name();
  }

  /** The live appointment's status, or null for an empty slot. */
  public AppointmentStatus status() {
    return slot.appointment() == null ? null : slot.appointment().status();
  }

  /** Same place in the schedule (date, chamber, time), whatever now holds it. */
  boolean samePlace(SlotRow other) {
    return other != null
        && slot.date().equals(other.slot.date())
        && slot.chamberId() == other.slot.chamberId()
        && slot.start().equals(other.slot.start());
  }
}
