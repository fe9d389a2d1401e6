package com.nirnoy.desk.ui.booking;

import com.nirnoy.desk.patient.PatientService;
import com.nirnoy.desk.patient.PatientSummary;
import com.nirnoy.desk.ui.Texts;
import com.nirnoy.desk.user.Gender;
import com.nirnoy.desk.user.PhoneNumbers;
import java.time.LocalDate;
import java.time.Period;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * The inline "new patient" part of the booking form: name, phone, sex, and age in years or a date
 * of birth. Each field has its own message, shown next to it while the user types. On a phone that
 * already has an account, the person typed here is a family member of its holder.
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

  private final ObservableValue<Texts> texts;

  NewPatientForm(LocalDate today, ObservableValue<Texts> texts) {
    this.today = today;
    this.texts = texts;
    name.addListener((o, a, b) -> nameError.set(say(checkName(b))));
    phone.addListener(
        (o, a, b) ->
            phoneError.set(
                PhoneNumbers.canonical(b).isPresent()
                    ? ""
                    : texts.getValue().get("patient.phone.invalid")));
    age.addListener((o, a, b) -> ageError.set(say(checkAge())));
    dateOfBirth.addListener((o, a, b) -> ageError.set(say(checkAge())));
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

  /** The error in words, from its key ("" when there is none). */
  private String say(String key) {
    return key.isEmpty() ? "" : texts.getValue().get(key);
  }

  private static String checkName(String typed) {
    String n = typed == null ? "" : typed.strip();
    if (n.isEmpty()) {
      return "patient.name.required";
    }
    if (n.length() > 100) {
      return "patient.name.long";
    }
    return n.chars().anyMatch(Character::isDigit) ? "patient.name.digits" : "";
  }

  private String checkAge() {
    if (dateOfBirth.get() != null) {
      LocalDate dob = dateOfBirth.get();
      return dob.isAfter(today) || dob.isBefore(today.minusYears(MAX_AGE))
          ? "patient.dob.invalid"
          : "";
    }
    String a = age.get() == null ? "" : age.get().strip();
    if (a.isEmpty()) {
      return "";
    }
    try {
      int years = Integer.parseInt(Texts.asciiDigits(a));
      return years >= 0 && years <= MAX_AGE ? "" : "patient.age.range";
    } catch (NumberFormatException e) {
      return "patient.age.invalid";
    }
  }

  /** The date of birth given, or one estimated from the age (1 July of that year). */
  LocalDate effectiveDateOfBirth() {
    if (dateOfBirth.get() != null) {
      return dateOfBirth.get();
    }
    String a = age.get() == null ? "" : age.get().strip();
    return a.isEmpty()
        ? null
        : LocalDate.of(today.getYear() - Integer.parseInt(Texts.asciiDigits(a)), 7, 1);
  }

  /** The age in whole years typed (or worked out from the date of birth), or null. */
  Integer ageInYears() {
    if (dateOfBirth.get() != null) {
      return Period.between(dateOfBirth.get(), today).getYears();
    }
    String a = age.get() == null ? "" : age.get().strip();
    return a.isEmpty() ? null : Integer.valueOf(Texts.asciiDigits(a));
  }

  /**
   * Registers the patient typed here: a new phone gets an account with this person as its holder;
   * on a phone that has one, this person is a family member (the booking then carries their name,
   * age and sex). Registration is idempotent by phone, so a retry after a dropped connection never
   * registers anyone twice.
   */
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
