package com.nirnoy.desk.ui.admin;

import com.nirnoy.desk.chamber.ChamberAdminService;
import com.nirnoy.desk.chamber.ChamberDetails;
import com.nirnoy.desk.chamber.ChamberFees;
import com.nirnoy.desk.chamber.ChamberForm;
import com.nirnoy.desk.chamber.ClinicChoice;
import com.nirnoy.desk.chamber.SessionDetails;
import com.nirnoy.desk.chamber.SessionForm;
import com.nirnoy.desk.ui.FormState;
import com.nirnoy.desk.ui.TaskRunner;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;

/**
 * A doctor's chambers (a doctor may sit at several) with their weekly sessions: the list, and a
 * form to add or edit one (a copy; Cancel restores it): the place (optionally one of the platform's
 * clinics), the weekdays it sits, its hours, minutes per patient and most serials, and its own
 * fees. A second session on a day is another chamber at the same place. A session that overlaps
 * another of the doctor's, on a shared day, is refused naming the one in the way. Closing a
 * chamber, shorter hours, a lower cap or a dropped day first lists the patients it strands.
 */
public final class ChamberEditorViewModel {
  private final ChamberAdminService chambers;
  private final FormState form;
  private final ObservableList<ChamberDetails> list = FXCollections.observableArrayList();
  private final ObservableList<SessionDetails> sessions = FXCollections.observableArrayList();
  private final ObservableList<ClinicChoice> clinicChoices = FXCollections.observableArrayList();
  private final StringProperty name = new SimpleStringProperty("");
  private final StringProperty address = new SimpleStringProperty("");
  private final StringProperty area = new SimpleStringProperty("");
  private final StringProperty city = new SimpleStringProperty("Dhaka");
  private final StringProperty phone = new SimpleStringProperty("");
  private final ObjectProperty<ClinicChoice> clinic = new SimpleObjectProperty<>();
  private final ObservableSet<DayOfWeek> days = FXCollections.observableSet();
  private final StringProperty start = new SimpleStringProperty("17:00");
  private final StringProperty end = new SimpleStringProperty("21:00");
  private final StringProperty slotMinutes = new SimpleStringProperty("15");
  private final StringProperty maxPatients = new SimpleStringProperty("16");
  private final StringProperty consultationFee = new SimpleStringProperty("");
  private final StringProperty followUpFee = new SimpleStringProperty("");
  private final StringProperty reportCheckFee = new SimpleStringProperty("");
  private final BooleanProperty active = new SimpleBooleanProperty(true);
  private final BooleanProperty loading = new SimpleBooleanProperty(false);
  private Integer doctorId;
  private ChamberDetails original;

  public ChamberEditorViewModel(TaskRunner tasks, ChamberAdminService chambers) {
    this.chambers = chambers;
    this.form =
        new FormState(
            tasks,
            "name",
            "address",
            "area",
            "city",
            "phone",
            "days",
            "start",
            "end",
            "slotMinutes",
            "maxPatients",
            "consultationFee",
            "followUpFee",
            "reportCheckFee");
    for (StringProperty p :
        new StringProperty[] {
          name,
          address,
          area,
          city,
          phone,
          start,
          end,
          slotMinutes,
          maxPatients,
          consultationFee,
          followUpFee,
          reportCheckFee
        }) {
      p.addListener((o, a, b) -> validate());
    }
    active.addListener((o, a, b) -> validate());
    days.addListener((SetChangeListener<DayOfWeek>) c -> validate());
    clinic.addListener((o, a, chosen) -> fillFrom(chosen));
  }

  /** Loads the doctor's chambers and the clinics to choose from; the form starts a new chamber. */
  public void load(int forDoctorId) {
    doctorId = forDoctorId;
    form.run(() -> chambers.chambersOf(forDoctorId), l -> showFor(forDoctorId, l));
    form.run(chambers::clinics, clinicChoices::setAll);
    edit(null);
  }

  /** Edits a copy of {@code c}, or starts a new chamber when null. */
  public void edit(ChamberDetails c) {
    original = c;
    loading.set(true);
    try {
      ChamberForm f = c == null ? blank() : c.toForm();
      name.set(f.name());
      address.set(f.address());
      area.set(f.area());
      city.set(f.city());
      phone.set(Typed.text(f.phone()));
      clinic.set(
          f.clinicId() == null
              ? null
              : clinicChoices.stream()
                  .filter(k -> k.id() == f.clinicId())
                  .findFirst()
                  .orElse(null));
      days.clear();
      days.addAll(f.schedule().days());
      start.set(f.schedule().start().toString());
      end.set(f.schedule().end().toString());
      slotMinutes.set(Integer.toString(f.schedule().slotMinutes()));
      maxPatients.set(Typed.text(f.schedule().maxPatients()));
      consultationFee.set(Typed.text(f.fees().consultationFee()));
      followUpFee.set(Typed.text(f.fees().followUpFee()));
      reportCheckFee.set(Typed.text(f.fees().reportCheckFee()));
      active.set(f.active());
    } finally {
      loading.set(false);
    }
    form.cancelConfirm();
    validate();
  }

  private static ChamberForm blank() {
    return new ChamberForm(
        "",
        "",
        "",
        "Dhaka",
        "",
        null,
        new SessionForm(
            Set.of(), java.time.LocalTime.of(17, 0), java.time.LocalTime.of(21, 0), 15, 16),
        ChamberFees.NONE,
        true);
  }

  /** A clinic chosen for a new chamber fills the place's empty fields from the clinic. */
  private void fillFrom(ClinicChoice chosen) {
    if (chosen == null || loading.get()) {
      return;
    }
    fillIfBlank(name, chosen.name());
    fillIfBlank(address, chosen.address());
    fillIfBlank(area, chosen.area());
    fillIfBlank(city, chosen.city());
  }

  private static void fillIfBlank(StringProperty field, String value) {
    if (Typed.blank(field.get()) && value != null) {
      field.set(value);
    }
  }

  public void cancel() {
    edit(original);
  }

  ChamberForm chamberForm() {
    return new ChamberForm(
        name.get(),
        address.get(),
        area.get(),
        city.get(),
        phone.get(),
        clinic.get() == null ? null : clinic.get().id(),
        new SessionForm(
            days.isEmpty() ? Set.of() : EnumSet.copyOf(days),
            Typed.time(start.get()),
            Typed.time(end.get()),
            Typed.whole(slotMinutes.get()),
            Typed.blank(maxPatients.get()) ? null : Typed.whole(maxPatients.get())),
        new ChamberFees(
            Typed.taka(consultationFee.get()),
            Typed.taka(followUpFee.get()),
            Typed.taka(reportCheckFee.get())),
        active.get());
  }

  private void validate() {
    if (loading.get()) {
      return;
    }
    Map<String, String> problems = new LinkedHashMap<>(chamberForm().problems());
    if (!Typed.blank(start.get()) && Typed.time(start.get()) == null) {
      problems.put("start", "Times look like 17:00");
    }
    if (!Typed.blank(end.get()) && Typed.time(end.get()) == null) {
      problems.put("end", "Times look like 21:00");
    }
    for (var fee :
        Map.of(
                "consultationFee", consultationFee,
                "followUpFee", followUpFee,
                "reportCheckFee", reportCheckFee)
            .entrySet()) {
      if (!Typed.blank(fee.getValue().get()) && Typed.taka(fee.getValue().get()) == null) {
        problems.put(fee.getKey(), "Fees are Taka, e.g. 800");
      }
    }
    form.show(problems);
  }

  /** Adds the chamber, or saves the edit (after confirming stranded patients, if any). */
  public void save() {
    if (!form.validProperty().get() || form.busyProperty().get()) {
      return;
    }
    ChamberForm f = chamberForm();
    int forDoctor = doctorId;
    if (original == null) {
      form.run(
          () -> chambers.create(forDoctor, f),
          c -> {
            if (doctorId != null && forDoctor == doctorId) {
              load(forDoctor); // the admin may have moved on to another doctor meanwhile
            }
          });
    } else {
      int id = original.id();
      form.saveWithPreview(
          () -> chambers.previewUpdate(id, f),
          () -> chambers.update(id, f),
          c -> {
            if (doctorId != null && forDoctor == doctorId) {
              load(forDoctor);
            }
          });
    }
  }

  /** A late answer for a doctor no longer shown is dropped. */
  private void showFor(int forDoctorId, List<ChamberDetails> found) {
    if (doctorId != null && forDoctorId == doctorId) {
      list.setAll(found);
      sessions.setAll(
          found.stream()
              .flatMap(c -> c.sessions().stream())
              .sorted(
                  java.util.Comparator.comparing(
                          (SessionDetails s) ->
                              com.nirnoy.desk.chamber.WeeklyDays.WEEK.indexOf(s.day()))
                      .thenComparing(SessionDetails::start))
              .toList());
    }
  }

  public FormState form() {
    return form;
  }

  public ObservableList<ChamberDetails> chambers() {
    return list;
  }

  /** The doctor's week: each chamber's session on each of its days, by day and time. */
  public ObservableList<SessionDetails> sessions() {
    return sessions;
  }

  public ObservableList<ClinicChoice> clinicChoices() {
    return clinicChoices;
  }

  /** The clinic the chamber is in, or null for none. */
  public ObjectProperty<ClinicChoice> clinicProperty() {
    return clinic;
  }

  /** The weekdays the chamber sits (Saturday to Friday). */
  public ObservableSet<DayOfWeek> days() {
    return days;
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

  public StringProperty startProperty() {
    return start;
  }

  public StringProperty endProperty() {
    return end;
  }

  public StringProperty slotMinutesProperty() {
    return slotMinutes;
  }

  /** Most serials a day; empty for as many as the hours hold. */
  public StringProperty maxPatientsProperty() {
    return maxPatients;
  }

  public StringProperty consultationFeeProperty() {
    return consultationFee;
  }

  public StringProperty followUpFeeProperty() {
    return followUpFee;
  }

  public StringProperty reportCheckFeeProperty() {
    return reportCheckFee;
  }

  public BooleanProperty activeProperty() {
    return active;
  }
}
