package com.nirnoy.desk.ui.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import com.nirnoy.desk.app.DeskEntities;
import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.doctor.DoctorDirectory;
import com.nirnoy.desk.doctor.DoctorListing;
import com.nirnoy.desk.testing.Fixtures;
import com.nirnoy.desk.testing.TestDatabases;
import com.nirnoy.desk.ui.TaskRunner;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DirectoryViewModelTest {
  private static Database db;
  private static DoctorDirectory directory;
  private DirectoryViewModel vm;

  @BeforeAll
  static void open() {
    db = Database.open(TestDatabases.freshDatabase(), DeskEntities.ALL);
    Fixtures fx = new Fixtures(db.dataSource());
    for (int i = 0; i < 120; i++) {
      int d =
          fx.doctor(
              "Doctor " + String.format("%03d", i),
              i % 3 == 0 ? "Cardiology" : "Medicine",
              400 + i * 10);
      fx.chamber(d, "Centre " + (i % 4), i % 2 == 0 ? "Dhanmondi" : "Mirpur");
    }
    fx.doctor("Farhana Rahman", "Gynaecology", 1500);
    directory = new DoctorDirectory(db, Clock.systemUTC());
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @BeforeEach
  void start() {
    vm =
        new DirectoryViewModel(
            TaskRunner.SAME_THREAD,
            directory,
            new javafx.beans.property.SimpleObjectProperty<>(com.nirnoy.desk.ui.Texts.ENGLISH));
    vm.start();
  }

  @Test
  void theFirstPageComesAtOnceAndMoreOnRequest() {
    assertThat(vm.results()).hasSize(DirectoryViewModel.PAGE);
    assertThat(vm.hasMoreProperty().get()).isTrue();

    vm.loadMore();
    vm.loadMore();

    assertThat(vm.results()).hasSize(121);
    assertThat(vm.hasMoreProperty().get()).isFalse();
    assertThat(vm.specialties()).containsExactly("Cardiology", "Gynaecology", "Medicine");
  }

  @Test
  void typingSearchesAsYouType() {
    vm.textProperty().set("rah");

    assertThat(vm.results()).extracting(DoctorListing::name).containsExactly("Farhana Rahman");
  }

  @Test
  void filtersCombineAndAFeeThatIsNotANumberSaysSoWithoutSearching() {
    vm.specialtyProperty().set("Cardiology");
    vm.areaProperty().set("Dhanmondi");
    vm.maxFeeProperty().set("৳1,000");

    assertThat(vm.results())
        .isNotEmpty()
        .allSatisfy(
            d -> {
              assertThat(d.specialty()).isEqualTo("Cardiology");
              assertThat(d.fee()).isLessThanOrEqualTo(1000);
              assertThat(d.chambers()).anySatisfy(c -> assertThat(c).contains("Dhanmondi"));
            });
    int before = vm.results().size();
    vm.minFeeProperty().set("lots");
    assertThat(vm.feeErrorProperty().get()).isEqualTo("Fees are whole Taka, e.g. 500");
    assertThat(vm.results()).hasSize(before);
    vm.minFeeProperty().set("2000");
    assertThat(vm.feeErrorProperty().get()).isEqualTo("The lowest fee is above the highest");
  }
}
