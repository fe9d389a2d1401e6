package com.nirnoy.desk.ui.admin;

import com.nirnoy.desk.doctor.DoctorAdminService;
import com.nirnoy.desk.doctor.DoctorDetails;
import com.nirnoy.desk.doctor.DoctorForm;
import com.nirnoy.desk.doctor.DoctorStatus;
import com.nirnoy.desk.ui.FormState;
import com.nirnoy.desk.ui.TaskRunner;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Add or edit a doctor. The form edits a copy: {@link #cancel()} puts the saved values back. Making
 * a doctor inactive or on leave first lists the booked patients it strands ({@link
 * FormState#confirm()} then saves and marks them). A receptionist's attempt is refused by the
 * service ("Only an admin can change a doctor's fee ...") and shown as the message.
 */
public final class DoctorEditorViewModel {
  private final DoctorAdminService doctors;
  private final FormState form;
  private final ObservableList<DoctorDetails> list = FXCollections.observableArrayList();
  private final StringProperty name = new SimpleStringProperty("");
  private final StringProperty bmdcNumber = new SimpleStringProperty("");
  private final StringProperty specialty = new SimpleStringProperty("");
  private final StringProperty qualifications = new SimpleStringProperty("");
  private final StringProperty fee = new SimpleStringProperty("");
  private final StringProperty followUpFee = new SimpleStringProperty("");
  private final ObjectProperty<DoctorStatus> status =
      new SimpleObjectProperty<>(DoctorStatus.ACTIVE);
  private final StringProperty phone = new SimpleStringProperty("");
  private final StringProperty photoUrl = new SimpleStringProperty("");
  private DoctorDetails original;

  public DoctorEditorViewModel(TaskRunner tasks, DoctorAdminService doctors) {
    this.doctors = doctors;
    this.form =
        new FormState(
            tasks, "name", "bmdcNumber", "specialty", "fee", "followUpFee", "status", "phone");
    for (StringProperty p :
        new StringProperty[] {
          name, bmdcNumber, specialty, qualifications, fee, followUpFee, phone, photoUrl
        }) {
      p.addListener((o, a, b) -> validate());
    }
    status.addListener((o, a, b) -> validate());
  }

  /** Loads every doctor (inactive ones too) for the admin's list. */
  public void load() {
    form.run(doctors::list, list::setAll);
  }

  /** An empty form for a new doctor. */
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
    name.set(d == null ? "" : d.name());
    bmdcNumber.set(d == null ? "" : Typed.text(d.bmdcNumber()));
    specialty.set(d == null ? "" : d.specialty());
    qualifications.set(d == null ? "" : Typed.text(d.qualifications()));
    fee.set(d == null ? "" : d.fee().stripTrailingZeros().toPlainString());
    followUpFee.set(
        d == null || d.followUpFee() == null
            ? ""
            : d.followUpFee().stripTrailingZeros().toPlainString());
    status.set(d == null ? DoctorStatus.ACTIVE : d.status());
    phone.set(d == null ? "" : Typed.text(d.phone()));
    photoUrl.set(d == null ? "" : Typed.text(d.photoUrl()));
    form.cancelConfirm();
    validate();
  }

  DoctorForm doctorForm() {
    return new DoctorForm(
        name.get(),
        bmdcNumber.get(),
        specialty.get(),
        qualifications.get(),
        Typed.taka(fee.get()),
        Typed.taka(followUpFee.get()),
        status.get(),
        phone.get(),
        photoUrl.get());
  }

  private void validate() {
    Map<String, String> problems = new LinkedHashMap<>(doctorForm().problems());
    if (!Typed.blank(fee.get()) && Typed.taka(fee.get()) == null) {
      problems.put("fee", "Fees are Taka, e.g. 800");
    }
    if (!Typed.blank(followUpFee.get()) && Typed.taka(followUpFee.get()) == null) {
      problems.put("followUpFee", "Fees are Taka, e.g. 500");
    }
    form.show(problems);
  }

  /**
   * Saves. A new doctor is added at once; an edit that strands appointments waits for {@link
   * FormState#confirm()}. {@code onSaved} gets the saved doctor.
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
      String id = original.id();
      form.saveWithPreview(() -> doctors.previewUpdate(id, f), () -> doctors.update(id, f), done);
    }
  }

  public FormState form() {
    return form;
  }

  public ObservableList<DoctorDetails> doctors() {
    return list;
  }

  public StringProperty nameProperty() {
    return name;
  }

  public StringProperty bmdcNumberProperty() {
    return bmdcNumber;
  }

  public StringProperty specialtyProperty() {
    return specialty;
  }

  public StringProperty qualificationsProperty() {
    return qualifications;
  }

  public StringProperty feeProperty() {
    return fee;
  }

  public StringProperty followUpFeeProperty() {
    return followUpFee;
  }

  public ObjectProperty<DoctorStatus> statusProperty() {
    return status;
  }

  public StringProperty phoneProperty() {
    return phone;
  }

  public StringProperty photoUrlProperty() {
    return photoUrl;
  }
}
