package com.nirnoy.desk.ui.admin;

import com.nirnoy.desk.chamber.ChamberAdminService;
import com.nirnoy.desk.chamber.ChamberDetails;
import com.nirnoy.desk.chamber.SessionAdminService;
import com.nirnoy.desk.chamber.SessionDetails;
import com.nirnoy.desk.chamber.SessionForm;
import com.nirnoy.desk.ui.FormState;
import com.nirnoy.desk.ui.TaskRunner;
import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * A doctor's weekly sessions: the list, and a form to add one at a chamber or edit one (a copy;
 * Cancel restores it). An overlap with another session of the doctor, at any chamber, is refused by
 * the database and named in the message. A shorter or switched-off session first lists the patients
 * it strands.
 */
public final class SessionEditorViewModel {
  private final SessionAdminService sessions;
  private final ChamberAdminService chambers;
  private final FormState form;
  private final ObservableList<SessionDetails> list = FXCollections.observableArrayList();
  private final ObservableList<ChamberDetails> chamberChoices = FXCollections.observableArrayList();
  private final ObjectProperty<ChamberDetails> chamber = new SimpleObjectProperty<>();
  private final ObjectProperty<DayOfWeek> day = new SimpleObjectProperty<>(DayOfWeek.SUNDAY);
  private final StringProperty start = new SimpleStringProperty("17:00");
  private final StringProperty end = new SimpleStringProperty("21:00");
  private final StringProperty slotMinutes = new SimpleStringProperty("15");
  private final StringProperty maxSerials = new SimpleStringProperty("16");
  private final BooleanProperty active = new SimpleBooleanProperty(true);
  private final ObservableSet<DayOfWeek> alsoOn = FXCollections.observableSet();
  private final BooleanProperty creating = new SimpleBooleanProperty(true);
  private String doctorId;
  private SessionDetails original;

  public SessionEditorViewModel(
      TaskRunner tasks, SessionAdminService sessions, ChamberAdminService chambers) {
    this.sessions = sessions;
    this.chambers = chambers;
    this.form = new FormState(tasks, "chamber", "day", "start", "end", "slotMinutes", "maxSerials");
    for (StringProperty p : new StringProperty[] {start, end, slotMinutes, maxSerials}) {
      p.addListener((o, a, b) -> validate());
    }
    day.addListener((o, a, b) -> validate());
    chamber.addListener((o, a, b) -> validate());
    active.addListener((o, a, b) -> validate());
  }

  /** Loads the doctor's sessions and chambers; the form starts as a new session. */
  public void load(String forDoctorId) {
    doctorId = forDoctorId;
    form.run(() -> sessions.sessionsOf(forDoctorId), l -> showFor(forDoctorId, list, l));
    form.run(() -> chambers.chambersOf(forDoctorId), l -> showFor(forDoctorId, chamberChoices, l));
    edit(null);
  }

  /** Edits a copy of {@code s}, or starts a new session when null. */
  public void edit(SessionDetails s) {
    original = s;
    creating.set(s == null);
    alsoOn.clear();
    chamber.set(
        s == null
            ? null
            : chamberChoices.stream()
                .filter(c -> c.id().equals(s.chamberId()))
                .findFirst()
                .orElse(null));
    day.set(s == null ? DayOfWeek.SUNDAY : s.day());
    start.set(s == null ? "17:00" : s.start().toString());
    end.set(s == null ? "21:00" : s.end().toString());
    slotMinutes.set(s == null ? "15" : Integer.toString(s.slotMinutes()));
    maxSerials.set(s == null ? "16" : Integer.toString(s.maxSerials()));
    active.set(s == null || s.active());
    form.cancelConfirm();
    validate();
  }

  public void cancel() {
    edit(original);
  }

  SessionForm sessionForm() {
    return new SessionForm(
        day.get(),
        Typed.time(start.get()),
        Typed.time(end.get()),
        Typed.whole(slotMinutes.get()),
        Typed.whole(maxSerials.get()),
        active.get());
  }

  private void validate() {
    Map<String, String> problems = new LinkedHashMap<>(sessionForm().problems());
    if (original == null && chamber.get() == null) {
      problems.put("chamber", "Choose the chamber");
    }
    form.show(problems);
  }

  /** Adds the session, or saves the edit (after confirming stranded patients, if any). */
  public void save() {
    if (!form.validProperty().get() || form.busyProperty().get()) {
      return;
    }
    SessionForm f = sessionForm();
    if (original == null) {
      String chamberId = chamber.get().id();
      java.util.Set<DayOfWeek> days = new java.util.HashSet<>(alsoOn);
      days.add(day.get());
      form.run(() -> sessions.addAll(chamberId, days, f), s -> reload());
    } else {
      String id = original.id();
      form.saveWithPreview(
          () -> sessions.previewUpdate(id, f), () -> sessions.update(id, f), s -> reload());
    }
  }

  private void reload() {
    String id = doctorId;
    form.run(() -> sessions.sessionsOf(id), l -> showFor(id, list, l));
    edit(null);
  }

  /** A late answer for a doctor no longer shown is dropped. */
  private <T> void showFor(String forDoctorId, ObservableList<T> into, java.util.List<T> found) {
    if (forDoctorId.equals(doctorId)) {
      into.setAll(found);
    }
  }

  public FormState form() {
    return form;
  }

  public ObservableList<SessionDetails> sessions() {
    return list;
  }

  public ObservableList<ChamberDetails> chamberChoices() {
    return chamberChoices;
  }

  public ObjectProperty<ChamberDetails> chamberProperty() {
    return chamber;
  }

  /** For a new session: more days with the same hours (one session each, saved together). */
  public ObservableSet<DayOfWeek> alsoOn() {
    return alsoOn;
  }

  /** True while the form adds new sessions (editing one changes just that day). */
  public BooleanProperty creatingProperty() {
    return creating;
  }

  public ObjectProperty<DayOfWeek> dayProperty() {
    return day;
  }

  public StringProperty startProperty() {
    return start;
  }

  public StringProperty endProperty() {
    return end;
  }

  public StringProperty slotMinutesProperty() {
    return slotMinutes;
  }

  public StringProperty maxSerialsProperty() {
    return maxSerials;
  }

  public BooleanProperty activeProperty() {
    return active;
  }
}
