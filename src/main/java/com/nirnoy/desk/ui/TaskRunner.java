package com.nirnoy.desk.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs slow work (the database) off the JavaFX thread and hands the result back on it. Tests use a
 * same-thread version.
 */
public interface TaskRunner {
  <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

  /** Runs {@code action} on the UI thread (events from other threads, e.g. live changes). */
  default void onUiThread(Runnable action) {
    run(() -> null, ignored -> action.run(), e -> {});
  }

  /** Runs everything at once on the caller's thread (tests, and code already in the background). */
  TaskRunner SAME_THREAD =
      new TaskRunner() {
        @Override
        public <T> void run(
            Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
          T result;
          try {
            result = work.get();
          } catch (RuntimeException e) {
            onFailure.accept(e);
            return;
          }
          onSuccess.accept(result);
        }

        @Override
        public void onUiThread(Runnable action) {
          action.run();
        }
      };
}
