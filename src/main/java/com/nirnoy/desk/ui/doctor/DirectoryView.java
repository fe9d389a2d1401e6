package com.nirnoy.desk.ui.doctor;

import com.nirnoy.desk.doctor.DoctorListing;
import com.nirnoy.desk.ui.Texts;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;

/** Binds Directory.fxml to {@link DirectoryViewModel}; nothing else. */
public final class DirectoryView {
  @FXML private TextField searchField;
  @FXML private ComboBox<String> specialtyBox;
  @FXML private TextField areaField;
  @FXML private TextField minFeeField;
  @FXML private TextField maxFeeField;
  @FXML private CheckBox availableToday;
  @FXML private ProgressIndicator directoryBusy;
  @FXML private Label feeError;
  @FXML private ListView<DoctorListing> doctorList;
  @FXML private Button loadMore;
  private Integer lastSelectedId;
  private final com.nirnoy.desk.ui.ViewScope scope = new com.nirnoy.desk.ui.ViewScope();

  /** Lets go of the ViewModel (the window is being redrawn in another language). */
  public void unbind() {
    scope.close();
  }

  public void bind(DirectoryViewModel d, ObservableValue<Texts> texts) {
    searchField.textProperty().bindBidirectional(d.textProperty());
    specialtyBox.setItems(d.specialties());
    specialtyBox.setValue(
        d.specialtyProperty().get().isEmpty() ? null : d.specialtyProperty().get());
    specialtyBox
        .valueProperty()
        .addListener((o, a, v) -> d.specialtyProperty().set(v == null ? "" : v));
    areaField.textProperty().bindBidirectional(d.areaProperty());
    minFeeField.textProperty().bindBidirectional(d.minFeeProperty());
    maxFeeField.textProperty().bindBidirectional(d.maxFeeProperty());
    availableToday.selectedProperty().bindBidirectional(d.availableTodayProperty());
    feeError
        .textProperty()
        .bind(
            Bindings.when(d.errorProperty().isEmpty())
                .then(d.feeErrorProperty())
                .otherwise(d.errorProperty()));
    feeError.managedProperty().bind(feeError.textProperty().isNotEmpty());
    directoryBusy.visibleProperty().bind(d.busyProperty());
    doctorList.setItems(d.results());
    doctorList.setCellFactory(l -> new DoctorCell(texts));
    DoctorListing keep = d.selectedProperty().get(); // redrawn in another language: same doctor
    d.selectedProperty().unbind();
    if (keep != null) {
      doctorList.getSelectionModel().select(keep);
    }
    d.selectedProperty().bind(doctorList.getSelectionModel().selectedItemProperty());
    doctorList
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, a, now) -> {
              if (now != null) {
                lastSelectedId = now.id();
              }
            });
    scope.listen(
        d.results(), (javafx.collections.ListChangeListener<DoctorListing>) c -> keepSelection());
    loadMore.visibleProperty().bind(d.hasMoreProperty());
    loadMore.setOnAction(e -> d.loadMore());
  }

  /** A refreshed list keeps the same doctor selected when it is still in it. */
  private void keepSelection() {
    if (lastSelectedId != null && doctorList.getSelectionModel().getSelectedItem() == null) {
      doctorList.getItems().stream()
          .filter(x -> x.id() == lastSelectedId)
          .findFirst()
          .ifPresent(doctorList.getSelectionModel()::select);
    }
  }

  /** Puts the cursor in the search box (Ctrl+F). */
  public void focusSearch() {
    searchField.requestFocus();
    searchField.selectAll();
  }

  /**
   * A doctor in the directory: name (the Bangla one in Bangla), then specialty, new-patient fee and
   * rating, then chambers.
   */
  private static final class DoctorCell extends ListCell<DoctorListing> {
    private final ObservableValue<Texts> texts;

    DoctorCell(ObservableValue<Texts> texts) {
      this.texts = texts;
      setStyle("-fx-cell-size: 6.2em;"); // three lines; the theme's default fits one
    }

    @Override
    protected void updateItem(DoctorListing d, boolean empty) {
      super.updateItem(d, empty);
      Texts t = texts.getValue();
      setText(
          empty || d == null
              ? null
              : t.doctor(d)
                  + "\n"
                  + d.specialty(t.isBangla())
                  + "  ·  "
                  + t.fee(d.fee())
                  + "  ·  ★ "
                  + t.rating(d.rating())
                  + (d.isBookable() ? "" : "  ·  " + t.get("doctor.status." + d.status().name()))
                  + "\n"
                  + String.join(", ", d.chambers()));
    }
  }
}
