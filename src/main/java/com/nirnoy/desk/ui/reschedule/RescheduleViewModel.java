package com.nirnoy.desk.ui.reschedule;

import com.nirnoy.desk.booking.AppointmentSummary;
import com.nirnoy.desk.booking.BookingConflictException;
import com.nirnoy.desk.booking.BookingService;
import com.nirnoy.desk.schedule.ScheduleService;
import com.nirnoy.desk.schedule.Slot;
import com.nirnoy.desk.ui.Refusals;
import com.nirnoy.desk.ui.TaskRunner;
import com.nirnoy.desk.ui.Texts;
import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Moving an appointment: pick a day, see that doctor's free serials on it across all chambers, pick
 * one, confirm. The move is one transaction in the booking service: the old slot is freed only if
 * the new one is taken. When another desk takes the new slot first, the list refreshes.
 */
public final class RescheduleViewModel {
  private final TaskRunner tasks;
  private final BookingService booking;
  private final ScheduleService schedules;
  private final ObservableValue<Texts> texts;
  private final LocalDate today;
  private final ObjectProperty<AppointmentSummary> appointment = new SimpleObjectProperty<>();
  private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
  private final ObservableList<Slot> freeSlots = FXCollections.observableArrayList();
  private final ObjectProperty<Slot> chosen = new SimpleObjectProperty<>();
  private final StringProperty message = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty(false);
  private final BooleanProperty saving = new SimpleBooleanProperty(false);
  private final BooleanBinding valid;
  private int generation;

  public RescheduleViewModel(
      TaskRunner tasks,
      BookingService booking,
      ScheduleService schedules,
      ObservableValue<Texts> texts,
      LocalDate today) {
    this.tasks = tasks;
    this.booking = booking;
    this.schedules = schedules;
    this.texts = texts;
    this.today = today;
    date.addListener((o, a, d) -> loadFree());
    valid =
        Bindings.createBooleanBinding(
            () -> chosen.get() != null && !busy.get() && !saving.get(), chosen, busy, saving);
  }

  /** Starts moving {@code a}: its own day is shown first. */
  public void open(AppointmentSummary a) {
    appointment.set(a);
    message.set("");
    LocalDate start = a.date().isBefore(today) ? today : a.date();
    if (start.equals(date.get())) {
      loadFree();
    } else {
      date.set(start);
    }
  }

  private void loadFree() {
    AppointmentSummary a = appointment.get();
    LocalDate day = date.get();
    int gen = ++generation; // an older day's answer is no longer wanted
    chosen.set(null);
    freeSlots.clear();
    message.set("");
    if (a == null || day == null) {
      return;
    }
    if (day.isBefore(today)) {
      message.set(texts.getValue().get("reschedule.past"));
      return;
    }
    busy.set(true);
    tasks.run(
        () -> schedules.day(a.doctorId(), day).allSlots().stream().filter(Slot::isFree).toList(),
        slots -> {
          if (gen == generation) {
            busy.set(false);
            freeSlots.setAll(slots);
            if (slots.isEmpty()) {
              message.set(texts.getValue().get("reschedule.none.free"));
            }
          }
        },
        e -> {
          if (gen == generation) {
            failed(e);
          }
        });
  }

  /**
   * Moves the appointment to the chosen slot; {@code onMoved} gets the moved appointment. On a
   * conflict the message says who took the slot, the free list reloads and {@code onConflict} runs
   * (the schedule behind refreshes).
   */
  public void confirm(Consumer<AppointmentSummary> onMoved, Runnable onConflict) {
    Slot to = chosen.get();
    AppointmentSummary a = appointment.get();
    if (!valid.get() || a == null) {
      return;
    }
    saving.set(true);
    message.set("");
    tasks.run(
        () -> booking.reschedule(a.id(), to.chamberId(), to.date(), to.start(), to.end()),
        moved -> {
          saving.set(false);
          onMoved.accept(moved);
        },
        e -> {
          saving.set(false);
          message.set(Refusals.explain(e, texts.getValue()));
          if (e instanceof BookingConflictException) {
            String keep = message.get();
            onConflict.run();
            loadFree();
            message.set(keep);
          }
        });
  }

  private void failed(Throwable e) {
    busy.set(false);
    message.set(Refusals.explain(e, texts.getValue()));
  }

  /** How an offered slot reads: day, time, chamber, serial. */
  public String describe(Slot s) {
    return texts.getValue().slot(s);
  }

  /** The appointment being moved, as a heading. */
  public String heading() {
    AppointmentSummary a = appointment.get();
    Texts t = texts.getValue();
    return a == null
        ? ""
        : t.get(
            "reschedule.heading",
            a.patientName(),
            t.day(a.date()),
            t.time(a.startTime()),
            a.chamberName());
  }

  public ObjectProperty<LocalDate> dateProperty() {
    return date;
  }

  public ObservableList<Slot> freeSlots() {
    return freeSlots;
  }

  public ObjectProperty<Slot> chosenProperty() {
    return chosen;
  }

  public StringProperty messageProperty() {
    return message;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }

  /** True while the move is being saved (the dialog then stays open, whatever is pressed). */
  public BooleanProperty savingProperty() {
    return saving;
  }

  public BooleanBinding validBinding() {
    return valid;
  }
}
