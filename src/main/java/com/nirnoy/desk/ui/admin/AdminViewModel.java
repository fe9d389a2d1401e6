package com.nirnoy.desk.ui.admin;

import com.nirnoy.desk.app.AppContext;
import com.nirnoy.desk.doctor.DoctorDetails;
import com.nirnoy.desk.staff.Permission;
import com.nirnoy.desk.staff.StaffSession;
import com.nirnoy.desk.ui.TaskRunner;
import java.time.LocalDate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.transformation.FilteredList;

/**
 * The admin console: one ViewModel per sub-screen, and the doctor they all follow. Choosing a
 * doctor loads that doctor's form, chambers (each with its weekly session), leave and history. Make
 * it once (it keeps the forms across a language switch) and hand it to {@link AdminView#bind}.
 */
public final class AdminViewModel {
  private final StaffSession staff;
  private final DoctorEditorViewModel doctor;
  private final ChamberEditorViewModel chambers;
  private final LeaveEditorViewModel leave;
  private final HistoryViewModel history;
  private final StaffAccountsViewModel staffAccounts;
  private final CallListViewModel callList;
  private final ObjectProperty<DoctorDetails> selected = new SimpleObjectProperty<>();
  private final BooleanProperty canManage = new SimpleBooleanProperty(false);
  private final BooleanProperty canManageStaff = new SimpleBooleanProperty(false);
  private final StringProperty doctorSearch = new SimpleStringProperty("");
  private final FilteredList<DoctorDetails> shownDoctors;

  public AdminViewModel(TaskRunner tasks, AppContext app) {
    this.staff = app.staff();
    this.doctor = new DoctorEditorViewModel(tasks, app.doctorAdmin());
    this.chambers = new ChamberEditorViewModel(tasks, app.chamberAdmin());
    this.leave = new LeaveEditorViewModel(tasks, app.leave(), LocalDate.now(app.clock()));
    this.history = new HistoryViewModel(tasks, app.history());
    this.staffAccounts = new StaffAccountsViewModel(tasks, app.staffAccounts());
    this.callList = new CallListViewModel(tasks, app.stranded());
    selected.addListener((o, a, d) -> follow(d));
    shownDoctors = new FilteredList<>(doctor.doctors());
    doctorSearch.addListener((o, a, typed) -> shownDoctors.setPredicate(d -> matches(d, typed)));
  }

  /** Reads the lists again (when the console is shown, or after someone signs in). */
  public void refresh() {
    canManage.set(staff.can(Permission.MANAGE_DOCTORS));
    canManageStaff.set(staff.can(Permission.MANAGE_STAFF));
    if (canManage.get()) {
      doctor.load();
    }
    if (canManageStaff.get()) {
      staffAccounts.load();
    }
    if (staff.can(Permission.FRONT_DESK)) {
      callList.load();
    }
    // the per-doctor forms keep what is typed in them: they reload when another doctor is chosen
  }

  /** An empty doctor form; the doctor's other screens stay empty until it is saved. */
  public void newDoctor() {
    selected.set(null);
    doctor.newDoctor();
  }

  /** Saves the doctor form; the saved doctor becomes the one the screens follow. */
  public void saveDoctor() {
    doctor.save(
        saved -> {
          if (selected.get() != null && selected.get().id() == saved.id()) {
            history.showDoctor(saved.id());
          } else {
            selected.set(saved);
          }
        });
  }

  /** Either name, BMDC number, specialty or phone contains what was typed (any case). */
  static boolean matches(DoctorDetails d, String typed) {
    String t = typed == null ? "" : typed.strip().toLowerCase(java.util.Locale.ROOT);
    return t.isEmpty()
        || String.join(
                " ",
                d.nameEn(),
                Typed.text(d.nameBn()),
                Typed.text(d.bmdcNumber()),
                d.specialty(),
                Typed.text(d.phone()))
            .toLowerCase(java.util.Locale.ROOT)
            .contains(t);
  }

  private void follow(DoctorDetails d) {
    if (d == null) {
      return;
    }
    doctor.edit(d);
    chambers.load(d.id());
    leave.load(d.id());
    history.showDoctor(d.id());
  }

  /** The doctor every per-doctor screen shows (null: none yet, e.g. while adding one). */
  public ObjectProperty<DoctorDetails> selectedProperty() {
    return selected;
  }

  /** Whoever is signed in may manage doctors, chambers (with their sessions) and leave. */
  public BooleanProperty canManageProperty() {
    return canManage;
  }

  public BooleanProperty canManageStaffProperty() {
    return canManageStaff;
  }

  /** What the doctor list is filtered by. */
  public StringProperty doctorSearchProperty() {
    return doctorSearch;
  }

  /** The doctors the search lets through (every doctor, suspended too, when it is empty). */
  public FilteredList<DoctorDetails> shownDoctors() {
    return shownDoctors;
  }

  /** Every form's messages in the screen's language. */
  public void useWords(com.nirnoy.desk.ui.FormWords words) {
    doctor.form().useWords(words);
    chambers.form().useWords(words);
    leave.form().useWords(words);
    staffAccounts.form().useWords(words);
  }

  public DoctorEditorViewModel doctor() {
    return doctor;
  }

  public ChamberEditorViewModel chambers() {
    return chambers;
  }

  public LeaveEditorViewModel leave() {
    return leave;
  }

  public HistoryViewModel history() {
    return history;
  }

  public StaffAccountsViewModel staffAccounts() {
    return staffAccounts;
  }

  public CallListViewModel callList() {
    return callList;
  }
}
