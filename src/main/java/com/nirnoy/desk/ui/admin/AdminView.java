package com.nirnoy.desk.ui.admin;

import com.nirnoy.desk.ui.Texts;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;

/**
 * The admin console (doctors with their chambers, weekly sessions, leave and history; patients to
 * call; staff accounts), as one node the main window includes.
 *
 * <p>How the main window uses it:
 *
 * <pre>{@code
 * <Tab fx:id="adminTab" text="%tab.admin">
 *   <fx:include fx:id="admin" source="admin/Admin.fxml"/>
 * </Tab>
 *
 * @FXML private AdminView adminController;
 * adminController.bind(adminViewModel, texts);  // once the AppContext is up, after each redraw
 * }</pre>
 *
 * {@code adminViewModel} is a {@code new AdminViewModel(tasks, appContext)}, made once per started
 * AppContext (so forms survive a language switch); {@code texts} is the window's current {@link
 * Texts}. Admin.fxml is only a placeholder: {@link #bind} loads AdminConsole.fxml into it with the
 * console's own bundle ({@code admin.properties}) in the language of {@code texts}, because
 * fx:include would hand the included file the main window's bundle. Call {@link #refresh()} when
 * the tab is shown or someone else signs in.
 */
public final class AdminView {
  @FXML private StackPane adminRoot;
  @FXML private Label adminNotice;
  @FXML private TabPane adminTabs;
  @FXML private Tab doctorsAdminTab;
  @FXML private Tab callsTab;
  @FXML private Tab staffTab;
  @FXML private DoctorsView doctorsController;
  private final com.nirnoy.desk.ui.ViewScope scope = new com.nirnoy.desk.ui.ViewScope();
  @FXML private CallListView callListController;
  @FXML private StaffView staffController;
  private AdminViewModel vm;

  /** Fills the console in the language of {@code texts} and loads its lists. */
  public void bind(AdminViewModel viewModel, Texts texts) {
    scope.close(); // a fresh ViewModel (after a sign-out): let go of the last one
    this.vm = viewModel;
    viewModel.useWords(new com.nirnoy.desk.ui.FormWords(texts));
    AdminWords w = new AdminWords(texts);
    FXMLLoader loader =
        new FXMLLoader(AdminView.class.getResource("AdminConsole.fxml"), w.bundle());
    loader.setController(this); // the console's nodes and included screens land in this view
    try {
      adminRoot.getChildren().setAll(loader.<Parent>load());
    } catch (IOException e) {
      throw new UncheckedIOException("The admin console's layout is missing from the build", e);
    }
    adminNotice.visibleProperty().bind(vm.canManageProperty().not());
    adminNotice.managedProperty().bind(adminNotice.visibleProperty());
    doctorsAdminTab.disableProperty().bind(vm.canManageProperty().not());
    staffTab.disableProperty().bind(vm.canManageStaffProperty().not());
    doctorsController.bind(vm, w, scope);
    callListController.bind(vm.callList(), w);
    staffController.bind(vm.staffAccounts(), w);
    callsTab.setOnSelectionChanged(
        e -> {
          if (callsTab.isSelected()) {
            vm.callList().load(); // a confirmed change may have marked more patients
          }
        });
    refresh();
  }

  /** Lets go of the ViewModel (the window is being redrawn in another language). */
  public void unbind() {
    scope.close();
  }

  /** Reads every list again and re-checks what the signed-in person may do. */
  public void refresh() {
    if (vm != null) {
      vm.refresh();
    }
  }

  /** The console's tabs (doctors, patients to call, staff), e.g. to open the call list. */
  public TabPane tabs() {
    return adminTabs;
  }
}
