package com.nirnoy.desk.ui.booking;

import com.nirnoy.desk.booking.AppointmentSummary;
import com.nirnoy.desk.booking.BookingConflictException;
import com.nirnoy.desk.booking.BookingException;
import com.nirnoy.desk.booking.BookingRequest;
import com.nirnoy.desk.booking.BookingService;
import com.nirnoy.desk.booking.BookingSource;
import com.nirnoy.desk.booking.UnknownOutcome;
import com.nirnoy.desk.booking.VisitType;
import com.nirnoy.desk.db.DatabaseErrors;
import com.nirnoy.desk.patient.PatientService;
import com.nirnoy.desk.patient.PatientSummary;
import com.nirnoy.desk.schedule.ScheduleService;
import com.nirnoy.desk.schedule.Slot;
import com.nirnoy.desk.ui.Refusals;
import com.nirnoy.desk.ui.TaskRunner;
import com.nirnoy.desk.ui.Texts;
import com.nirnoy.desk.user.PhoneNumbers;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
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
 * The booking dialog's state: find the patient by phone (a family may share it) or register one
 * inline, choose the visit type (which sets the fee), confirm. Validates as the user types; Confirm
 * is enabled only when the form is valid. A conflict shows who holds the slot and offers the next
 * free slots; nothing is half-saved (the patient is registered only together with a booking
 * attempt, and a retry keeps the same request id).
 */
public final class BookingFormViewModel {
  private final TaskRunner tasks;
  private final BookingService booking;
  private final PatientService patients;
  private final ScheduleService schedules;
  private final ObservableValue<Texts> texts;

  private final ObjectProperty<Slot> slot = new SimpleObjectProperty<>();
  private final StringProperty phone = new SimpleStringProperty("");
  private final StringProperty phoneError = new SimpleStringProperty("");
  private final ObservableList<PatientSummary> matches = FXCollections.observableArrayList();
  private final ObjectProperty<PatientSummary> selected = new SimpleObjectProperty<>();
  private final BooleanProperty registering = new SimpleBooleanProperty(false);
  private final NewPatientForm newPatient;
  private final ObjectProperty<VisitType> visitType = new SimpleObjectProperty<>(VisitType.NEW);
  private final ObjectProperty<BigDecimal> fee = new SimpleObjectProperty<>();
  private final StringProperty notes = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty(false);
  private final StringProperty conflict = new SimpleStringProperty("");
  private final ObservableList<Slot> alternatives = FXCollections.observableArrayList();
  private final BooleanBinding valid;
  private BigDecimal newFee = BigDecimal.ZERO;
  private BigDecimal followUpFee = BigDecimal.ZERO;
  private String requestId = UUID.randomUUID().toString();
  private Duration patience = Duration.ofSeconds(60);

  /** A patient registered by an attempt that then lost its slot: kept, never registered twice. */
  private volatile PatientSummary registered;

  public BookingFormViewModel(
      TaskRunner tasks,
      BookingService booking,
      PatientService patients,
      ScheduleService schedules,
      LocalDate today,
      ObservableValue<Texts> texts) {
    this.tasks = tasks;
    this.texts = texts;
    this.booking = booking;
    this.patients = patients;
    this.schedules = schedules;
    this.newPatient = new NewPatientForm(today, texts);
    phone.addListener((o, old, now) -> phoneChanged(now));
    visitType.addListener(
        (o, old, now) -> fee.set(now == VisitType.FOLLOW_UP ? followUpFee : newFee));
    valid =
        Bindings.createBooleanBinding(
            this::isValid,
            slot,
            phoneError,
            selected,
            registering,
            newPatient.validProperty(),
            busy);
  }

  /** Opens the form for {@code chosen}, with the doctor's two fees. */
  public void open(Slot chosen, BigDecimal doctorFee, BigDecimal doctorFollowUpFee) {
    newFee = doctorFee;
    followUpFee = doctorFollowUpFee;
    slot.set(chosen);
    fee.set(visitType.get() == VisitType.FOLLOW_UP ? followUpFee : newFee);
    conflict.set("");
    alternatives.clear();
    requestId = UUID.randomUUID().toString();
  }

  private void phoneChanged(String typed) {
    selected.set(null);
    matches.clear();
    if (typed == null || typed.isBlank()) {
      phoneError.set("");
      return;
    }
    if (PhoneNumbers.canonical(typed).isEmpty()) {
      phoneError.set(texts.getValue().get("patient.phone.invalid"));
      return;
    }
    phoneError.set("");
    newPatient.phone().set(typed);
    tasks.run(
        () -> patients.findByPhone(typed),
        found -> {
          if (typed.equals(phone.get())) {
            matches.setAll(found);
            registering.set(found.isEmpty());
            if (found.size() == 1) {
              selected.set(found.get(0));
            }
          }
        },
        e -> phoneError.set(Refusals.explain(e, texts.getValue())));
  }

  private boolean isValid() {
    if (slot.get() == null || busy.get() || !phoneError.get().isEmpty()) {
      return false;
    }
    return registering.get() ? newPatient.validProperty().get() : selected.get() != null;
  }

  /**
   * Books; on success {@code onBooked} receives the appointment. On a conflict the message names
   * the holder, {@code onConflict} runs (the schedule refreshes) and the next free slots are
   * offered.
   */
  public void confirm(Consumer<AppointmentSummary> onBooked, Runnable onConflict) {
    if (!valid.get()) {
      return;
    }
    busy.set(true);
    conflict.set("");
    Slot s = slot.get();
    PatientSummary existing = registering.get() ? null : selected.get();
    tasks.run(
        () -> {
          PatientSummary patient = existing != null ? existing : newPatient.register(patients);
          registered = existing != null ? null : patient;
          String patientId = patient.id();
          return booking.book(
              new BookingRequest(
                  requestId,
                  patientId,
                  s.doctorId(),
                  s.chamberId(),
                  s.date(),
                  s.start(),
                  s.end(),
                  visitType.get(),
                  BookingSource.DESK,
                  fee.get(),
                  notes.get() == null || notes.get().isBlank() ? null : notes.get().strip(),
                  null));
        },
        booked -> {
          busy.set(false);
          onBooked.accept(booked);
        },
        error -> failed(error, s, onBooked, onConflict));
  }

  private void failed(
      Throwable error, Slot s, Consumer<AppointmentSummary> onBooked, Runnable onConflict) {
    busy.set(false);
    if (registered != null) {
      registering.set(false);
      matches.add(registered);
      selected.set(registered);
      registered = null;
    }
    if (DatabaseErrors.isConnectionFailure(error)) {
      settle(onBooked);
      return;
    }
    conflict.set(Refusals.explain(error, texts.getValue()));
    if (error instanceof BookingConflictException) {
      requestId = UUID.randomUUID().toString();
      onConflict.run();
      tasks.run(() -> schedules.nextFree(s.doctorId(), null, 3, 14), alternatives::setAll, e -> {});
    } else if (!(error instanceof BookingException)) {
      conflict.set(
          texts.getValue().get("booking.failed", Refusals.explain(error, texts.getValue())));
    }
  }

  /**
   * The connection dropped while booking, so whether it was saved is unknown. Once the database
   * answers, the request id settles it: saved (shown as booked, like any booking) or not saved (the
   * form stays filled with the same request id, so confirming again can never book twice).
   */
  private void settle(Consumer<AppointmentSummary> onBooked) {
    busy.set(true);
    conflict.set(texts.getValue().get("booking.unknown.checking"));
    String id = requestId;
    tasks.run(
        () -> UnknownOutcome.settle(booking, id, patience),
        made -> {
          busy.set(false);
          if (made.isPresent()) {
            conflict.set("");
            onBooked.accept(made.get());
          } else {
            conflict.set(texts.getValue().get("booking.unknown.not.saved"));
          }
        },
        e -> {
          busy.set(false);
          conflict.set(texts.getValue().get("booking.unknown.still.offline"));
        });
  }

  /** The id this form's next attempt sends: kept across attempts whose outcome was unknown. */
  String requestId() {
    return requestId;
  }

  /** How long an unknown outcome waits for the database before handing back to the user. */
  void settleWithin(Duration wait) {
    this.patience = wait;
  }

  /** Takes one of the offered slots: the form stays filled, ready to confirm again. */
  public void choose(Slot alternative) {
    slot.set(alternative);
    conflict.set("");
    alternatives.clear();
  }

  public ObjectProperty<Slot> slotProperty() {
    return slot;
  }

  public StringProperty phoneProperty() {
    return phone;
  }

  public StringProperty phoneErrorProperty() {
    return phoneError;
  }

  public ObservableList<PatientSummary> matches() {
    return matches;
  }

  public ObjectProperty<PatientSummary> selectedProperty() {
    return selected;
  }

  public BooleanProperty registeringProperty() {
    return registering;
  }

  public NewPatientForm newPatient() {
    return newPatient;
  }

  public ObjectProperty<VisitType> visitTypeProperty() {
    return visitType;
  }

  public ObjectProperty<BigDecimal> feeProperty() {
    return fee;
  }

  public StringProperty notesProperty() {
    return notes;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }

  public StringProperty conflictProperty() {
    return conflict;
  }

  public ObservableList<Slot> alternatives() {
    return alternatives;
  }

  public BooleanBinding validBinding() {
    return valid;
  }
}
