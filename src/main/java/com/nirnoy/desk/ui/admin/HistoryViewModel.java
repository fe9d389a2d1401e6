package com.nirnoy.desk.ui.admin;

import com.nirnoy.desk.history.AuditHistory;
import com.nirnoy.desk.history.HistoryEntry;
import com.nirnoy.desk.ui.TaskRunner;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The history list shown from the appointment and the doctor screens: who did what and when, with
 * old and new values. Read-only: the app offers no way to change it.
 */
public final class HistoryViewModel {
  private final TaskRunner tasks;
  private final AuditHistory history;
  private final ObservableList<HistoryEntry> entries = FXCollections.observableArrayList();
  private final StringProperty error = new SimpleStringProperty("");
  private final StringProperty title = new SimpleStringProperty("");
  private int generation;

  public HistoryViewModel(TaskRunner tasks, AuditHistory history) {
    this.tasks = tasks;
    this.history = history;
  }

  public void showAppointment(int appointmentId) {
    show("Appointment history", () -> history.forAppointment(appointmentId));
  }

  public void showDoctor(int doctorId) {
    show(
        "Doctor history: fees, registration, chambers and their sessions, leave",
        () -> history.forDoctor(doctorId));
  }

  public void showStaff(int staffId) {
    show("Staff account history", () -> history.forStaff(staffId));
  }

  private void show(String heading, Supplier<List<HistoryEntry>> read) {
    int gen = ++generation;
    title.set(heading);
    error.set("");
    entries.clear(); // never the previous subject's history under this one's heading
    tasks.run(
        read,
        found -> {
          if (gen == generation) {
            entries.setAll(found);
          }
        },
        e -> {
          if (gen == generation) {
            entries.clear();
            error.set(e.getMessage());
          }
        });
  }

  public ObservableList<HistoryEntry> entries() {
    return entries;
  }

  public StringProperty errorProperty() {
    return error;
  }

  public StringProperty titleProperty() {
    return title;
  }
}
