package com.nirnoy.desk.ui.schedule;

import com.nirnoy.desk.booking.AppointmentStatus;
import com.nirnoy.desk.booking.BookingService;
import com.nirnoy.desk.print.SlipWriter;
import com.nirnoy.desk.schedule.DaySchedule;
import com.nirnoy.desk.schedule.ScheduleService;
import com.nirnoy.desk.schedule.Slot;
import com.nirnoy.desk.ui.TaskRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One doctor's day across chambers, and the day-of actions on the selected slot: check in, start,
 * complete, no-show, cancel. Every change reloads the day so the screen shows the database's truth.
 */
public final class ScheduleViewModel {
  private final TaskRunner tasks;
  private final ScheduleService schedules;
  private final BookingService booking;
  private final ObjectProperty<String> doctorId = new SimpleObjectProperty<>();
  private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
  private final ObservableList<SlotRow> rows = FXCollections.observableArrayList();
  private final ObjectProperty<SlotRow> selected = new SimpleObjectProperty<>();
  private final StringProperty serialsLeft = new SimpleStringProperty("");
  private final StringProperty message = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty(false);
  private int generation;

  public ScheduleViewModel(
      TaskRunner tasks, ScheduleService schedules, BookingService booking, LocalDate today) {
    this.tasks = tasks;
    this.schedules = schedules;
    this.booking = booking;
    date.set(today);
    doctorId.addListener((o, a, b) -> reload());
    date.addListener((o, a, b) -> reload());
  }

  /** Reads the day again from the database. */
  public void reload() {
    String doctor = doctorId.get();
    LocalDate day = date.get();
    if (doctor == null) {
      rows.clear();
      return;
    }
    int gen = ++generation;
    busy.set(true);
    tasks.run(() -> schedules.day(doctor, day), d -> show(d, gen), this::failed);
  }

  private void show(DaySchedule day, int gen) {
    if (gen != generation) {
      return;
    }
    busy.set(false);
    String keep = selected.get() == null ? null : selected.get().time() + selected.get().chamber();
    rows.setAll(day.allSlots().stream().map(SlotRow::of).toList());
    rows.stream()
        .filter(r -> (r.time() + r.chamber()).equals(keep))
        .findFirst()
        .ifPresent(selected::set);
    serialsLeft.set(
        day.sessions().stream()
            .map(s -> s.session().chamberName() + ": " + s.serialsLeft() + " serials left")
            .collect(Collectors.joining("  ·  ")));
  }

  public void previousDay() {
    date.set(date.get().minusDays(1));
  }

  public void nextDay() {
    date.set(date.get().plusDays(1));
  }

  public void checkIn() {
    change(AppointmentStatus.ARRIVED);
  }

  public void startConsultation() {
    change(AppointmentStatus.IN_CONSULTATION);
  }

  public void complete() {
    change(AppointmentStatus.COMPLETED);
  }

  public void noShow() {
    change(AppointmentStatus.NO_SHOW);
  }

  /** Cancels the selected appointment with the reason the receptionist gave. */
  public void cancel(String reason) {
    selectedAppointment().ifPresent(id -> act(() -> booking.cancel(id, reason)));
  }

  private void change(AppointmentStatus next) {
    selectedAppointment().ifPresent(id -> act(() -> booking.changeStatus(id, next)));
  }

  private void act(Supplier<?> work) {
    busy.set(true);
    tasks.run(
        work,
        done -> {
          message.set("");
          reload();
        },
        e -> {
          failed(e);
          reload();
        });
  }

  /**
   * Finds the slot a walk-in gets at {@code chamberId} today (the next free serial) in the
   * background; {@code onSlot} receives it, or a message says the session is full.
   */
  public void walkIn(String chamberId, java.util.function.Consumer<Slot> onSlot) {
    String doctor = doctorId.get();
    LocalDate today = date.get();
    tasks.run(
        () -> schedules.walkIn(doctor, chamberId, today),
        slot -> {
          if (slot.isPresent()) {
            onSlot.accept(slot.get());
          } else {
            message.set("No serials left today at this chamber");
          }
        },
        this::failed);
  }

  /**
   * Writes the selected appointment's slip as a PDF into {@code folder} (in the background) and
   * hands its path to {@code open} (the view shows it, from where it can go to a printer).
   */
  public void printSlip(String clinicName, Path folder, Consumer<Path> open) {
    SlotRow row = selected.get();
    if (row == null || row.slot().appointment() == null) {
      message.set("Select a booked slot to print its slip");
      return;
    }
    var a = row.slot().appointment();
    writePdf(folder.resolve("slip-" + a.id() + ".pdf"), () -> SlipWriter.slip(clinicName, a), open);
  }

  /** Writes the doctor's day list (booked slots in serial order) as a PDF and opens it. */
  public void printDayList(String clinicName, String doctorName, Path folder, Consumer<Path> open) {
    var booked =
        rows.stream().map(r -> r.slot().appointment()).filter(java.util.Objects::nonNull).toList();
    LocalDate day = date.get();
    writePdf(
        folder.resolve("day-list-" + day + "-" + doctorId.get() + ".pdf"),
        () -> SlipWriter.dayList(clinicName, doctorName, booked),
        open);
  }

  private void writePdf(Path file, Supplier<byte[]> pdf, Consumer<Path> open) {
    tasks.run(
        () -> {
          try {
            Files.createDirectories(file.getParent());
            return Files.write(file, pdf.get());
          } catch (IOException e) {
            throw new UncheckedIOException("Could not save " + file + ": " + e.getMessage(), e);
          }
        },
        open,
        this::failed);
  }

  private Optional<String> selectedAppointment() {
    SlotRow row = selected.get();
    return row == null || row.slot().appointment() == null
        ? Optional.empty()
        : Optional.of(row.slot().appointment().id());
  }

  private void failed(Throwable e) {
    busy.set(false);
    message.set(e.getMessage());
  }

  /** True when the selected row's status may become {@code next} (for enabling buttons). */
  public BooleanBinding can(AppointmentStatus next) {
    return Bindings.createBooleanBinding(
        () -> {
          SlotRow r = selected.get();
          return r != null && r.status() != null && r.status().canBecome(next);
        },
        selected);
  }

  public ObjectProperty<String> doctorIdProperty() {
    return doctorId;
  }

  public ObjectProperty<LocalDate> dateProperty() {
    return date;
  }

  public ObservableList<SlotRow> rows() {
    return rows;
  }

  public ObjectProperty<SlotRow> selectedProperty() {
    return selected;
  }

  public StringProperty serialsLeftProperty() {
    return serialsLeft;
  }

  public StringProperty messageProperty() {
    return message;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }
}
