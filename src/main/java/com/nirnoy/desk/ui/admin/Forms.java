package com.nirnoy.desk.ui.admin;

import com.nirnoy.desk.ui.FormState;
import java.util.function.Consumer;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** The bindings every admin form repeats: a field with its error label, Save, Enter and Esc. */
final class Forms {
  private Forms() {}

  /** Two-way text, and the field's message (from {@link FormState#error}) beside it. */
  static void field(
      TextField input, StringProperty value, Label error, FormState form, String name) {
    input.textProperty().bindBidirectional(value);
    error(error, form, name);
  }

  /** The message of field {@code name}, shown only when there is one. */
  static void error(Label error, FormState form, String name) {
    error.textProperty().bind(form.error(name));
    error.getStyleClass().add("danger");
    error.visibleProperty().bind(error.textProperty().isNotEmpty());
    error.managedProperty().bind(error.visibleProperty());
  }

  /**
   * Save is enabled only for a valid form that is not busy or waiting for a confirmation; Enter
   * anywhere in {@code area} saves, Esc cancels the edit.
   */
  static void saveAndCancel(
      Node area, FormState form, Button save, Runnable onSave, Button cancel, Runnable onCancel) {
    enterSaves(area, form, save, onSave);
    cancel.setOnAction(e -> onCancel.run());
    area.addEventHandler(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.ESCAPE) {
            onCancel.run();
            e.consume();
          }
        });
  }

  /** Save is enabled only for a valid, idle form; Enter anywhere in {@code area} saves. */
  static void enterSaves(Node area, FormState form, Button save, Runnable onSave) {
    save.disableProperty()
        .bind(form.validProperty().not().or(form.busyProperty()).or(form.confirmNeededProperty()));
    save.setOnAction(e -> onSave.run());
    area.addEventHandler(
        KeyEvent.KEY_PRESSED,
        e -> {
          // Enter on a focused button presses that button instead
          if (e.getCode() == KeyCode.ENTER
              && !(e.getTarget() instanceof Button)
              && !save.isDisabled()) {
            onSave.run();
            e.consume();
          }
        });
  }

  /**
   * Choosing a row edits a copy of it; {@code newButton} empties the form for a new one and puts
   * the cursor in {@code first}.
   */
  static <T> void editsChosenRow(
      TableView<T> table, Consumer<T> edit, Button newButton, Node first) {
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, a, row) -> {
              if (row != null) {
                edit.accept(row);
              }
            });
    newButton.setOnAction(
        e -> {
          table.getSelectionModel().clearSelection();
          edit.accept(null);
          first.requestFocus();
        });
  }

  /** The form's answer (saved, refused, what to confirm) in one line under it. */
  static void message(Label label, FormState form) {
    label.textProperty().bind(form.messageProperty());
    label.setWrapText(true);
  }
}
