package com.nirnoy.desk.ui.booking;

import com.nirnoy.desk.booking.AppointmentSummary;
import com.nirnoy.desk.booking.BookingConflictException;
import com.nirnoy.desk.booking.BookingException;
import com.nirnoy.desk.booking.BookingRequest;
import com.nirnoy.desk.booking.BookingService;
import com.nirnoy.desk.booking.BookingSource;
import com.nirnoy.desk.booking.UnknownOutcome;
import com.nirnoy.desk.booking.VisitFees;
import com.nirnoy.desk.booking.VisitType;
import com.nirnoy.desk.db.DatabaseErrors;
import com.nirnoy.desk.patient.PatientService;
import com.nirnoy.desk.patient.PatientSummary;
import com.nirnoy.desk.schedule.ScheduleService;
import com.nirnoy.desk.schedule.Slot;
import com.nirnoy.desk.ui.FormWords;
import com.nirnoy.desk.ui.Refusals;
import com.nirnoy.desk.ui.TaskRunner;
import com.nirnoy.desk.ui.Texts;
import com.nirnoy.desk.user.PhoneNumbers;
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
 * The booking dialog's state: find who may come on a phone (the account holder, then the family
 * members already booked under the account) or register someone inline (on a phone that has an
 * account, a family member), choose the visit type (the fee shown is the database's for it),
 * confirm. A visit for a family member is booked under the holder with the member's own name, age
 * and sex. Validates as the user types; Confirm is enabled only when the form is valid. A conflict
 * shows who holds the slot and offers the next free slots; nothing is half-saved (the patient is
 * registered only together with a booking attempt, and a retry keeps the same request id).
 */
public final class BookingFormViewModel {
  private final TaskRunner tasks;
  private final BookingService booking;
  private final PatientService patients;
  private final ScheduleService schedules;
  private final LocalDate today;
  private final ObservableValue<Texts> texts;

  private final ObjectProperty<Slot> slot = new SimpleObjectProperty<>();
  private final StringProperty phone = new SimpleStringProperty("");
  private final StringProperty phoneError = new SimpleStringProperty("");
  private final ObservableList<PatientSummary> matches = FXCollections.observableArrayList();
  private final ObjectProperty<PatientSummary> selected = new SimpleObjectProperty<>();
  private final BooleanProperty registering = new SimpleBooleanProperty(false);
  private final NewPatientForm newPatient;
  private final ObjectProperty<VisitType> visitType = new SimpleObjectProperty<>(VisitType.NEW);
  private final ObjectProperty<Integer> fee = new SimpleObjectProperty<>();
  private final StringProperty notes = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty(false);
  private final StringProperty conflict = new SimpleStringProperty("");
  private final ObservableList<Slot> alternatives = FXCollections.observableArrayList();
  private final BooleanBinding valid;
  private int feesAsked;
  private VisitFees chamberFees;
  private String requestId = UUID.randomUUID().toString();
  private Duration patience = Duration.ofSeconds(60);

  /** A patient registered by an attempt that then lost its slot: kept, never registered twice. */
  private volatile PatientSummary registered;

  /** The ages typed for family members registered by this form (their snapshot's age). */
  private final java.util.Map<PatientSummary, Integer> typedAges =
      new java.util.concurrent.ConcurrentHashMap<>();

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
    this.today = today;
    this.newPatient = new NewPatientForm(today, texts);
    phone.addListener((o, old, now) -> phoneChanged(now));
    visitType.addListener((o, old, now) -> showFee());
    slot.addListener((o, old, now) -> loadFees(old, now));
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

  /** Opens the form for {@code chosen}; the fee shown is the database's for the visit type. */
  public void open(Slot chosen) {
    slot.set(chosen);
    conflict.set("");
    alternatives.clear();
    requestId = UUID.randomUUID().toString();
  }

  /**
   * Asks the database what each visit type costs at the new slot's chamber (its one fee rule); an
   * answer for a chamber no longer chosen is dropped.
   */
  private void loadFees(Slot before, Slot now) {
    if (before != null && now != null && before.chamberId() == now.chamberId()) {
      return;
    }
    int asked = ++feesAsked;
    chamberFees = null;
    showFee();
    if (now == null) {
      return;
    }
    tasks.run(
        () -> booking.fees(now.chamberId()),
        fees -> {
          if (asked == feesAsked) {
            chamberFees = fees;
            showFee();
          }
        },
        e -> {}); // no fee shown; the booking still charges the database's
  }

  private void showFee() {
    VisitType type = visitType.get();
    fee.set(chamberFees == null || type == null ? null : chamberFees.of(type));
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
    Integer typedAge = existing == null ? newPatient.ageInYears() : typedAges.get(existing);
    tasks.run(
        () -> {
          PatientSummary patient = existing != null ? existing : newPatient.register(patients);
          registered = existing != null ? null : patient;
          if (existing == null && typedAge != null) {
            typedAges.put(patient, typedAge);
          }
          return booking.book(
              new BookingRequest(
                  requestId,
                  patient.patientId(),
                  visitor(patient, typedAge),
                  s.doctorId(),
                  s.chamberId(),
                  s.date(),
                  s.start(),
                  s.end(),
                  visitType.get(),
                  BookingSource.DESK,
                  null, // the database's fee for the visit type: the one rule
                  notes.get() == null || notes.get().isBlank() ? null : notes.get().strip(),
                  null));
        },
        booked -> {
          busy.set(false);
          onBooked.accept(booked);
        },
        error -> failed(error, s, onBooked, onConflict));
  }

  /**
   * Who the visit is for when it is not the account holder: a family member, booked under the
   * holder with their own name, age and sex (the appointment's snapshot, as the web writes it).
   */
  private BookingRequest.Visitor visitor(PatientSummary p, Integer typedAge) {
    if (p.accountHolder()) {
      return null;
    }
    int known = p.ageOn(today);
    Integer age = typedAge != null ? typedAge : known < 0 ? null : known;
    return new BookingRequest.Visitor(
        p.name(), age, p.gender() == null ? null : p.gender().stored(), p.phone());
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
          texts.getValue().get("booking.failed", new FormWords(texts.getValue()).explain(error)));
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

  /** The fee of the chosen visit type at the slot's chamber, in whole taka (the database's). */
  public ObjectProperty<Integer> feeProperty() {
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
