package com.nirnoy.desk.ui;

import com.nirnoy.desk.booking.AppointmentSummary;
import com.nirnoy.desk.schedule.Slot;
import com.nirnoy.desk.ui.booking.BookingFormViewModel;
import com.nirnoy.desk.ui.reschedule.RescheduleViewModel;
import java.util.Optional;

/** Every dialog the desk opens, in one place (tests can replace it). */
public interface DialogService {
  /**
   * The booking dialog for {@code slot} (its fee is the database's for the chosen visit type);
   * {@code refresh} runs after a booking or a conflict.
   */
  void book(BookingFormViewModel form, Slot slot, Runnable refresh);

  /** The reschedule dialog for {@code appointment}; {@code refresh} runs after a move. */
  void reschedule(RescheduleViewModel form, AppointmentSummary appointment, Runnable refresh);

  /** Who booked, moved, cancelled or checked in {@code appointment}, and when (read-only). */
  void history(com.nirnoy.desk.ui.admin.HistoryViewModel history, AppointmentSummary appointment);

  /** Asks why the appointment is cancelled; empty when the receptionist backs out. */
  Optional<String> cancelReason(AppointmentSummary appointment);
}
