package com.nirnoy.desk.ui.doctor;

import com.nirnoy.desk.doctor.DoctorDirectory;
import com.nirnoy.desk.doctor.DoctorListing;
import com.nirnoy.desk.doctor.DoctorPage;
import com.nirnoy.desk.doctor.DoctorQuery;
import com.nirnoy.desk.ui.Refusals;
import com.nirnoy.desk.ui.TaskRunner;
import com.nirnoy.desk.ui.Texts;
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
 * The doctor directory: search as you type over name, specialty, area, fee range and "available
 * today", one page at a time (never everything at once). A slow answer to an older query never
 * overwrites a newer one.
 */
public final class DirectoryViewModel {
  static final int PAGE = 50;

  private final TaskRunner tasks;
  private final DoctorDirectory directory;
  private final StringProperty text = new SimpleStringProperty("");
  private final StringProperty specialty = new SimpleStringProperty("");
  private final StringProperty area = new SimpleStringProperty("");
  private final StringProperty minFee = new SimpleStringProperty("");
  private final StringProperty maxFee = new SimpleStringProperty("");
  private final StringProperty feeError = new SimpleStringProperty("");
  private final BooleanProperty availableToday = new SimpleBooleanProperty(false);
  private final ObservableList<DoctorListing> results = FXCollections.observableArrayList();
  private final ObservableList<String> specialties = FXCollections.observableArrayList();
  private final ObjectProperty<DoctorListing> selected = new SimpleObjectProperty<>();
  private final BooleanProperty hasMore = new SimpleBooleanProperty(false);
  private final BooleanProperty busy = new SimpleBooleanProperty(false);
  private final StringProperty error = new SimpleStringProperty("");
  private int generation;

  private final ObservableValue<Texts> texts;

  public DirectoryViewModel(
      TaskRunner tasks, DoctorDirectory directory, ObservableValue<Texts> texts) {
    this.tasks = tasks;
    this.directory = directory;
    this.texts = texts;
    text.addListener((o, a, b) -> search());
    specialty.addListener((o, a, b) -> search());
    area.addListener((o, a, b) -> search());
    minFee.addListener((o, a, b) -> search());
    maxFee.addListener((o, a, b) -> search());
    availableToday.addListener((o, a, b) -> search());
  }

  /** Loads the specialty choices and the first page. */
  public void start() {
    tasks.run(
        directory::specialties,
        specialties::setAll,
        e -> error.set(Refusals.explain(e, texts.getValue())));
    search();
  }

  /** Runs the current query from its first page. */
  public void search() {
    DoctorQuery q = query();
    if (q == null) {
      return;
    }
    load(q, 0, ++generation, true);
  }

  /** Appends the next page (the list is scrolled to its end). */
  public void loadMore() {
    DoctorQuery q = query();
    if (q != null && hasMore.get() && !busy.get()) {
      load(q, results.size(), generation, false);
    }
  }

  private void load(DoctorQuery q, int offset, int gen, boolean replace) {
    busy.set(true);
    tasks.run(
        () -> directory.search(q, offset, PAGE),
        page -> show(page, gen, replace),
        e -> {
          busy.set(false);
          error.set(Refusals.explain(e, texts.getValue()));
        });
  }

  private void show(DoctorPage page, int gen, boolean replace) {
    if (gen != generation) {
      return; // an older query answered late
    }
    busy.set(false);
    error.set("");
    if (replace) {
      results.setAll(page.doctors());
    } else {
      results.addAll(page.doctors());
    }
    hasMore.set(page.hasMore());
  }

  /** The query the filters describe, or null (with a message) while a fee is not a number. */
  DoctorQuery query() {
    Integer min = fee(minFee.get());
    Integer max = fee(maxFee.get());
    boolean bad = min != null && min < 0 || max != null && max < 0;
    if (bad || min == null && !minFee.get().isBlank() || max == null && !maxFee.get().isBlank()) {
      feeError.set(texts.getValue().get("directory.fee.invalid"));
      return null;
    }
    if (min != null && max != null && min > max) {
      feeError.set(texts.getValue().get("directory.fee.order"));
      return null;
    }
    feeError.set("");
    return new DoctorQuery(
        text.get(), specialty.get(), area.get(), null, min, max, availableToday.get());
  }

  /** A fee typed in whole taka ("৳1,000", "১০০০"), or null when it is not one. */
  private static Integer fee(String typed) {
    try {
      return typed == null || typed.isBlank()
          ? null
          : Integer.valueOf(
              Texts.asciiDigits(typed).strip().replace("৳", "").replace(",", "").strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public StringProperty textProperty() {
    return text;
  }

  public StringProperty specialtyProperty() {
    return specialty;
  }

  public StringProperty areaProperty() {
    return area;
  }

  public StringProperty minFeeProperty() {
    return minFee;
  }

  public StringProperty maxFeeProperty() {
    return maxFee;
  }

  public StringProperty feeErrorProperty() {
    return feeError;
  }

  public BooleanProperty availableTodayProperty() {
    return availableToday;
  }

  public ObservableList<DoctorListing> results() {
    return results;
  }

  public ObservableList<String> specialties() {
    return specialties;
  }

  public ObjectProperty<DoctorListing> selectedProperty() {
    return selected;
  }

  public BooleanProperty hasMoreProperty() {
    return hasMore;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }

  public StringProperty errorProperty() {
    return error;
  }
}
