package com.nirnoy.desk.ui.schedule;

import com.nirnoy.desk.booking.AppointmentStatus;
import com.nirnoy.desk.booking.AppointmentSummary;
import com.nirnoy.desk.booking.BookingService;
import com.nirnoy.desk.print.SlipWriter;
import com.nirnoy.desk.schedule.ScheduleService;
import com.nirnoy.desk.schedule.Slot;
import com.nirnoy.desk.ui.PrintOutput;
import com.nirnoy.desk.ui.TaskRunner;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;

/**
 * What the desk does with the selected slot: confirming a web request, the day-of status flow
 * (check in, in consultation, completed, no-show), cancel with a reason, a walk-in's next serial,
 * and printing.
 */
public final class SlotActions {
  private final TaskRunner tasks;
  private final BookingService booking;
  private final ScheduleService schedules;
  private final ScheduleViewModel schedule;

  SlotActions(
      TaskRunner tasks,
      BookingService booking,
      ScheduleService schedules,
      ScheduleViewModel schedule) {
    this.tasks = tasks;
    this.booking = booking;
    this.schedules = schedules;
    this.schedule = schedule;
  }

  /** Confirms a request booked on the web (REQUESTED): the patient's serial is then booked. */
  public void confirm() {
    selected()
        .filter(a -> a.status() == AppointmentStatus.REQUESTED)
        .ifPresent(a -> act(() -> booking.changeStatus(a.id(), AppointmentStatus.CONFIRMED)));
  }

  public void checkIn() {
    change(AppointmentStatus.CHECKED_IN);
  }

  public void startConsultation() {
    change(AppointmentStatus.IN_PROGRESS);
  }

  public void complete() {
    change(AppointmentStatus.COMPLETED);
  }

  public void noShow() {
    change(AppointmentStatus.NO_SHOW);
  }

  /** Cancels the selected appointment with the reason the receptionist gave. */
  public void cancel(String reason) {
    if (reason == null || reason.isBlank()) {
      schedule.say("cancel.reason.needed");
      return;
    }
    selected().ifPresent(a -> act(() -> booking.cancel(a.id(), reason.strip())));
  }

  private void change(AppointmentStatus next) {
    selected().ifPresent(a -> act(() -> booking.changeStatus(a.id(), next)));
  }

  private void act(Supplier<?> work) {
    schedule.busyProperty().set(true);
    tasks.run(
        work,
        done -> {
          schedule.say("");
          schedule.reload();
        },
        e -> {
          schedule.say(e);
          schedule.reload();
        });
  }

  /**
   * Finds the slot a walk-in gets today at the selected slot's chamber (the next free serial) in
   * the background; {@code onSlot} receives it, or a message says the session is full.
   */
  public void walkIn(Consumer<Slot> onSlot) {
    SlotRow row = schedule.selectedProperty().get();
    Integer doctor = schedule.doctorIdProperty().get();
    if (row == null || doctor == null) {
      schedule.say("walkin.pick.chamber");
      return;
    }
    LocalDate day = schedule.dateProperty().get();
    int chamber = row.slot().chamberId();
    tasks.run(
        () -> schedules.walkIn(doctor, chamber, day),
        slot -> slot.ifPresentOrElse(onSlot, () -> schedule.say("walkin.full")),
        schedule::say);
  }

  /** Prints the selected appointment's slip (and keeps it as a PDF). */
  public void printSlip(String clinicName, PrintOutput out) {
    Optional<AppointmentSummary> a = selected();
    if (a.isEmpty()) {
      schedule.say("print.pick.booked");
      return;
    }
    com.nirnoy.desk.print.SlipWords words = schedule.texts(); // read here, on the FX thread
    print(out, "slip-" + a.get().id() + ".pdf", () -> SlipWriter.slip(clinicName, a.get(), words));
  }

  /**
   * Prints the doctor's day list: booked slots in serial order, headed by {@code doctor} (as the
   * screen names them, in its language).
   */
  public void printDayList(String clinicName, String doctor, PrintOutput out) {
    var booked =
        schedule.rows().stream().map(r -> r.slot().appointment()).filter(Objects::nonNull).toList();
    LocalDate day = schedule.dateProperty().get();
    com.nirnoy.desk.print.SlipWords words = schedule.texts(); // read here, on the FX thread
    print(
        out,
        "day-list-" + day + "-" + schedule.doctorIdProperty().get() + ".pdf",
        () -> SlipWriter.dayList(clinicName, doctor, booked, words));
  }

  private void print(PrintOutput out, String fileName, Supplier<byte[]> pdf) {
    tasks.run(
        () -> out.print(fileName, pdf.get()),
        result -> {
          if (result.printer().isPresent()) {
            schedule.say("print.sent", result.printer().get(), result.file().toString());
          } else {
            out.viewer().accept(result.file());
            schedule.say("print.no.printer", result.file().toString());
          }
        },
        schedule::say);
  }

  private Optional<AppointmentSummary> selected() {
    SlotRow row = schedule.selectedProperty().get();
    return row == null ? Optional.empty() : Optional.ofNullable(row.slot().appointment());
  }

  /** True when the selected row's status may become {@code next} (for enabling buttons). */
  public BooleanBinding can(AppointmentStatus next) {
    return Bindings.createBooleanBinding(
        () -> {
          SlotRow r = schedule.selectedProperty().get();
          return r != null && r.status() != null && r.status().canBecome(next);
        },
        schedule.selectedProperty());
  }

  /** True when the selected appointment is a web request the desk can confirm. */
  public BooleanBinding canConfirm() {
    return Bindings.createBooleanBinding(
        () -> {
          SlotRow r = schedule.selectedProperty().get();
          return r != null && r.status() == AppointmentStatus.REQUESTED;
        },
        schedule.selectedProperty());
  }

  /** True when a booked slot is selected (it has a slip). */
  public BooleanBinding canPrintSlip() {
    return Bindings.createBooleanBinding(() -> selected().isPresent(), schedule.selectedProperty());
  }

  /** True when the selected appointment may still be cancelled (not yet seen or closed). */
  public BooleanBinding canCancel() {
    return Bindings.createBooleanBinding(
        () -> {
          SlotRow r = schedule.selectedProperty().get();
          return r != null && r.status() != null && r.status().isOpen();
        },
        schedule.selectedProperty());
  }

  /** True when a live appointment is selected that may still move (not yet seen or closed). */
  public BooleanBinding canMove() {
    return Bindings.createBooleanBinding(
        () -> {
          SlotRow r = schedule.selectedProperty().get();
          return r != null
              && (r.status() == AppointmentStatus.REQUESTED
                  || r.status() == AppointmentStatus.CONFIRMED);
        },
        schedule.selectedProperty());
  }
}
