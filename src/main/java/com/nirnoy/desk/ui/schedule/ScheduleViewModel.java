package com.nirnoy.desk.ui.schedule;

import com.nirnoy.desk.booking.BookingService;
import com.nirnoy.desk.doctor.DoctorListing;
import com.nirnoy.desk.schedule.DaySchedule;
import com.nirnoy.desk.schedule.ScheduleService;
import com.nirnoy.desk.ui.Refusals;
import com.nirnoy.desk.ui.TaskRunner;
import com.nirnoy.desk.ui.Texts;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
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
 * One doctor's schedule across all chambers: a day view (every serial with its estimated time and
 * who holds it) or a week view (seven days from the chosen one). What can be done with the selected
 * slot lives in {@link SlotActions}; every change reloads so the screen shows the database's truth.
 */
public final class ScheduleViewModel {
  private final TaskRunner tasks;
  private final ScheduleService schedules;
  private final ObservableValue<Texts> texts;
  private final ObjectProperty<DoctorListing> doctor = new SimpleObjectProperty<>();
  private final ObjectProperty<Integer> doctorId = new SimpleObjectProperty<>();
  private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
  private final BooleanProperty weekView = new SimpleBooleanProperty(false);
  private final ObservableList<SlotRow> rows = FXCollections.observableArrayList();
  private final ObservableList<WeekDayColumn> week = FXCollections.observableArrayList();
  private final ObjectProperty<SlotRow> selected = new SimpleObjectProperty<>();
  private final StringProperty serialsLeft = new SimpleStringProperty("");
  private final StringProperty message = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty(false);
  private final BooleanProperty enabled = new SimpleBooleanProperty(true);
  private final SlotActions actions;
  private DaySchedule shownDay;
  private List<DaySchedule> shownWeek = List.of();
  private SlotRow wanted;
  private int generation;

  public ScheduleViewModel(
      TaskRunner tasks,
      ScheduleService schedules,
      BookingService booking,
      LocalDate today,
      ObservableValue<Texts> texts) {
    this.tasks = tasks;
    this.schedules = schedules;
    this.texts = texts;
    this.actions = new SlotActions(tasks, booking, schedules, this);
    date.set(today);
    doctor.addListener((o, a, d) -> doctorId.set(d == null ? null : d.id()));
    doctorId.addListener((o, a, b) -> reload());
    date.addListener((o, a, b) -> reload());
    weekView.addListener((o, a, b) -> reload());
    texts.addListener((o, a, b) -> redraw());
    enabled.addListener((o, a, on) -> reload());
  }

  /** Reads the day (or the week) again from the database. */
  public void reload() {
    Integer doctor = doctorId.get();
    LocalDate day = date.get();
    int gen = ++generation; // whatever is still on its way is for something no longer wanted
    if (doctor == null || !enabled.get()) {
      forget();
      busy.set(false);
      return;
    }
    if (shownDay != null && (shownDay.doctorId() != doctor || !shownDay.date().equals(day))) {
      forget(); // another doctor or day: nothing of the old one may be acted on meanwhile
    }
    busy.set(true);
    if (weekView.get()) {
      tasks.run(() -> schedules.week(doctor, day), w -> showWeek(w, gen), e -> failed(e, gen));
    } else {
      tasks.run(() -> schedules.day(doctor, day), d -> showDay(d, gen), e -> failed(e, gen));
    }
  }

  private void showDay(DaySchedule day, int gen) {
    if (gen == generation) {
      busy.set(false);
      shownDay = day;
      drawDay();
    }
  }

  private void showWeek(List<DaySchedule> days, int gen) {
    if (gen == generation) {
      busy.set(false);
      shownWeek = days;
      week.setAll(days.stream().map(d -> WeekDayColumn.of(d, texts.getValue())).toList());
    }
  }

  private void drawDay() {
    Texts t = texts.getValue();
    SlotRow keep = wanted != null ? wanted : selected.get();
    wanted = null;
    rows.setAll(shownDay.allSlots().stream().map(s -> SlotRow.of(s, t)).toList());
    selected.set(rows.stream().filter(r -> r.samePlace(keep)).findFirst().orElse(null));
    serialsLeft.set(
        shownDay.sessions().stream()
            .map(
                s ->
                    t.get(
                        "schedule.serials.left",
                        s.session().chamberName(),
                        t.number(s.serialsLeft()),
                        t.number(s.session().maxSerials())))
            .collect(Collectors.joining("  ·  ")));
  }

  private void forget() {
    shownDay = null;
    shownWeek = List.of();
    rows.clear();
    week.clear();
    selected.set(null);
    serialsLeft.set("");
  }

  /** The language changed: the same data, written again. */
  private void redraw() {
    if (shownDay != null) {
      drawDay();
    }
    week.setAll(shownWeek.stream().map(d -> WeekDayColumn.of(d, texts.getValue())).toList());
  }

  /** From the week view: that slot's day, in the day view, with the slot selected. */
  public void openInDay(SlotRow row) {
    wanted = row;
    boolean reloads = weekView.get() || !row.slot().date().equals(date.get());
    date.set(row.slot().date()); // before leaving the week view, so one day load picks it up
    weekView.set(false);
    if (!reloads && shownDay != null) {
      drawDay();
    }
  }

  public void previousDay() {
    date.set(date.get().minusDays(1));
  }

  public void nextDay() {
    date.set(date.get().plusDays(1));
  }

  void failed(Throwable e, int gen) {
    if (gen == generation) {
      busy.set(false);
    }
    say(e);
  }

  void say(Throwable e) {
    message.set(Refusals.explain(e, texts.getValue()));
  }

  void say(String key, Object... args) {
    message.set(key.isEmpty() ? "" : texts.getValue().get(key, args));
  }

  Texts texts() {
    return texts.getValue();
  }

  /** False while nobody is signed in: nothing is loaded and what was shown is forgotten. */
  public BooleanProperty enabledProperty() {
    return enabled;
  }

  public SlotActions actions() {
    return actions;
  }

  /** The doctor shown (from the directory): name and fees for booking and printing. */
  public ObjectProperty<DoctorListing> doctorProperty() {
    return doctor;
  }

  public ObjectProperty<Integer> doctorIdProperty() {
    return doctorId;
  }

  public ObjectProperty<LocalDate> dateProperty() {
    return date;
  }

  public BooleanProperty weekViewProperty() {
    return weekView;
  }

  public ObservableList<SlotRow> rows() {
    return rows;
  }

  public ObservableList<WeekDayColumn> week() {
    return week;
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
