package com.nirnoy.desk.ui.admin;

import com.nirnoy.desk.chamber.LeaveDetails;
import com.nirnoy.desk.ui.Columns;
import com.nirnoy.desk.ui.FormState;
import com.nirnoy.desk.ui.Texts;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * Binds Leave.fxml (upcoming leave, and a form for new leave whose stranded patients are shown
 * before it is saved) to {@link LeaveEditorViewModel}.
 */
public final class LeaveView {
  @FXML private Button removeLeaveButton;
  @FXML private TableView<LeaveDetails> leaveTable;
  @FXML private TableColumn<LeaveDetails, String> leaveFromColumn;
  @FXML private TableColumn<LeaveDetails, String> leaveToColumn;
  @FXML private TableColumn<LeaveDetails, String> leaveHoursColumn;
  @FXML private TableColumn<LeaveDetails, String> leaveReasonColumn;
  @FXML private VBox leaveForm;
  @FXML private DatePicker leaveStart;
  @FXML private Label leaveStartError;
  @FXML private DatePicker leaveEnd;
  @FXML private Label leaveEndError;
  @FXML private TextField leaveStartTime;
  @FXML private Label leaveStartTimeError;
  @FXML private TextField leaveEndTime;
  @FXML private Label leaveEndTimeError;
  @FXML private TextField leaveReason;
  @FXML private Label leaveReasonError;
  @FXML private Button saveLeave;
  @FXML private Button cancelLeave;
  @FXML private Label leaveMessage;
  @FXML private StrandedView leaveStrandedController;

  public void bind(LeaveEditorViewModel vm, AdminWords w) {
    Texts t = w.texts();
    Columns.text(leaveFromColumn, l -> t.day(l.startDate()));
    Columns.text(leaveToColumn, l -> t.day(l.endDate()));
    Columns.text(
        leaveHoursColumn,
        l ->
            l.startTime() == null
                ? w.word("leave.whole.day")
                : t.timeRange(l.startTime(), l.endTime()));
    Columns.text(leaveReasonColumn, l -> Typed.text(l.reason()));
    leaveTable.setItems(vm.upcoming());
    removeLeaveButton
        .disableProperty()
        .bind(leaveTable.getSelectionModel().selectedItemProperty().isNull());
    removeLeaveButton.setOnAction(e -> vm.remove(leaveTable.getSelectionModel().getSelectedItem()));
    FormState f = vm.form();
    for (DatePicker p : new DatePicker[] {leaveStart, leaveEnd}) {
      p.setConverter(t.dateConverter());
    }
    leaveStart.valueProperty().bindBidirectional(vm.startDateProperty());
    leaveEnd.valueProperty().bindBidirectional(vm.endDateProperty());
    Forms.error(leaveStartError, f, "startDate");
    Forms.error(leaveEndError, f, "endDate");
    Forms.field(leaveStartTime, vm.startTimeProperty(), leaveStartTimeError, f, "startTime");
    Forms.field(leaveEndTime, vm.endTimeProperty(), leaveEndTimeError, f, "endTime");
    Forms.field(leaveReason, vm.reasonProperty(), leaveReasonError, f, "reason");
    Forms.saveAndCancel(leaveForm, f, saveLeave, vm::save, cancelLeave, vm::clear);
    Forms.message(leaveMessage, f);
    leaveStrandedController.bind(f, t);
  }
}
