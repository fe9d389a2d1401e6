package com.nirnoy.desk.ui.admin;

import com.nirnoy.desk.doctor.DoctorAdminService;
import com.nirnoy.desk.doctor.DoctorDetails;
import com.nirnoy.desk.doctor.DoctorForm;
import com.nirnoy.desk.doctor.DoctorStatus;
import com.nirnoy.desk.ui.FormState;
import com.nirnoy.desk.ui.TaskRunner;
import com.nirnoy.desk.user.Gender;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Add or edit a doctor in the platform's columns. A new doctor gets a platform account for the
 * phone typed. The form edits a copy: {@link #cancel()} puts the saved values back. Suspending a
 * doctor (or any status but approved) first lists the booked patients it strands ({@link
 * FormState#confirm()} then saves and marks them). A receptionist's attempt is refused by the
 * service ("Only an admin can change a doctor's fee ...") and shown as the message.
 */
public final class DoctorEditorViewModel {
  private final DoctorAdminService doctors;
  private final FormState form;
  private final ObservableList<DoctorDetails> list = FXCollections.observableArrayList();
  private final StringProperty nameEn = new SimpleStringProperty("");
  private final StringProperty nameBn = new SimpleStringProperty("");
  private final StringProperty title = new SimpleStringProperty("Dr.");
  private final ObjectProperty<Gender> gender = new SimpleObjectProperty<>();
  private final StringProperty specialty = new SimpleStringProperty("");
  private final StringProperty bmdcNumber = new SimpleStringProperty("");
  private final StringProperty phone = new SimpleStringProperty("");
  private final ObjectProperty<DoctorStatus> status =
      new SimpleObjectProperty<>(DoctorStatus.APPROVED);
  private final StringProperty experienceYears = new SimpleStringProperty("0");
  private final StringProperty fee = new SimpleStringProperty("");
  private final StringProperty followUpFee = new SimpleStringProperty("");
  private final StringProperty reportFee = new SimpleStringProperty("");
  private final BooleanProperty acceptNewPatients = new SimpleBooleanProperty(true);
  private DoctorDetails original;

  public DoctorEditorViewModel(TaskRunner tasks, DoctorAdminService doctors) {
    this.doctors = doctors;
    this.form =
        new FormState(
            tasks,
            "nameEn",
            "nameBn",
            "title",
            "gender",
            "specialty",
            "bmdcNumber",
            "phone",
            "status",
            "experienceYears",
            "fee",
            "followUpFee",
            "reportFee");
    for (StringProperty p :
        new StringProperty[] {
          nameEn,
          nameBn,
          title,
          specialty,
          bmdcNumber,
          phone,
          experienceYears,
          fee,
          followUpFee,
          reportFee
        }) {
      p.addListener((o, a, b) -> validate());
    }
    gender.addListener((o, a, b) -> validate());
    status.addListener((o, a, b) -> validate());
    acceptNewPatients.addListener((o, a, b) -> validate());
  }

  /** Loads every doctor (suspended ones too) for the admin's list. */
  public void load() {
    form.run(doctors::list, list::setAll);
  }

  /** An empty form for a new doctor (approved: the clinic adds doctors who sit with it). */
  public void newDoctor() {
    show(null);
  }

  /** Edits a copy of {@code d}. */
  public void edit(DoctorDetails d) {
    show(d);
  }

  /** Puts the saved values back (or empties a new form). */
  public void cancel() {
    show(original);
  }

  private void show(DoctorDetails d) {
    original = d;
    DoctorForm f = d == null ? null : d.toForm();
    nameEn.set(f == null ? "" : f.nameEn());
    nameBn.set(f == null ? "" : Typed.text(f.nameBn()));
    title.set(f == null ? "Dr." : Typed.text(f.title()));
    gender.set(f == null ? null : f.gender());
    specialty.set(f == null ? "" : f.specialty());
    bmdcNumber.set(f == null ? "" : Typed.text(f.bmdcNumber()));
    phone.set(f == null ? "" : Typed.text(f.phone()));
    status.set(f == null ? DoctorStatus.APPROVED : f.status());
    experienceYears.set(f == null ? "0" : Integer.toString(f.experienceYears()));
    fee.set(f == null ? "" : Typed.text(f.fee()));
    followUpFee.set(f == null ? "" : Typed.text(f.followUpFee()));
    reportFee.set(f == null ? "" : Typed.text(f.reportFee()));
    acceptNewPatients.set(f == null || f.acceptNewPatients());
    form.cancelConfirm();
    validate();
  }

  DoctorForm doctorForm() {
    return new DoctorForm(
        nameEn.get(),
        nameBn.get(),
        title.get(),
        gender.get(),
        specialty.get(),
        bmdcNumber.get(),
        phone.get(),
        status.get(),
        Typed.whole(experienceYears.get()),
        Typed.taka(fee.get()),
        Typed.taka(followUpFee.get()),
        Typed.taka(reportFee.get()),
        acceptNewPatients.get());
  }

  private void validate() {
    Map<String, String> problems = new LinkedHashMap<>(doctorForm().problems());
    unreadableFee(problems, "fee", fee, "Fees are Taka, e.g. 800");
    unreadableFee(problems, "followUpFee", followUpFee, "Fees are Taka, e.g. 500");
    unreadableFee(problems, "reportFee", reportFee, "Fees are Taka, e.g. 500");
    form.show(problems);
  }

  private static void unreadableFee(
      Map<String, String> problems, String field, StringProperty typed, String message) {
    if (!Typed.blank(typed.get()) && Typed.taka(typed.get()) == null) {
      problems.put(field, message);
    }
  }

  /**
   * Saves. A new doctor (with their platform account) is added at once; an edit that strands
   * appointments waits for {@link FormState#confirm()}. {@code onSaved} gets the saved doctor.
   */
  public void save(Consumer<DoctorDetails> onSaved) {
    if (!form.validProperty().get() || form.busyProperty().get()) {
      return;
    }
    DoctorForm f = doctorForm();
    Consumer<DoctorDetails> done =
        d -> {
          show(d);
          load();
          onSaved.accept(d);
        };
    if (original == null) {
      form.run(() -> doctors.create(f), done);
    } else {
      int id = original.id();
      form.saveWithPreview(() -> doctors.previewUpdate(id, f), () -> doctors.update(id, f), done);
    }
  }

  /** True while the form adds a new doctor (their phone then makes the platform account). */
  public boolean isNew() {
    return original == null;
  }

  public FormState form() {
    return form;
  }

  public ObservableList<DoctorDetails> doctors() {
    return list;
  }

  public StringProperty nameEnProperty() {
    return nameEn;
  }

  public StringProperty nameBnProperty() {
    return nameBn;
  }

  public StringProperty titleProperty() {
    return title;
  }

  public ObjectProperty<Gender> genderProperty() {
    return gender;
  }

  public StringProperty specialtyProperty() {
    return specialty;
  }

  public StringProperty bmdcNumberProperty() {
    return bmdcNumber;
  }

  public StringProperty phoneProperty() {
    return phone;
  }

  public ObjectProperty<DoctorStatus> statusProperty() {
    return status;
  }

  public StringProperty experienceYearsProperty() {
    return experienceYears;
  }

  public StringProperty feeProperty() {
    return fee;
  }

  public StringProperty followUpFeeProperty() {
    return followUpFee;
  }

  public StringProperty reportFeeProperty() {
    return reportFee;
  }

  public BooleanProperty acceptNewPatientsProperty() {
    return acceptNewPatients;
  }
}
