package com.nirnoy.desk.ui.admin;

import com.nirnoy.desk.chamber.ChamberDetails;
import com.nirnoy.desk.chamber.SessionDetails;
import com.nirnoy.desk.ui.Columns;
import com.nirnoy.desk.ui.FormState;
import com.nirnoy.desk.ui.Texts;
import java.time.DayOfWeek;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * Binds Sessions.fxml (the doctor's weekly sessions and a form for one) to {@link
 * SessionEditorViewModel}; an overlap refusal is the form's message.
 */
public final class SessionsView {
  @FXML private Button newSessionButton;
  @FXML private TableView<SessionDetails> sessionTable;
  @FXML private TableColumn<SessionDetails, String> sessionChamberColumn;
  @FXML private TableColumn<SessionDetails, String> sessionDayColumn;
  @FXML private TableColumn<SessionDetails, String> sessionTimeColumn;
  @FXML private TableColumn<SessionDetails, String> sessionSlotColumn;
  @FXML private TableColumn<SessionDetails, String> sessionMaxColumn;
  @FXML private TableColumn<SessionDetails, String> sessionActiveColumn;
  @FXML private VBox sessionForm;
  @FXML private ComboBox<ChamberDetails> sessionChamber;
  @FXML private Label sessionChamberError;
  @FXML private ComboBox<DayOfWeek> sessionDay;
  @FXML private javafx.scene.control.Label alsoOnLabel;
  @FXML private javafx.scene.layout.FlowPane alsoOnDays;
  @FXML private Label sessionDayError;
  @FXML private TextField sessionStart;
  @FXML private Label sessionStartError;
  @FXML private TextField sessionEnd;
  @FXML private Label sessionEndError;
  @FXML private TextField sessionSlotMinutes;
  @FXML private Label sessionSlotMinutesError;
  @FXML private TextField sessionMaxSerials;
  @FXML private Label sessionMaxSerialsError;
  @FXML private CheckBox sessionActive;
  @FXML private Button saveSession;
  @FXML private Button cancelSession;
  @FXML private Label sessionMessage;
  @FXML private StrandedView sessionStrandedController;

  public void bind(SessionEditorViewModel vm, AdminWords w, com.nirnoy.desk.ui.ViewScope scope) {
    Texts t = w.texts();
    Columns.text(sessionChamberColumn, SessionDetails::chamberName);
    Columns.text(sessionDayColumn, s -> w.day(s.day()));
    Columns.text(sessionTimeColumn, s -> t.timeRange(s.start(), s.end()));
    Columns.text(sessionSlotColumn, s -> t.number(s.slotMinutes()));
    Columns.text(sessionMaxColumn, s -> t.number(s.maxSerials()));
    Columns.text(sessionActiveColumn, s -> w.yesNo(s.active()));
    sessionTable.setItems(vm.sessions());
    Forms.editsChosenRow(sessionTable, vm::edit, newSessionButton, sessionChamber);
    FormState f = vm.form();
    sessionChamber.setItems(vm.chamberChoices());
    sessionChamber.setConverter(AdminWords.shown(ChamberDetails::name));
    sessionChamber.valueProperty().bindBidirectional(vm.chamberProperty());
    Forms.error(sessionChamberError, f, "chamber");
    sessionDay.getItems().setAll(DayOfWeek.values());
    sessionDay.setConverter(AdminWords.shown(w::day));
    sessionDay.valueProperty().bindBidirectional(vm.dayProperty());
    alsoOnDays(vm, w, scope);
    Forms.error(sessionDayError, f, "day");
    Forms.field(sessionStart, vm.startProperty(), sessionStartError, f, "start");
    Forms.field(sessionEnd, vm.endProperty(), sessionEndError, f, "end");
    Forms.field(
        sessionSlotMinutes, vm.slotMinutesProperty(), sessionSlotMinutesError, f, "slotMinutes");
    Forms.field(
        sessionMaxSerials, vm.maxSerialsProperty(), sessionMaxSerialsError, f, "maxSerials");
    sessionActive.selectedProperty().bindBidirectional(vm.activeProperty());
    Forms.saveAndCancel(sessionForm, f, saveSession, vm::save, cancelSession, vm::cancel);
    Forms.message(sessionMessage, f);
    sessionStrandedController.bind(f, t);
  }

  /** One tick box per weekday: the new session's hours on those days too. */
  private void alsoOnDays(
      SessionEditorViewModel vm, AdminWords w, com.nirnoy.desk.ui.ViewScope scope) {
    alsoOnDays.getChildren().clear();
    for (DayOfWeek d : AdminWords.WEEK) {
      javafx.scene.control.CheckBox box = new javafx.scene.control.CheckBox(w.day(d));
      box.setId("alsoOn-" + d);
      box.setSelected(vm.alsoOn().contains(d));
      box.selectedProperty()
          .addListener(
              (o, a, on) -> {
                if (on) {
                  vm.alsoOn().add(d);
                } else {
                  vm.alsoOn().remove(d);
                }
              });
      box.disableProperty().bind(vm.dayProperty().isEqualTo(d));
      scope.listen(
          vm.alsoOn(),
          (javafx.collections.SetChangeListener<DayOfWeek>)
              c -> box.setSelected(vm.alsoOn().contains(d)));
      alsoOnDays.getChildren().add(box);
    }
    alsoOnLabel.visibleProperty().bind(vm.creatingProperty());
    alsoOnDays.visibleProperty().bind(vm.creatingProperty());
    alsoOnLabel.managedProperty().bind(vm.creatingProperty());
    alsoOnDays.managedProperty().bind(vm.creatingProperty());
  }
}
