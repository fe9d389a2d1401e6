package com.nirnoy.desk.ui.admin;

import com.nirnoy.desk.stranded.AffectedAppointment;
import com.nirnoy.desk.stranded.StrandedAppointments;
import com.nirnoy.desk.ui.TaskRunner;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The desk's "patients to call": appointments a change (leave, a deactivated doctor, a shorter
 * session) stranded, with phones, soonest first. Clearing one records who called and when.
 */
public final class CallListViewModel {
  private final TaskRunner tasks;
  private final StrandedAppointments stranded;
  private final ObservableList<AffectedAppointment> toCall = FXCollections.observableArrayList();
  private final StringProperty note = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");

  public CallListViewModel(TaskRunner tasks, StrandedAppointments stranded) {
    this.tasks = tasks;
    this.stranded = stranded;
  }

  public void load() {
    tasks.run(stranded::toCall, toCall::setAll, e -> error.set(e.getMessage()));
  }

  /** The patient was called (and perhaps rebooked): off the list, with the typed note. */
  public void called(AffectedAppointment a) {
    String typed = note.get();
    tasks.run(
        () -> {
          stranded.clear(a.appointmentId(), typed);
          return stranded.toCall();
        },
        list -> {
          note.set("");
          toCall.setAll(list);
        },
        e -> error.set(e.getMessage()));
  }

  public ObservableList<AffectedAppointment> toCall() {
    return toCall;
  }

  public StringProperty noteProperty() {
    return note;
  }

  public StringProperty errorProperty() {
    return error;
  }
}
