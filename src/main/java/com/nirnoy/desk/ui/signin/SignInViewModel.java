package com.nirnoy.desk.ui.signin;

import com.nirnoy.desk.staff.StaffMember;
import com.nirnoy.desk.staff.StaffService;
import com.nirnoy.desk.ui.Refusals;
import com.nirnoy.desk.ui.TaskRunner;
import com.nirnoy.desk.ui.Texts;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * The sign-in screen: phone or email and a password. Sign In is enabled when both are filled; a
 * refusal (wrong password, lock-out, deactivated) is shown as one line and the password field is
 * emptied. {@link #start()} finds out whether this is a new database that needs its first admin.
 */
public final class SignInViewModel {
  private final TaskRunner tasks;
  private final StaffService staff;
  private final StringProperty login = new SimpleStringProperty("");
  private final StringProperty password = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty(false);
  private final BooleanProperty needsFirstAdmin = new SimpleBooleanProperty(false);
  private final ObjectProperty<StaffMember> signedIn = new SimpleObjectProperty<>();
  private final BooleanBinding valid;

  private final ObservableValue<Texts> texts;

  public SignInViewModel(TaskRunner tasks, StaffService staff, ObservableValue<Texts> texts) {
    this.tasks = tasks;
    this.staff = staff;
    this.texts = texts;
    valid =
        Bindings.createBooleanBinding(
            () -> !login.get().isBlank() && !password.get().isEmpty() && !busy.get(),
            login,
            password,
            busy);
    login.addListener((o, a, b) -> error.set(""));
  }

  /** Asks whether the database still needs its first admin (the view then shows that form). */
  public void start() {
    tasks.run(
        staff::needsFirstAdmin,
        needsFirstAdmin::set,
        e -> error.set(Refusals.explain(e, texts.getValue())));
  }

  /** Signs in; on success {@link #signedInProperty()} holds the staff member. */
  public void signIn() {
    if (!valid.get()) {
      return;
    }
    String typedLogin = login.get();
    String typedPassword = password.get();
    busy.set(true);
    error.set("");
    tasks.run(
        () -> staff.signIn(typedLogin, typedPassword),
        member -> {
          busy.set(false);
          password.set("");
          signedIn.set(member);
        },
        e -> {
          busy.set(false);
          password.set("");
          error.set(Refusals.explain(e, texts.getValue()));
        });
  }

  /** The first admin was just created here (and signed in by it). */
  public void firstAdminCreated(StaffMember admin) {
    needsFirstAdmin.set(false);
    signedIn.set(admin);
  }

  /** Signs out here at once; the database forgets the session in the background. */
  public void signOut() {
    String token = staff.signOutHere();
    signedIn.set(null);
    tasks.run(
        () -> {
          staff.revoke(token);
          return token;
        },
        revoked -> {},
        e -> {});
  }

  /**
   * The database ended this desk's session (it expired, an admin reset the password or deactivated
   * the account): back to the sign-in card, saying why.
   */
  public void sessionEnded() {
    staff.signOutHere();
    signedIn.set(null);
    error.set(texts.getValue().get("signin.ended"));
  }

  public StringProperty loginProperty() {
    return login;
  }

  public StringProperty passwordProperty() {
    return password;
  }

  public StringProperty errorProperty() {
    return error;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }

  public BooleanProperty needsFirstAdminProperty() {
    return needsFirstAdmin;
  }

  /** The signed-in staff member, or null. */
  public ObjectProperty<StaffMember> signedInProperty() {
    return signedIn;
  }

  public BooleanBinding validBinding() {
    return valid;
  }
}
