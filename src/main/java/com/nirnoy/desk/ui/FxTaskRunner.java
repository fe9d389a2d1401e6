package com.nirnoy.desk.ui;

import com.nirnoy.desk.booking.BookingException;
import com.nirnoy.desk.db.SessionEndedException;
import com.nirnoy.desk.rules.InvalidFormException;
import com.nirnoy.desk.rules.RuleViolationException;
import com.nirnoy.desk.staff.PermissionDeniedException;
import com.nirnoy.desk.staff.SignInException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Background threads for the database; results come back through {@link Platform#runLater}. */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(FxTaskRunner.class);

  private final ExecutorService executor =
      Executors.newFixedThreadPool(
          2,
          r -> {
            Thread t = new Thread(r, "desk-background");
            t.setDaemon(true);
            return t;
          });

  @Override
  public <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
    executor.execute(
        () -> {
          try {
            T result = work.get();
            Platform.runLater(() -> onSuccess.accept(result));
          } catch (RuntimeException | Error e) {
            if (isExpectedRefusal(e)) {
              // an expected answer, already explained on screen; its words may name a patient
              // ("... is held by <name>"), so the log keeps only its kind
              log.info("Refused: {}", e.getClass().getSimpleName());
            } else {
              log.warn("Background task failed: {}", e.getMessage(), e);
            }
            Platform.runLater(() -> onFailure.accept(e));
          }
        });
  }

  @Override
  public void onUiThread(Runnable action) {
    Platform.runLater(action);
  }

  /** A refusal the screen explains in words: logged once, without a stack trace. */
  private static boolean isExpectedRefusal(Throwable e) {
    return e instanceof BookingException
        || e instanceof RuleViolationException
        || e instanceof InvalidFormException
        || e instanceof PermissionDeniedException
        || e instanceof SignInException
        || e instanceof SessionEndedException;
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
