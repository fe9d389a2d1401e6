package com.nirnoy.desk.ui;

import com.nirnoy.desk.app.AppContext;
import com.nirnoy.desk.chamber.ChamberPlaces;
import com.nirnoy.desk.staff.StaffMember;
import com.nirnoy.desk.ui.admin.AdminViewModel;
import com.nirnoy.desk.ui.booking.BookingFormViewModel;
import com.nirnoy.desk.ui.chamber.ChamberDayViewModel;
import com.nirnoy.desk.ui.doctor.DirectoryViewModel;
import com.nirnoy.desk.ui.reschedule.RescheduleViewModel;
import com.nirnoy.desk.ui.schedule.ScheduleViewModel;
import com.nirnoy.desk.ui.signin.FirstAdminViewModel;
import com.nirnoy.desk.ui.signin.SignInViewModel;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * State and commands of the main window; no JavaFX nodes, testable without a stage. Owns the day
 * every pane shows, the language, and the status bar (database, connection health, who is signed
 * in).
 */
public final class MainViewModel {
  private final TaskRunner tasks;
  private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(Languages.ENGLISH);
  private final ObjectBinding<Texts> texts =
      Bindings.createObjectBinding(() -> Texts.of(locale.get()), locale);
  private final StringProperty database = new SimpleStringProperty("");
  private final BooleanProperty online = new SimpleBooleanProperty(false);
  private final StringProperty connection = new SimpleStringProperty("");
  private final StringProperty signedIn = new SimpleStringProperty("");
  private final StringProperty status = new SimpleStringProperty("");
  private final StringProperty dayLabel = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty(false);
  private final BooleanProperty ready = new SimpleBooleanProperty(false);
  private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
  private final ObjectProperty<DirectoryViewModel> directory = new SimpleObjectProperty<>();
  private final ObjectProperty<ScheduleViewModel> schedule = new SimpleObjectProperty<>();
  private final ObjectProperty<ChamberDayViewModel> chamberDay = new SimpleObjectProperty<>();
  private final ObjectProperty<SignInViewModel> signIn = new SimpleObjectProperty<>();
  private final ObjectProperty<AdminViewModel> adminConsole = new SimpleObjectProperty<>();
  private final ObjectProperty<FirstAdminViewModel> firstAdmin = new SimpleObjectProperty<>();
  private final BooleanProperty staffPresent = new SimpleBooleanProperty(false);
  private final StringProperty signInHint = new SimpleStringProperty("");
  private final BooleanProperty demoSignIns = new SimpleBooleanProperty(false);
  private AppContext context;
  private boolean closed;
  private boolean checking;

  public MainViewModel(TaskRunner tasks) {
    this.tasks = tasks;
    demoSignIns.addListener((o, a, b) -> relabel());
    day.addListener((obs, old, now) -> showDay());
    texts.addListener((obs, old, now) -> relabel());
    connection.set(texts.get().get("status.starting"));
  }

  /** Starts the database in the background; the window stays responsive meanwhile. */
  public void start(Supplier<AppContext> starter) {
    busy.set(true);
    status.set(texts.get().get("status.starting"));
    tasks.run(
        starter,
        ctx -> {
          if (closed) {
            ctx.close(); // the window closed while the database was still starting
            return;
          }
          started(ctx);
        },
        e -> {
          busy.set(false);
          online.set(false);
          String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
          status.set(why); // already says what failed and what to do (settings, disk, server)
          connection.set(texts.get().get("status.offline"));
        });
  }

  private void started(AppContext ctx) {
    context = ctx;
    database.set(ctx.runtime().describe());
    online.set(true);
    busy.set(false);
    // said once, at the start that did it: the old built-in database's demo data is gone
    status.set(ctx.recreatedOldDatabase() ? texts.get().get("status.recreated.old") : "");
    LocalDate today = LocalDate.now(ctx.clock());
    DirectoryViewModel dir = new DirectoryViewModel(tasks, ctx.doctors(), texts);
    ScheduleViewModel sched =
        new ScheduleViewModel(tasks, ctx.schedules(), ctx.booking(), today, texts);
    ChamberDayViewModel chambers =
        new ChamberDayViewModel(
            tasks, new ChamberPlaces(ctx.database()), ctx.appointments(), texts, today);
    sched.doctorProperty().bind(dir.selectedProperty());
    sched.enabledProperty().set(false);
    chambers.enabledProperty().set(false);
    day.set(today);
    sched.dateProperty().bindBidirectional(day);
    chambers.dateProperty().bind(day);
    directory.set(dir);
    schedule.set(sched);
    chamberDay.set(chambers);
    SignInViewModel door = new SignInViewModel(tasks, ctx.staffService(), texts);
    door.signedInProperty()
        .addListener(
            (o, a, who) -> {
              staffPresent.set(who != null);
              relabel();
              sched.enabledProperty().set(who != null); // names only for signed-in staff
              chambers.enabledProperty().set(who != null);
              if (who != null) {
                chambers.start();
                adminConsole.get().refresh(); // what this person may see and do
              } else {
                adminConsole.set(new AdminViewModel(tasks, ctx)); // nothing of the last person's
              }
            });
    signIn.set(door);
    // the database ended the session (expired, password reset, deactivated): sign in again
    ctx.database().onSessionEnded(() -> tasks.onUiThread(door::sessionEnded));
    adminConsole.set(new AdminViewModel(tasks, ctx));
    firstAdmin.set(new FirstAdminViewModel(tasks, ctx.staffService()));
    tasks.run(ctx::demoSignInsStillWork, demoSignIns::set, e -> demoSignIns.set(false));
    LiveRefresh.attach(ctx.changes(), tasks, sched, chambers, this::reload);
    door.start();
    dir.start();
    relabel();
    ready.set(true);
  }

  public void previousDay() {
    move(-1);
  }

  public void nextDay() {
    move(1);
  }

  /** Back to today. */
  public void today() {
    if (context != null) {
      day.set(LocalDate.now(context.clock()));
    }
  }

  private void move(int days) {
    if (context != null) {
      day.set(day.get().plusDays(days));
    }
  }

  /** Reads every pane again (F5). */
  public void reload() {
    if (context != null) {
      schedule.get().reload();
      chamberDay.get().reload();
      directory.get().search();
    }
  }

  /**
   * Asks the database whether it answers (in the background; the status bar says connected or
   * offline). Run every few seconds; a check still waiting is not doubled.
   */
  public void checkConnection() {
    if (context == null || checking) {
      return;
    }
    checking = true;
    AppContext ctx = context;
    tasks.run(
        () -> ctx.database().isHealthy(),
        ok -> {
          checking = false;
          boolean wasOffline = !online.get();
          online.set(ok);
          relabel();
          if (ok && wasOffline) {
            reload(); // back: show what changed meanwhile
          }
        },
        e -> {
          checking = false;
          online.set(false);
          relabel();
        });
  }

  /** Signs the current staff member out; the sign-in card covers the desk again. */
  public void signOut() {
    if (signIn.get() != null) {
      signIn.get().signOut();
    }
  }

  private void relabel() {
    Texts t = texts.get();
    showDay();
    signInHint.set(demoSignIns.get() ? t.get("signin.demo") : "");
    StaffMember who = signIn.get() == null ? null : signIn.get().signedInProperty().get();
    signedIn.set(
        who == null
            ? ""
            : t.get("status.signed.in", who.name(), t.get("role." + who.role().name())));
    if (context != null) {
      connection.set(
          t.get(online.get() ? "status.connected" : "status.offline.at", database.get()));
    }
  }

  /** Closes the database; called once when the window closes. */
  public void shutdown() {
    closed = true;
    if (context != null) {
      context.close();
      context = null;
    }
  }

  /** A fresh booking form, or null before the database is up. */
  public BookingFormViewModel bookingForm() {
    return context == null
        ? null
        : new BookingFormViewModel(
            tasks,
            context.booking(),
            context.patients(),
            context.schedules(),
            LocalDate.now(context.clock()),
            texts);
  }

  /** A fresh history list (one appointment's changes), or null before the database is up. */
  public com.nirnoy.desk.ui.admin.HistoryViewModel appointmentHistory() {
    return context == null
        ? null
        : new com.nirnoy.desk.ui.admin.HistoryViewModel(tasks, context.history());
  }

  /** A fresh reschedule form, or null before the database is up. */
  public RescheduleViewModel rescheduleForm() {
    return context == null
        ? null
        : new RescheduleViewModel(
            tasks, context.booking(), context.schedules(), texts, LocalDate.now(context.clock()));
  }

  private void showDay() {
    LocalDate d = day.get();
    dayLabel.set(d == null ? "" : texts.get().longDay(d));
  }

  /** The language the window shows; changing it redraws the window, keeping all state. */
  public ObjectProperty<Locale> localeProperty() {
    return locale;
  }

  public ObjectBinding<Texts> texts() {
    return texts;
  }

  public ObjectProperty<DirectoryViewModel> directoryProperty() {
    return directory;
  }

  public ObjectProperty<ScheduleViewModel> scheduleProperty() {
    return schedule;
  }

  public ObjectProperty<ChamberDayViewModel> chamberDayProperty() {
    return chamberDay;
  }

  public StringProperty connectionProperty() {
    return connection;
  }

  public BooleanProperty onlineProperty() {
    return online;
  }

  public StringProperty signedInProperty() {
    return signedIn;
  }

  public ObjectProperty<SignInViewModel> signInProperty() {
    return signIn;
  }

  /** The admin console's state (receptionists see it read-only). */
  public ObjectProperty<AdminViewModel> adminConsoleProperty() {
    return adminConsole;
  }

  public ObjectProperty<FirstAdminViewModel> firstAdminProperty() {
    return firstAdmin;
  }

  /** True while someone is signed in (the desk is usable). */
  public BooleanProperty staffPresentProperty() {
    return staffPresent;
  }

  /** On the built-in demo database: where the demo sign-ins are written. */
  public StringProperty signInHintProperty() {
    return signInHint;
  }

  public StringProperty statusProperty() {
    return status;
  }

  public StringProperty dayLabelProperty() {
    return dayLabel;
  }

  public ObjectProperty<LocalDate> dayProperty() {
    return day;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }

  public BooleanProperty readyProperty() {
    return ready;
  }
}
