package com.nirnoy.desk.ui.schedule;

import com.nirnoy.desk.booking.AppointmentStatus;
import com.nirnoy.desk.schedule.Slot;
import com.nirnoy.desk.schedule.SlotState;
import java.time.format.DateTimeFormatter;

/** One line of the day view: serial and estimated time together, then who holds it. */
public record SlotRow(
    Slot slot, String serial, String time, String chamber, String state, String patient) {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  static SlotRow of(Slot s) {
    String state =
        s.state() == SlotState.BOOKED
            ? s.appointment().status().name().replace('_', ' ')
            : s.state().name().replace('_', ' ');
    return new SlotRow(
        s,
        s.serial() == 0 ? "-" : String.valueOf(s.serial()),
        TIME.format(s.start()) + "-" + TIME.format(s.end()),
        s.chamberName(),
        state,
        s.appointment() == null ? "" : s.appointment().patientName());
  }

  /** The state as a stable key ("FREE", "CONFIRMED", ...) for the screen's language bundle. */
  public String stateKey() {
    return slot.state() == com.nirnoy.desk.schedule.SlotState.BOOKED
        ? status().name()
        : slot.state().name();
  }

  /** The live appointment's status, or null for an empty slot. */
  public AppointmentStatus status() {
    return slot.appointment() == null ? null : slot.appointment().status();
  }
}
