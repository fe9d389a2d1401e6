package com.nirnoy.desk.ui.admin;

import com.nirnoy.desk.config.ClinicTime;
import com.nirnoy.desk.history.HistoryEntry;
import com.nirnoy.desk.ui.Columns;
import com.nirnoy.desk.ui.Texts;
import java.time.Instant;
import java.time.ZonedDateTime;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Binds History.fxml (who changed what and when, old → new) to {@link HistoryViewModel}. */
public final class HistoryView {
  @FXML private TableView<HistoryEntry> historyTable;
  @FXML private TableColumn<HistoryEntry, String> historyWhenColumn;
  @FXML private TableColumn<HistoryEntry, String> historyWhoColumn;
  @FXML private TableColumn<HistoryEntry, String> historyWhatColumn;
  @FXML private TableColumn<HistoryEntry, String> historyChangeColumn;
  @FXML private Label historyError;

  public void bind(HistoryViewModel vm, AdminWords w) {
    Texts t = w.texts();
    Columns.text(historyWhenColumn, h -> when(t, h.at()));
    java.util.Locale l = t.locale();
    Columns.text(historyWhoColumn, h -> h.in(l).actor());
    Columns.text(historyWhatColumn, h -> h.in(l).subject());
    Columns.text(historyChangeColumn, h -> h.in(l).description());
    historyTable.setItems(vm.entries());
    historyError.textProperty().bind(vm.errorProperty());
  }

  /** A moment as the clinic's clock showed it: day and time. */
  static String when(Texts t, Instant at) {
    if (at == null) {
      return "";
    }
    ZonedDateTime z = at.atZone(ClinicTime.ZONE);
    return t.day(z.toLocalDate()) + " " + t.time(z.toLocalTime());
  }
}
