package com.nirnoy.desk.ui;

import com.nirnoy.desk.rules.InvalidFormException;
import com.nirnoy.desk.stranded.AffectedAppointment;
import com.nirnoy.desk.stranded.Outcome;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What every form ViewModel shares: a message per field (set as the user types), {@code valid} for
 * the Save button, {@code busy} while the database works, one message line for the answer, and the
 * two steps of a change that strands appointments (preview the patients, then confirm).
 */
public final class FormState {
  private final TaskRunner tasks;
  private final Map<String, StringProperty> errors = new LinkedHashMap<>();
  private final BooleanProperty valid = new SimpleBooleanProperty(false);
  private final BooleanProperty busy = new SimpleBooleanProperty(false);
  private final StringProperty message = new SimpleStringProperty("");
  private final BooleanProperty confirmNeeded = new SimpleBooleanProperty(false);
  private final ObservableList<AffectedAppointment> affected = FXCollections.observableArrayList();
  private Runnable pendingConfirm;
  private FormWords words = FormWords.ENGLISH;

  public FormState(TaskRunner tasks, String... fields) {
    this.tasks = tasks;
    for (String f : fields) {
      errors.put(f, new SimpleStringProperty(""));
    }
  }

  /** The message shown under {@code field} ("" when it is fine). */
  public StringProperty error(String field) {
    return errors.computeIfAbsent(field, f -> new SimpleStringProperty(""));
  }

  /** The language messages are shown in (the services and forms write English). */
  public void useWords(FormWords w) {
    words = w;
  }

  /** A fixed English message in the screen's language. */
  public String phrase(String english) {
    return words.phrase(english);
  }

  /** The message bundle's {@code key} with {@code args}, in the screen's language. */
  public String say(String key, Object... args) {
    return words.text(key, args);
  }

  /** Shows {@code problems} next to their fields; valid when there are none. */
  public void show(Map<String, String> problems) {
    errors.forEach((field, p) -> p.set(words.phrase(problems.getOrDefault(field, ""))));
    problems.keySet().forEach(f -> error(f).set(words.phrase(problems.get(f))));
    valid.set(problems.isEmpty());
    if (confirmNeeded.get()) {
      cancelConfirm(); // the form changed after the preview: preview again
    }
  }

  /**
   * Runs {@code work} in the background; {@code done} gets its result. A failure's message (written
   * for people by the services) is shown; a form refusal also marks its fields.
   */
  public <T> void run(Supplier<T> work, Consumer<T> done) {
    run(work, done, e -> {});
  }

  /**
   * As {@link #run(Supplier, Consumer)}; {@code failed} also hears of a failure, after it shows.
   */
  public <T> void run(Supplier<T> work, Consumer<T> done, Consumer<Throwable> failed) {
    busy.set(true);
    message.set("");
    tasks.run(
        work,
        result -> {
          busy.set(false);
          done.accept(result);
        },
        e -> {
          busy.set(false);
          if (e instanceof InvalidFormException f) {
            f.problems().forEach((field, m) -> error(field).set(words.phrase(m)));
          }
          message.set(words.explain(e));
          failed.accept(e);
        });
  }

  /**
   * Saves a change that may strand appointments: {@code preview} first; when it lists none the
   * change is saved at once, otherwise the list is shown and {@link #confirm()} saves it.
   */
  public <T> void saveWithPreview(
      Supplier<List<AffectedAppointment>> preview, Supplier<Outcome<T>> save, Consumer<T> done) {
    Runnable commit =
        () ->
            run(
                save,
                outcome -> {
                  done.accept(outcome.saved()); // may reset the form: the answer is shown after it
                  confirmNeeded.set(false);
                  pendingConfirm = null;
                  affected.setAll(outcome.stranded());
                  message.set(
                      outcome.stranded().isEmpty()
                          ? words.phrase("Saved.")
                          : words.counted("form.saved.marked", outcome.stranded().size()));
                });
    run(
        preview,
        list -> {
          if (list.isEmpty()) {
            commit.run();
            return;
          }
          affected.setAll(list);
          pendingConfirm = commit;
          confirmNeeded.set(true);
          message.set(words.counted("form.confirm.stranded", list.size()));
        });
  }

  /** Saves the change whose stranded patients are shown. */
  public void confirm() {
    if (pendingConfirm != null && !busy.get()) {
      pendingConfirm.run();
    }
  }

  public void cancelConfirm() {
    pendingConfirm = null;
    confirmNeeded.set(false);
    affected.clear();
    message.set("");
  }

  public BooleanProperty validProperty() {
    return valid;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }

  public StringProperty messageProperty() {
    return message;
  }

  /** True while stranded patients are shown and the change waits for {@link #confirm()}. */
  public BooleanProperty confirmNeededProperty() {
    return confirmNeeded;
  }

  /** The patients a previewed change strands, or those a confirmed change marked. */
  public ObservableList<AffectedAppointment> affected() {
    return affected;
  }
}
