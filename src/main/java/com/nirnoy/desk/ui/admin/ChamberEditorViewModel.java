package com.nirnoy.desk.ui.admin;

import com.nirnoy.desk.chamber.ChamberAdminService;
import com.nirnoy.desk.chamber.ChamberDetails;
import com.nirnoy.desk.chamber.ChamberForm;
import com.nirnoy.desk.ui.FormState;
import com.nirnoy.desk.ui.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A doctor's chambers (a doctor may sit at several): the list and a form to add or edit one (a
 * copy; Cancel restores it). Closing a chamber first lists the patients it strands.
 */
public final class ChamberEditorViewModel {
  private final ChamberAdminService chambers;
  private final FormState form;
  private final ObservableList<ChamberDetails> list = FXCollections.observableArrayList();
  private final StringProperty name = new SimpleStringProperty("");
  private final StringProperty address = new SimpleStringProperty("");
  private final StringProperty area = new SimpleStringProperty("");
  private final StringProperty city = new SimpleStringProperty("Dhaka");
  private final StringProperty phone = new SimpleStringProperty("");
  private final BooleanProperty active = new SimpleBooleanProperty(true);
  private String doctorId;
  private ChamberDetails original;

  public ChamberEditorViewModel(TaskRunner tasks, ChamberAdminService chambers) {
    this.chambers = chambers;
    this.form = new FormState(tasks, "name", "address", "area", "city", "phone");
    for (StringProperty p : new StringProperty[] {name, address, area, city, phone}) {
      p.addListener((o, a, b) -> validate());
    }
    active.addListener((o, a, b) -> validate());
  }

  public void load(String forDoctorId) {
    doctorId = forDoctorId;
    form.run(() -> chambers.chambersOf(forDoctorId), l -> showFor(forDoctorId, l));
    edit(null);
  }

  /** Edits a copy of {@code c}, or starts a new chamber when null. */
  public void edit(ChamberDetails c) {
    original = c;
    ChamberForm f = c == null ? new ChamberForm("", "", "", "Dhaka", "", true) : c.toForm();
    name.set(f.name());
    address.set(f.address());
    area.set(f.area());
    city.set(f.city());
    phone.set(Typed.text(f.phone()));
    active.set(f.active());
    form.cancelConfirm();
    validate();
  }

  public void cancel() {
    edit(original);
  }

  ChamberForm chamberForm() {
    return new ChamberForm(
        name.get(), address.get(), area.get(), city.get(), phone.get(), active.get());
  }

  private void validate() {
    form.show(chamberForm().problems());
  }

  public void save() {
    if (!form.validProperty().get() || form.busyProperty().get()) {
      return;
    }
    ChamberForm f = chamberForm();
    if (original == null) {
      String id = doctorId;
      form.run(
          () -> chambers.create(id, f),
          c -> {
            if (id.equals(doctorId)) {
              load(id); // the admin may have moved on to another doctor meanwhile
            }
          });
    } else {
      String id = original.id();
      form.saveWithPreview(
          () -> chambers.previewUpdate(id, f), () -> chambers.update(id, f), c -> load(doctorId));
    }
  }

  /** A late answer for a doctor no longer shown is dropped. */
  private void showFor(String forDoctorId, java.util.List<ChamberDetails> found) {
    if (forDoctorId.equals(doctorId)) {
      list.setAll(found);
    }
  }

  public FormState form() {
    return form;
  }

  public ObservableList<ChamberDetails> chambers() {
    return list;
  }

  public StringProperty nameProperty() {
    return name;
  }

  public StringProperty addressProperty() {
    return address;
  }

  public StringProperty areaProperty() {
    return area;
  }

  public StringProperty cityProperty() {
    return city;
  }

  public StringProperty phoneProperty() {
    return phone;
  }

  public BooleanProperty activeProperty() {
    return active;
  }
}
