package com.nirnoy.desk.ui.admin;

import com.nirnoy.desk.staff.Passwords;
import com.nirnoy.desk.staff.StaffAccounts;
import com.nirnoy.desk.staff.StaffForm;
import com.nirnoy.desk.staff.StaffMember;
import com.nirnoy.desk.ui.FormState;
import com.nirnoy.desk.ui.TaskRunner;
import com.nirnoy.desk.user.Role;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Staff accounts (admin only): the list, a form to add a receptionist or admin, a password reset
 * for the selected account (which also lifts a lock-out), deactivate and reactivate.
 */
public final class StaffAccountsViewModel {
  private final StaffAccounts accounts;
  private final FormState form;
  private final ObservableList<StaffMember> list = FXCollections.observableArrayList();
  private final ObjectProperty<StaffMember> selected = new SimpleObjectProperty<>();
  private final StringProperty name = new SimpleStringProperty("");
  private final StringProperty phone = new SimpleStringProperty("");
  private final StringProperty email = new SimpleStringProperty("");
  private final ObjectProperty<Role> role = new SimpleObjectProperty<>(Role.RECEPTIONIST);
  private final StringProperty password = new SimpleStringProperty("");
  private final StringProperty newPassword = new SimpleStringProperty("");
  private final StringProperty newPasswordError = new SimpleStringProperty("");

  public StaffAccountsViewModel(TaskRunner tasks, StaffAccounts accounts) {
    this.accounts = accounts;
    this.form = new FormState(tasks, "name", "phone", "email", "role", "password");
    for (StringProperty p : new StringProperty[] {name, phone, email, password}) {
      p.addListener((o, a, b) -> validate());
    }
    role.addListener((o, a, b) -> validate());
    newPassword.addListener(
        (o, a, b) -> {
          String problem = b.isEmpty() ? null : Passwords.problem(b);
          newPasswordError.set(problem == null ? "" : form.phrase(problem));
        });
    validate();
  }

  public void load() {
    form.run(accounts::list, list::setAll);
  }

  private StaffForm staffForm() {
    return new StaffForm(name.get(), phone.get(), email.get(), role.get(), password.get());
  }

  private void validate() {
    form.show(staffForm().problems());
  }

  /** Adds the account; the form empties for the next one. */
  public void add() {
    if (!form.validProperty().get() || form.busyProperty().get()) {
      return;
    }
    StaffForm f = staffForm();
    act(
        () -> accounts.add(f),
        "staff.added",
        null,
        () -> {
          name.set("");
          phone.set("");
          email.set("");
          password.set("");
        });
  }

  /** Sets the typed new password on the selected account. */
  public void resetPassword() {
    StaffMember m = selected.get();
    String pw = newPassword.get();
    if (m == null || Passwords.problem(pw) != null) {
      return;
    }
    act(
        () -> accounts.resetPassword(m.id(), pw),
        "staff.password.reset",
        m.name(),
        () -> newPassword.set(""));
  }

  public void deactivate() {
    StaffMember m = selected.get();
    if (m != null) {
      act(() -> accounts.deactivate(m.id()), "staff.deactivated", m.name(), () -> {});
    }
  }

  public void reactivate() {
    StaffMember m = selected.get();
    if (m != null) {
      act(() -> accounts.reactivate(m.id()), "staff.reactivated", m.name(), () -> {});
    }
  }

  private void act(Supplier<StaffMember> work, String key, String who, Runnable after) {
    form.run(
        () -> {
          work.get();
          return accounts.list();
        },
        all -> {
          list.setAll(all);
          after.run();
          form.messageProperty().set(form.say(key, who));
        });
  }

  public FormState form() {
    return form;
  }

  public ObservableList<StaffMember> accounts() {
    return list;
  }

  public ObjectProperty<StaffMember> selectedProperty() {
    return selected;
  }

  public StringProperty nameProperty() {
    return name;
  }

  public StringProperty phoneProperty() {
    return phone;
  }

  public StringProperty emailProperty() {
    return email;
  }

  public ObjectProperty<Role> roleProperty() {
    return role;
  }

  public StringProperty passwordProperty() {
    return password;
  }

  public StringProperty newPasswordProperty() {
    return newPassword;
  }

  public StringProperty newPasswordErrorProperty() {
    return newPasswordError;
  }
}
