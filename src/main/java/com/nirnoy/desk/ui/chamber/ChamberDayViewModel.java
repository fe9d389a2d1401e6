package com.nirnoy.desk.ui.chamber;

import com.nirnoy.desk.booking.AppointmentQueries;
import com.nirnoy.desk.chamber.ChamberPlaces;
import com.nirnoy.desk.chamber.ChamberPlaces.Place;
import com.nirnoy.desk.ui.AppointmentRow;
import com.nirnoy.desk.ui.Refusals;
import com.nirnoy.desk.ui.TaskRunner;
import com.nirnoy.desk.ui.Texts;
import java.time.LocalDate;
import java.util.List;
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
 * A chamber's day list: every doctor sitting at one place on the day (the whole clinic the chosen
 * chamber belongs to), each in serial order (what the chamber's assistant calls out). With no place
 * chosen, every clinic's day.
 */
public final class ChamberDayViewModel {
  /** The choice "every chamber": the whole day, everywhere (no chamber has id 0). */
  public static final Place ALL = new Place(0, null, null, 0);

  private final TaskRunner tasks;
  private final ChamberPlaces places;
  private final AppointmentQueries appointments;
  private final ObservableValue<Texts> texts;
  private final ObservableList<Place> placeList = FXCollections.observableArrayList();
  private final ObjectProperty<Place> place = new SimpleObjectProperty<>();
  private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
  private final ObservableList<AppointmentRow> rows = FXCollections.observableArrayList();
  private final StringProperty summary = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty(false);
  private final BooleanProperty enabled = new SimpleBooleanProperty(true);
  private List<com.nirnoy.desk.booking.AppointmentSummary> shown = List.of();
  private int generation;

  public ChamberDayViewModel(
      TaskRunner tasks,
      ChamberPlaces places,
      AppointmentQueries appointments,
      ObservableValue<Texts> texts,
      LocalDate today) {
    this.tasks = tasks;
    this.places = places;
    this.appointments = appointments;
    this.texts = texts;
    date.set(today);
    place.addListener((o, a, b) -> reload());
    date.addListener((o, a, b) -> reload());
    texts.addListener((o, a, b) -> draw());
  }

  /** Loads the list of places, then the day. */
  public void start() {
    tasks.run(
        places::all,
        list -> {
          placeList.setAll(ALL);
          placeList.addAll(list);
        },
        e -> summary.set(Refusals.explain(e, texts.getValue())));
    reload();
  }

  public void reload() {
    Place p = place.get();
    LocalDate day = date.get();
    int gen = ++generation;
    if (!enabled.get()) {
      shown = List.of();
      rows.clear();
      summary.set("");
      busy.set(false);
      return;
    }
    busy.set(true);
    tasks.run(
        () -> isAll(p) ? appointments.day(day) : appointments.chamberDay(p.chamberId(), day),
        list -> {
          if (gen == generation) {
            busy.set(false);
            shown = list;
            draw();
          }
        },
        e -> {
          if (gen == generation) {
            failed(e);
          }
        });
  }

  /** True for the "every chamber" choice (or none). */
  public static boolean isAll(Place p) {
    return p == null || p.chamberId() == ALL.chamberId();
  }

  private void draw() {
    Texts t = texts.getValue();
    rows.setAll(shown.stream().map(a -> AppointmentRow.of(a, t)).toList());
    summary.set(t.get("chamber.day.count", t.number(shown.size())));
  }

  /** Nothing of another place or day stays on screen under this one's name. */
  private void failed(Throwable e) {
    busy.set(false);
    shown = List.of();
    rows.clear();
    summary.set(Refusals.explain(e, texts.getValue()));
  }

  /** False while nobody is signed in: patients' names are neither loaded nor kept. */
  public BooleanProperty enabledProperty() {
    return enabled;
  }

  public ObservableList<Place> places() {
    return placeList;
  }

  public ObjectProperty<Place> placeProperty() {
    return place;
  }

  public ObjectProperty<LocalDate> dateProperty() {
    return date;
  }

  public ObservableList<AppointmentRow> rows() {
    return rows;
  }

  public StringProperty summaryProperty() {
    return summary;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }
}
