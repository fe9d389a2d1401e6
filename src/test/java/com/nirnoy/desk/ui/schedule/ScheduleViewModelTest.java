package com.nirnoy.desk.ui.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.nirnoy.desk.app.DeskEntities;
import com.nirnoy.desk.booking.AppointmentQueries;
import com.nirnoy.desk.booking.AppointmentStatus;
import com.nirnoy.desk.booking.BookingRequest;
import com.nirnoy.desk.booking.BookingService;
import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.schedule.ScheduleService;
import com.nirnoy.desk.schedule.Slot;
import com.nirnoy.desk.testing.Fixtures;
import com.nirnoy.desk.testing.TestDatabases;
import com.nirnoy.desk.testing.TestStaff;
import com.nirnoy.desk.ui.TaskRunner;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScheduleViewModelTest {
  /** Sunday 6 December 2026, 17:05 in Dhaka. */
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-06T11:05:00Z"), ZoneId.of("Asia/Dhaka"));

  private static final LocalDate SUNDAY = LocalDate.of(2026, 12, 6);
  private static Database db;
  private static Fixtures fx;
  private static BookingService booking;
  private static ScheduleService schedules;
  private ScheduleViewModel vm;
  private String doctor;
  private String chamber;

  @BeforeAll
  static void open() {
    db = Database.open(TestDatabases.freshDatabase(), DeskEntities.ALL);
    fx = new Fixtures(db.dataSource());
    booking = new BookingService(db, CLOCK, TestStaff.receptionist(db));
    schedules = new ScheduleService(db, new AppointmentQueries(db), CLOCK);
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @BeforeEach
  void day() {
    doctor = fx.doctor("Farhana Rahman", "Gynaecology", 1000);
    chamber = fx.chamber(doctor, "Popular Diagnostic Centre", "Dhanmondi");
    fx.session(chamber, doctor, DayOfWeek.SUNDAY, LocalTime.of(17, 0), LocalTime.of(18, 0), 15, 4);
    booking.book(
        BookingRequest.of(
            fx.patient("Rahima Begum", "+8801711000001"),
            doctor,
            chamber,
            SUNDAY,
            LocalTime.of(17, 15),
            LocalTime.of(17, 30)));
    vm = new ScheduleViewModel(TaskRunner.SAME_THREAD, schedules, booking, SUNDAY);
    vm.doctorIdProperty().set(doctor);
  }

  @Test
  void theDayShowsSerialTimeStateAndPatientTogether() {
    assertThat(vm.rows())
        .extracting(SlotRow::serial, SlotRow::time, SlotRow::state, SlotRow::patient)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("1", "17:00-17:15", "PAST", ""),
            org.assertj.core.groups.Tuple.tuple("2", "17:15-17:30", "CONFIRMED", "Rahima Begum"),
            org.assertj.core.groups.Tuple.tuple("3", "17:30-17:45", "FREE", ""),
            org.assertj.core.groups.Tuple.tuple("4", "17:45-18:00", "FREE", ""));
    assertThat(vm.serialsLeftProperty().get())
        .isEqualTo("Popular Diagnostic Centre: 2 serials left");
  }

  @Test
  void checkInThenConsultationThenCompletedShowsAtOnce() {
    vm.selectedProperty().set(vm.rows().get(1));
    assertThat(vm.can(AppointmentStatus.ARRIVED).get()).isTrue();
    assertThat(vm.can(AppointmentStatus.COMPLETED).get()).isFalse();

    vm.checkIn();
    assertThat(vm.rows().get(1).state()).isEqualTo("ARRIVED");
    vm.startConsultation();
    vm.complete();

    assertThat(vm.rows().get(1).state()).isEqualTo("COMPLETED");
    assertThat(vm.selectedProperty().get().state())
        .as("selection follows the row")
        .isEqualTo("COMPLETED");
  }

  @Test
  void aRefusedChangeIsAMessageNotAnError() {
    vm.selectedProperty().set(vm.rows().get(1));

    vm.complete();

    assertThat(vm.messageProperty().get())
        .isEqualTo("A confirmed appointment cannot become completed");
    assertThat(vm.rows().get(1).state()).isEqualTo("CONFIRMED");
  }

  @Test
  void cancellingFreesTheSlotAndAWalkInGetsTheNextFreeSerial() {
    vm.selectedProperty().set(vm.rows().get(1));

    vm.cancel("Patient called: travelling");

    assertThat(vm.rows().get(1).state()).isEqualTo("FREE");
    java.util.List<Slot> offered = new java.util.ArrayList<>();
    vm.walkIn(chamber, offered::add);
    assertThat(offered).singleElement().extracting(Slot::serial).isEqualTo(2);
  }

  @Test
  void nextDayShowsThatDay() {
    vm.nextDay();

    assertThat(vm.dateProperty().get()).isEqualTo(SUNDAY.plusDays(1));
    assertThat(vm.rows()).isEmpty();
  }

  @Test
  void printingWritesTheSlipAndTheDayListAsPdfsAndOpensThem(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) {
    java.util.List<java.nio.file.Path> opened = new java.util.ArrayList<>();
    vm.selectedProperty().set(vm.rows().get(1));

    vm.printSlip("Nirnoy Clinic", folder, opened::add);
    vm.printDayList("Nirnoy Clinic", "Farhana Rahman", folder, opened::add);

    assertThat(opened).hasSize(2).allSatisfy(p -> assertThat(p).exists().isRegularFile());
    assertThat(opened.get(0).getFileName().toString()).startsWith("slip-");
    assertThat(opened.get(1).getFileName().toString()).startsWith("day-list-2026-12-06");
  }

  @Test
  void printingASlipWithNothingBookedSelectedSaysWhatToDo(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) {
    vm.selectedProperty().set(vm.rows().get(2));

    vm.printSlip(
        "Nirnoy Clinic",
        folder,
        p -> {
          throw new AssertionError("nothing to print");
        });

    assertThat(vm.messageProperty().get()).isEqualTo("Select a booked slot to print its slip");
  }
}
