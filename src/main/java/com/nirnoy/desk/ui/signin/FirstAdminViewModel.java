package com.nirnoy.desk.ui.signin;

import com.nirnoy.desk.staff.AdminExistsException;
import com.nirnoy.desk.staff.StaffForm;
import com.nirnoy.desk.staff.StaffMember;
import com.nirnoy.desk.staff.StaffService;
import com.nirnoy.desk.ui.FormState;
import com.nirnoy.desk.ui.TaskRunner;
import com.nirnoy.desk.user.Role;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The first run of a new database: create its first admin (who is then signed in). Every field is
 * checked as it is typed; the password is typed twice.
 */
public final class FirstAdminViewModel {
  private final StaffService staff;
  private final FormState form;
  private final StringProperty name = new SimpleStringProperty("");
  private final StringProperty phone = new SimpleStringProperty("");
  private final StringProperty email = new SimpleStringProperty("");
  private final StringProperty password = new SimpleStringProperty("");
  private final StringProperty repeat = new SimpleStringProperty("");

  public FirstAdminViewModel(TaskRunner tasks, StaffService staff) {
    this.staff = staff;
    this.form = new FormState(tasks, "name", "phone", "email", "password", "repeat");
    for (StringProperty p : new StringProperty[] {name, phone, email, password, repeat}) {
      p.addListener((o, a, b) -> validate());
    }
  }

  private StaffForm staffForm() {
    return new StaffForm(name.get(), phone.get(), email.get(), Role.ADMIN, password.get());
  }

  private void validate() {
    Map<String, String> problems = new LinkedHashMap<>(staffForm().problems());
    if (!password.get().equals(repeat.get())) {
      problems.put("repeat", "The two passwords differ");
    }
    form.show(problems);
  }

  /**
   * Creates the admin and signs them in; {@code onCreated} gets them. When another desk made the
   * first admin meanwhile, {@code onAdminExists} runs (the desk then offers sign-in).
   */
  public void create(Consumer<StaffMember> onCreated, Runnable onAdminExists) {
    validate();
    if (!form.validProperty().get() || form.busyProperty().get()) {
      return;
    }
    StaffForm f = staffForm();
    form.run(
        () -> staff.createFirstAdmin(f),
        admin -> {
          password.set("");
          repeat.set("");
          onCreated.accept(admin);
        },
        e -> {
          if (e instanceof AdminExistsException) {
            onAdminExists.run();
          }
        });
  }

  public FormState form() {
    return form;
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

  public StringProperty passwordProperty() {
    return password;
  }

  public StringProperty repeatProperty() {
    return repeat;
  }
}
