package com.nirnoy.desk.ui.admin;

import com.nirnoy.desk.chamber.LeaveDetails;
import com.nirnoy.desk.chamber.LeaveForm;
import com.nirnoy.desk.chamber.LeaveService;
import com.nirnoy.desk.ui.FormState;
import com.nirnoy.desk.ui.TaskRunner;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A doctor's leave: the upcoming list, and a form for new leave (whole days, or part of each day
 * when both times are given). Saving first lists the booked patients the leave strands, with their
 * phones; {@link FormState#confirm()} then saves it and marks them for the desk to call.
 */
public final class LeaveEditorViewModel {
  private final LeaveService leave;
  private final LocalDate today;
  private final FormState form;
  private final ObservableList<LeaveDetails> upcoming = FXCollections.observableArrayList();
  private final ObjectProperty<LocalDate> startDate = new SimpleObjectProperty<>();
  private final ObjectProperty<LocalDate> endDate = new SimpleObjectProperty<>();
  private final StringProperty startTime = new SimpleStringProperty("");
  private final StringProperty endTime = new SimpleStringProperty("");
  private final StringProperty reason = new SimpleStringProperty("");
  private Integer doctorId;

  public LeaveEditorViewModel(TaskRunner tasks, LeaveService leave, LocalDate today) {
    this.leave = leave;
    this.today = today;
    this.form = new FormState(tasks, "startDate", "endDate", "startTime", "endTime", "reason");
    startDate.addListener(
        (o, a, b) -> {
          if (b != null && (endDate.get() == null || endDate.get().isBefore(b))) {
            endDate.set(b); // one day unless said otherwise
          }
          validate();
        });
    endDate.addListener((o, a, b) -> validate());
    for (StringProperty p : new StringProperty[] {startTime, endTime, reason}) {
      p.addListener((o, a, b) -> validate());
    }
  }

  public void load(int forDoctorId) {
    doctorId = forDoctorId;
    form.run(() -> leave.upcoming(forDoctorId), l -> showFor(forDoctorId, l));
    clear();
  }

  /** Empties the form (Cancel). */
  public void clear() {
    startDate.set(null);
    endDate.set(null);
    startTime.set("");
    endTime.set("");
    reason.set("");
    form.cancelConfirm();
    validate();
  }

  LeaveForm leaveForm() {
    return new LeaveForm(
        startDate.get(),
        endDate.get(),
        Typed.time(startTime.get()),
        Typed.time(endTime.get()),
        reason.get());
  }

  private void validate() {
    Map<String, String> problems = new LinkedHashMap<>(leaveForm().problems(today));
    if (!Typed.blank(startTime.get()) && Typed.time(startTime.get()) == null) {
      problems.put("startTime", "Times look like 17:00");
    }
    if (!Typed.blank(endTime.get()) && Typed.time(endTime.get()) == null) {
      problems.put("endTime", "Times look like 21:00");
    }
    form.show(problems);
  }

  /** Previews the stranded patients, or saves at once when there are none. */
  public void save() {
    if (!form.validProperty().get() || form.busyProperty().get()) {
      return;
    }
    LeaveForm f = leaveForm();
    int id = doctorId;
    form.saveWithPreview(
        () -> leave.preview(id, f),
        () -> leave.add(id, f),
        saved -> form.run(() -> leave.upcoming(id), l -> showFor(id, l)));
  }

  /** Removes leave (bookable again); the history keeps it. */
  public void remove(LeaveDetails l) {
    int id = doctorId;
    form.run(
        () -> {
          leave.remove(l.id());
          return leave.upcoming(id);
        },
        found -> showFor(id, found));
  }

  /** A late answer for a doctor no longer shown is dropped. */
  private void showFor(int forDoctorId, java.util.List<LeaveDetails> found) {
    if (doctorId != null && forDoctorId == doctorId) {
      upcoming.setAll(found);
    }
  }

  public FormState form() {
    return form;
  }

  public ObservableList<LeaveDetails> upcoming() {
    return upcoming;
  }

  public ObjectProperty<LocalDate> startDateProperty() {
    return startDate;
  }

  public ObjectProperty<LocalDate> endDateProperty() {
    return endDate;
  }

  public StringProperty startTimeProperty() {
    return startTime;
  }

  public StringProperty endTimeProperty() {
    return endTime;
  }

  public StringProperty reasonProperty() {
    return reason;
  }
}
