package com.nirnoy.desk.ui;

import com.nirnoy.desk.app.AppContext;
import com.nirnoy.desk.ui.booking.BookingFormViewModel;
import com.nirnoy.desk.ui.doctor.DirectoryViewModel;
import com.nirnoy.desk.ui.schedule.ScheduleViewModel;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** State and commands of the main window; no JavaFX nodes, testable without a stage. */
public final class MainViewModel {
  private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(Locale.ENGLISH);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

  private final TaskRunner tasks;
  private final StringProperty connection = new SimpleStringProperty("Not connected");
  private final StringProperty status = new SimpleStringProperty("");
  private final StringProperty dayLabel = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty(false);
  private final BooleanProperty ready = new SimpleBooleanProperty(false);
  private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
  private final ObservableList<AppointmentRow> rows = FXCollections.observableArrayList();
  private AppContext context;
  private final ObjectProperty<DirectoryViewModel> directory = new SimpleObjectProperty<>();
  private final ObjectProperty<ScheduleViewModel> schedule = new SimpleObjectProperty<>();
  private boolean closed;

  public MainViewModel(TaskRunner tasks) {
    this.tasks = tasks;
    day.addListener((obs, old, now) -> showDay());
    locale.addListener((obs, old, now) -> showDay());
  }

  /** Starts the database in the background; the window stays responsive meanwhile. */
  public void start(Supplier<AppContext> starter) {
    busy.set(true);
    status.set("Starting the database…");
    tasks.run(
        starter,
        ctx -> {
          if (closed) {
            ctx.close(); // the window closed while the database was still starting
            return;
          }
          context = ctx;
          connection.set(ctx.runtime().describe());
          LocalDate today = LocalDate.now(ctx.clock());
          DirectoryViewModel dir = new DirectoryViewModel(tasks, ctx.doctors());
          ScheduleViewModel sched =
              new ScheduleViewModel(tasks, ctx.schedules(), ctx.booking(), today);
          dir.selectedProperty()
              .addListener((o, a, d) -> sched.doctorIdProperty().set(d == null ? null : d.id()));
          day.addListener((o, a, d) -> sched.dateProperty().set(d));
          directory.set(dir);
          schedule.set(sched);
          dir.start();
          ready.set(true);
          day.set(java.time.LocalDate.now(ctx.clock()));
          reload();
        },
        this::failed);
  }

  public void previousDay() {
    move(-1);
  }

  public void nextDay() {
    move(1);
  }

  private void move(int days) {
    if (context != null) {
      day.set(day.get().plusDays(days));
      reload();
    }
  }

  /** Reads the day's appointments again. */
  public void reload() {
    LocalDate wanted = day.get();
    busy.set(true);
    tasks.run(
        () -> context.appointments().day(wanted).stream().map(AppointmentRow::of).toList(),
        list -> {
          if (wanted.equals(day.get())) {
            rows.setAll(list);
            status.set(list.size() + " appointments");
          }
          busy.set(false);
        },
        this::failed);
  }

  private void failed(Throwable e) {
    busy.set(false);
    status.set(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
  }

  /** Closes the database; called once when the window closes. */
  public void shutdown() {
    closed = true;
    if (context != null) {
      context.close();
      context = null;
    }
  }

  /** The booking form for {@code slot}'s doctor, with that doctor's fees; null before start. */
  public BookingFormViewModel bookingForm() {
    return context == null
        ? null
        : new BookingFormViewModel(
            tasks,
            context.booking(),
            context.patients(),
            context.schedules(),
            LocalDate.now(context.clock()));
  }

  public ObjectProperty<DirectoryViewModel> directoryProperty() {
    return directory;
  }

  public ObjectProperty<ScheduleViewModel> scheduleProperty() {
    return schedule;
  }

  public StringProperty connectionProperty() {
    return connection;
  }

  public StringProperty statusProperty() {
    return status;
  }

  /** The day in the chosen language, with its own digits in Bangla. */
  private void showDay() {
    LocalDate d = day.get();
    dayLabel.set(d == null ? "" : DAY.withLocale(locale.get()).localizedBy(locale.get()).format(d));
  }

  /** The language the window shows; changing it redraws the window, keeping all state. */
  public ObjectProperty<Locale> localeProperty() {
    return locale;
  }

  public StringProperty dayLabelProperty() {
    return dayLabel;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }

  public BooleanProperty readyProperty() {
    return ready;
  }

  public ObservableList<AppointmentRow> rows() {
    return rows;
  }
}
