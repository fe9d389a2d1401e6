package com.nirnoy.desk.ui.signin;

import com.nirnoy.desk.ui.FormState;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Binds SignIn.fxml: the sign-in card over the desk until someone signs in, or, on a new database
 * with no admin yet, the card that creates the first admin.
 */
public final class SignInView {
  @FXML private StackPane signInRoot;
  @FXML private VBox signInCard;
  @FXML private TextField loginField;
  @FXML private PasswordField passwordField;
  @FXML private Label signInError;
  @FXML private Button signInButton;
  @FXML private Label demoHint;
  @FXML private VBox firstAdminCard;
  @FXML private TextField adminName;
  @FXML private Label adminNameError;
  @FXML private TextField adminPhone;
  @FXML private Label adminPhoneError;
  @FXML private TextField adminEmail;
  @FXML private Label adminEmailError;
  @FXML private PasswordField adminPassword;
  @FXML private Label adminPasswordError;
  @FXML private PasswordField adminRepeat;
  @FXML private Label adminRepeatError;
  @FXML private Label adminMessage;
  @FXML private Button createAdminButton;

  private final com.nirnoy.desk.ui.ViewScope scope = new com.nirnoy.desk.ui.ViewScope();

  /** Lets go of the ViewModels (the window is being redrawn in another language). */
  public void unbind() {
    scope.close();
  }

  public void bind(SignInViewModel vm, FirstAdminViewModel first, StringProperty hint) {
    signInRoot.visibleProperty().bind(vm.signedInProperty().isNull());
    signInCard.visibleProperty().bind(vm.needsFirstAdminProperty().not());
    firstAdminCard.visibleProperty().bind(vm.needsFirstAdminProperty());
    loginField.textProperty().bindBidirectional(vm.loginProperty());
    passwordField.textProperty().bindBidirectional(vm.passwordProperty());
    signInError.textProperty().bind(vm.errorProperty());
    signInButton.disableProperty().bind(vm.validBinding().not());
    signInButton.setOnAction(e -> vm.signIn());
    loginField.setOnAction(e -> passwordField.requestFocus()); // Enter moves on, then signs in
    passwordField.setOnAction(e -> vm.signIn());
    demoHint.textProperty().bind(hint);
    demoHint.managedProperty().bind(hint.isNotEmpty());
    FormState form = first.form();
    pair(adminName, first.nameProperty(), adminNameError, form.error("name"));
    pair(adminPhone, first.phoneProperty(), adminPhoneError, form.error("phone"));
    pair(adminEmail, first.emailProperty(), adminEmailError, form.error("email"));
    pair(adminPassword, first.passwordProperty(), adminPasswordError, form.error("password"));
    pair(adminRepeat, first.repeatProperty(), adminRepeatError, form.error("repeat"));
    adminMessage.textProperty().bind(form.messageProperty());
    createAdminButton
        .disableProperty()
        .bind(Bindings.or(form.validProperty().not(), form.busyProperty()));
    adminRepeat.setOnAction(e -> createAdminButton.fire());
    createAdminButton.setOnAction(
        e -> first.create(vm::firstAdminCreated, vm::start)); // another desk was quicker: sign in
    scope.listen(
        vm.signedInProperty(),
        (o, a, who) -> {
          if (who == null) {
            Platform.runLater(loginField::requestFocus); // signed out: ready for the next
          }
        });
    Platform.runLater(loginField::requestFocus);
  }

  private static void pair(
      TextInputControl field, StringProperty value, Label error, StringProperty message) {
    field.textProperty().bindBidirectional(value);
    error.textProperty().bind(message);
    error.managedProperty().bind(message.isNotEmpty());
  }
}
