package com.nirnoy.desk.ui.booking;

import com.nirnoy.desk.patient.PatientService;
import com.nirnoy.desk.patient.PatientSummary;
import com.nirnoy.desk.user.Gender;
import com.nirnoy.desk.user.PhoneNumbers;
import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The inline "new patient" part of the booking form: name, phone, sex, and age in years or a date
 * of birth. Each field has its own message, shown next to it while the user types.
 */
public final class NewPatientForm {
  static final int MAX_AGE = 120;

  private final LocalDate today;
  private final StringProperty name = new SimpleStringProperty("");
  private final StringProperty nameError = new SimpleStringProperty("");
  private final StringProperty phone = new SimpleStringProperty("");
  private final StringProperty phoneError = new SimpleStringProperty("");
  private final ObjectProperty<Gender> gender = new SimpleObjectProperty<>();
  private final StringProperty age = new SimpleStringProperty("");
  private final ObjectProperty<LocalDate> dateOfBirth = new SimpleObjectProperty<>();
  private final StringProperty ageError = new SimpleStringProperty("");
  private final BooleanBinding valid;

  NewPatientForm(LocalDate today) {
    this.today = today;
    name.addListener((o, a, b) -> nameError.set(checkName(b)));
    phone.addListener(
        (o, a, b) ->
            phoneError.set(
                PhoneNumbers.canonical(b).isPresent()
                    ? ""
                    : "Enter a valid mobile number, e.g. 01711-000001"));
    age.addListener((o, a, b) -> ageError.set(checkAge()));
    dateOfBirth.addListener((o, a, b) -> ageError.set(checkAge()));
    valid =
        Bindings.createBooleanBinding(
            () ->
                checkName(name.get()).isEmpty()
                    && PhoneNumbers.canonical(phone.get()).isPresent()
                    && gender.get() != null
                    && checkAge().isEmpty(),
            name,
            phone,
            gender,
            age,
            dateOfBirth);
  }

  private static String checkName(String typed) {
    String n = typed == null ? "" : typed.strip();
    if (n.isEmpty()) {
      return "Enter the patient's name";
    }
    if (n.length() > 100) {
      return "At most 100 letters";
    }
    return n.chars().anyMatch(Character::isDigit) ? "A name has no digits" : "";
  }

  private String checkAge() {
    if (dateOfBirth.get() != null) {
      LocalDate dob = dateOfBirth.get();
      return dob.isAfter(today) || dob.isBefore(today.minusYears(MAX_AGE))
          ? "Date of birth must be in the past"
          : "";
    }
    String a = age.get() == null ? "" : age.get().strip();
    if (a.isEmpty()) {
      return "";
    }
    try {
      int years = Integer.parseInt(a);
      return years >= 0 && years <= MAX_AGE ? "" : "Age is 0 to " + MAX_AGE + " years";
    } catch (NumberFormatException e) {
      return "Age in whole years, e.g. 34";
    }
  }

  /** The date of birth given, or one estimated from the age (1 July of that year). */
  LocalDate effectiveDateOfBirth() {
    if (dateOfBirth.get() != null) {
      return dateOfBirth.get();
    }
    String a = age.get() == null ? "" : age.get().strip();
    return a.isEmpty() ? null : LocalDate.of(today.getYear() - Integer.parseInt(a), 7, 1);
  }

  PatientSummary register(PatientService patients) {
    return patients.register(name.get(), phone.get(), gender.get(), effectiveDateOfBirth());
  }

  public StringProperty name() {
    return name;
  }

  public StringProperty nameError() {
    return nameError;
  }

  public StringProperty phone() {
    return phone;
  }

  public StringProperty phoneError() {
    return phoneError;
  }

  public ObjectProperty<Gender> gender() {
    return gender;
  }

  public StringProperty age() {
    return age;
  }

  public ObjectProperty<LocalDate> dateOfBirth() {
    return dateOfBirth;
  }

  public StringProperty ageError() {
    return ageError;
  }

  public BooleanBinding validProperty() {
    return valid;
  }
}
