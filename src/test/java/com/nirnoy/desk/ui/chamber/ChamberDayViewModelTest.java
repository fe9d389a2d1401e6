package com.nirnoy.desk.ui.chamber;

import static org.assertj.core.api.Assertions.assertThat;

import com.nirnoy.desk.app.DeskEntities;
import com.nirnoy.desk.booking.AppointmentQueries;
import com.nirnoy.desk.booking.BookingRequest;
import com.nirnoy.desk.booking.BookingService;
import com.nirnoy.desk.chamber.ChamberPlaces;
import com.nirnoy.desk.chamber.ChamberPlaces.Place;
import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.testing.Fixtures;
import com.nirnoy.desk.testing.TestDatabases;
import com.nirnoy.desk.ui.AppointmentRow;
import com.nirnoy.desk.ui.Languages;
import com.nirnoy.desk.ui.TaskRunner;
import com.nirnoy.desk.ui.Texts;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ChamberDayViewModelTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-06T03:00:00Z"), ZoneId.of("Asia/Dhaka"));
  private static final LocalDate SUNDAY = LocalDate.of(2026, 12, 6);
  private static Database db;
  private final ObjectProperty<Texts> language = new SimpleObjectProperty<>(Texts.ENGLISH);

  @BeforeAll
  static void clinic() {
    db = Database.open(TestDatabases.freshDatabase(), DeskEntities.ALL);
    Fixtures fx = new Fixtures(db.dataSource());
    BookingService booking =
        new BookingService(db, CLOCK, com.nirnoy.desk.testing.TestStaff.receptionist(db));
    int farhana = fx.doctor("Farhana Rahman", "Gynaecology", 1000);
    fx.execute(
        "UPDATE \"Doctor\" SET \"nameBn\" = 'ফারহানা রহমান', \"updatedAt\" = now() WHERE id = ?",
        farhana);
    int kamal = fx.doctor("Kamal Hossain", "Cardiology", 1200); // no Bangla name
    int popular = fx.clinic("Popular Diagnostic Centre", "Dhanmondi");
    int labaidClinic = fx.clinic("Labaid Hospital", "Gulshan");
    int popular1 = sunday(fx, farhana, popular, "Popular Diagnostic Centre", "Dhanmondi", 17);
    int popular2 = sunday(fx, kamal, popular, "Popular Diagnostic Centre", "Dhanmondi", 18);
    int labaid = sunday(fx, kamal, labaidClinic, "Labaid Hospital", "Gulshan", 10);
    book(booking, fx, "Rahima Begum", farhana, popular1, LocalTime.of(17, 30));
    book(booking, fx, "Sumon Mia", farhana, popular1, LocalTime.of(17, 0));
    book(booking, fx, "Nadia Islam", kamal, popular2, LocalTime.of(18, 15));
    book(booking, fx, "Karim Uddin", kamal, labaid, LocalTime.of(10, 0));
  }

  /** The doctor's chamber at the clinic, sitting Sundays for an hour from {@code hour}. */
  private static int sunday(
      Fixtures fx, int doctor, int clinic, String name, String area, int hour) {
    return fx.chamber(
        doctor, clinic, name, area, "Sun", LocalTime.of(hour, 0), LocalTime.of(hour + 1, 0), 15, 4);
  }

  private static void book(
      BookingService b, Fixtures fx, String patient, int doctor, int chamber, LocalTime at) {
    String phone = "+88017110" + String.format("%05d", Math.abs(patient.hashCode()) % 100000);
    b.book(
        BookingRequest.of(
            fx.patient(patient, phone), doctor, chamber, SUNDAY, at, at.plusMinutes(15)));
  }

  @AfterAll
  static void close() {
    db.close();
  }

  private ChamberDayViewModel vm() {
    ChamberDayViewModel vm =
        new ChamberDayViewModel(
            TaskRunner.SAME_THREAD,
            new ChamberPlaces(db),
            new AppointmentQueries(db),
            language,
            SUNDAY);
    vm.start();
    return vm;
  }

  @Test
  void aClinicWhereTwoDoctorsSitIsOneChoiceAndItsListRunsByDoctorThenSerial() {
    ChamberDayViewModel vm = vm();
    assertThat(vm.places())
        .extracting(Place::name)
        .containsExactly(null, "Labaid Hospital", "Popular Diagnostic Centre");
    Place popular = vm.places().get(2);
    assertThat(popular.doctors()).isEqualTo(2);

    vm.placeProperty().set(popular);

    assertThat(vm.rows())
        .extracting(AppointmentRow::doctor, AppointmentRow::serial, AppointmentRow::patient)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Dr. Farhana Rahman", "1", "Sumon Mia"),
            org.assertj.core.groups.Tuple.tuple("Dr. Farhana Rahman", "3", "Rahima Begum"),
            org.assertj.core.groups.Tuple.tuple("Dr. Kamal Hossain", "2", "Nadia Islam"));
    assertThat(vm.summaryProperty().get()).isEqualTo("3 appointments");
  }

  @Test
  void allChambersIsTheWholeClinicsDayAndBanglaUsesBanglaDigits() {
    ChamberDayViewModel vm = vm();
    assertThat(vm.rows()).hasSize(4);

    language.set(Texts.of(Languages.BANGLA));

    assertThat(vm.summaryProperty().get()).isEqualTo("৪টি অ্যাপয়েন্টমেন্ট");
  }

  @Test
  void inBanglaADoctorWithABanglaNameIsNamedInBangla() {
    ChamberDayViewModel vm = vm();
    assertThat(vm.rows()).extracting(AppointmentRow::doctor).contains("Dr. Farhana Rahman");

    language.set(Texts.of(Languages.BANGLA));

    assertThat(vm.rows())
        .extracting(AppointmentRow::doctor)
        .contains("ডা. ফারহানা রহমান")
        .as("no Bangla name: the English one")
        .contains("Dr. Kamal Hossain")
        .doesNotContain("Dr. Farhana Rahman");
  }
}
