package com.nirnoy.desk.ui;

import com.nirnoy.desk.booking.AppointmentSummary;
import com.nirnoy.desk.schedule.Slot;
import com.nirnoy.desk.ui.admin.AdminWords;
import com.nirnoy.desk.ui.admin.HistoryView;
import com.nirnoy.desk.ui.admin.HistoryViewModel;
import com.nirnoy.desk.ui.booking.BookingDialogView;
import com.nirnoy.desk.ui.booking.BookingFormViewModel;
import com.nirnoy.desk.ui.reschedule.RescheduleDialogView;
import com.nirnoy.desk.ui.reschedule.RescheduleViewModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.ActionEvent;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/**
 * The desk's dialogs, from FXML in the screen's language. Enter confirms and Esc cancels; a dialog
 * that talks to the database closes only once the database said yes.
 */
public final class FxDialogService implements DialogService {
  private final Supplier<Window> owner;
  private final Supplier<Texts> texts;

  public FxDialogService(Supplier<Window> owner, Supplier<Texts> texts) {
    this.owner = owner;
    this.texts = texts;
  }

  @Override
  public void book(BookingFormViewModel form, Slot slot, Runnable refresh) {
    if (form == null || slot == null) {
      return;
    }
    form.open(slot);
    FXMLLoader loader = loader("booking/BookingDialog.fxml");
    BookingDialogView view = loader.getController();
    view.bind(form, texts.get());
    show(
        loader.getRoot(),
        texts.get().get("booking.title"),
        form.validBinding(),
        form.busyProperty(),
        "confirmBooking",
        close -> form.confirm(booked -> close.run(), refresh),
        refresh);
  }

  @Override
  public void reschedule(RescheduleViewModel form, AppointmentSummary a, Runnable refresh) {
    if (form == null || a == null) {
      return;
    }
    form.open(a);
    FXMLLoader loader = loader("reschedule/RescheduleDialog.fxml");
    RescheduleDialogView view = loader.getController();
    view.bind(form, texts.get());
    show(
        loader.getRoot(),
        texts.get().get("reschedule.title"),
        form.validBinding(),
        form.savingProperty(),
        "confirmReschedule",
        close -> form.confirm(moved -> close.run(), refresh),
        refresh);
  }

  @Override
  public void history(HistoryViewModel history, AppointmentSummary a) {
    if (history == null || a == null) {
      return;
    }
    AdminWords words = new AdminWords(texts.get());
    FXMLLoader loader =
        new FXMLLoader(HistoryView.class.getResource("History.fxml"), words.bundle());
    try {
      loader.load();
    } catch (IOException e) {
      throw new UncheckedIOException("The history layout is missing from the build", e);
    }
    loader.<HistoryView>getController().bind(history, words);
    history.showAppointment(a.id());
    Texts t = texts.get();
    Dialog<ButtonType> dialog = new Dialog<>();
    dialog.initOwner(owner.get());
    dialog.setTitle(t.get("history.title"));
    dialog.setHeaderText(
        t.get("history.heading", a.patientName(), t.day(a.date()), t.time(a.startTime())));
    javafx.scene.Parent content = loader.getRoot();
    content.setStyle(Languages.rootStyle(t.locale()));
    dialog.getDialogPane().setContent(content);
    dialog.getDialogPane().setPrefSize(760, 420);
    dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
    dialog.show();
  }

  @Override
  public Optional<String> cancelReason(AppointmentSummary a) {
    Texts t = texts.get();
    TextInputDialog ask = new TextInputDialog();
    ask.initOwner(owner.get());
    ask.setTitle(t.get("cancel.title"));
    ask.setHeaderText(
        t.get("cancel.question", a.patientName(), t.day(a.date()), t.time(a.startTime())));
    ask.setContentText(t.get("cancel.reason"));
    ask.getEditor().setId("cancelReason");
    var ok = ask.getDialogPane().lookupButton(ButtonType.OK);
    ok.disableProperty().bind(ask.getEditor().textProperty().isEmpty());
    return ask.showAndWait().map(String::strip).filter(r -> !r.isEmpty());
  }

  /**
   * Shows {@code pane} with OK (enabled while {@code valid}) and Cancel. OK runs {@code confirm}
   * with a way to close the dialog once the work succeeded.
   */
  private void show(
      DialogPane pane,
      String title,
      ObservableBooleanValue valid,
      ObservableBooleanValue busy,
      String okId,
      Consumer<Runnable> confirm,
      Runnable refresh) {
    Dialog<ButtonType> dialog = new Dialog<>();
    dialog.initOwner(owner.get());
    dialog.setTitle(title);
    dialog.setDialogPane(pane);
    pane.getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
    var ok = pane.lookupButton(ButtonType.OK);
    ok.setId(okId);
    ok.disableProperty().bind(javafx.beans.binding.Bindings.not(valid));
    // while the database is saving, the dialog stays: its outcome is shown, never lost
    pane.lookupButton(ButtonType.CANCEL).disableProperty().bind(busy);
    dialog.setOnCloseRequest(
        e -> {
          if (busy.get()) {
            e.consume();
          }
        });
    ok.addEventFilter(
        ActionEvent.ACTION,
        e -> {
          e.consume(); // close only once the database said yes
          confirm.accept(
              () -> {
                refresh.run();
                dialog.setResult(ButtonType.OK);
                dialog.close();
              });
        });
    dialog.show();
  }

  private FXMLLoader loader(String fxml) {
    FXMLLoader loader =
        new FXMLLoader(
            FxDialogService.class.getResource(fxml), Languages.messages(texts.get().locale()));
    try {
      loader.load();
    } catch (IOException e) {
      throw new UncheckedIOException("The dialog layout " + fxml + " is missing from the build", e);
    }
    loader.<DialogPane>getRoot().setStyle(Languages.rootStyle(texts.get().locale()));
    return loader;
  }
}
