package com.nirnoy.desk.ui.reschedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.nirnoy.desk.app.DeskEntities;
import com.nirnoy.desk.booking.AppointmentQueries;
import com.nirnoy.desk.booking.AppointmentSummary;
import com.nirnoy.desk.booking.BookingRequest;
import com.nirnoy.desk.booking.BookingService;
import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.schedule.ScheduleService;
import com.nirnoy.desk.schedule.Slot;
import com.nirnoy.desk.testing.Fixtures;
import com.nirnoy.desk.testing.TestDatabases;
import com.nirnoy.desk.ui.TaskRunner;
import com.nirnoy.desk.ui.Texts;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RescheduleViewModelTest {
  /** Sunday 6 December 2026, 09:00 in Dhaka. */
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-06T03:00:00Z"), ZoneId.of("Asia/Dhaka"));

  private static final LocalDate SUNDAY = LocalDate.of(2026, 12, 6);
  private static Database db;
  private static Fixtures fx;
  private static BookingService booking;
  private static ScheduleService schedules;
  private RescheduleViewModel vm;
  private static final AtomicInteger PHONES = new AtomicInteger();
  private int doctor;
  private int chamber;
  private AppointmentSummary rahima;

  @BeforeAll
  static void open() {
    db = Database.open(TestDatabases.freshDatabase(), DeskEntities.ALL);
    fx = new Fixtures(db.dataSource());
    booking = new BookingService(db, CLOCK, com.nirnoy.desk.testing.TestStaff.receptionist(db));
    schedules = new ScheduleService(db, new AppointmentQueries(db), CLOCK);
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @BeforeEach
  void appointment() {
    doctor = fx.doctor("Farhana Rahman", "Gynaecology", 1000);
    chamber =
        fx.chamber(
            doctor,
            null,
            "Popular Diagnostic Centre",
            "Dhanmondi",
            "Sun",
            LocalTime.of(17, 0),
            LocalTime.of(18, 0),
            15,
            4);
    fx.chamber(
        doctor,
        null,
        "Labaid Hospital",
        "Gulshan",
        "Mon",
        LocalTime.of(10, 0),
        LocalTime.of(11, 0),
        30,
        2);
    rahima =
        booking.book(
            BookingRequest.of(
                fx.patient("Rahima Begum", phone()),
                doctor,
                chamber,
                SUNDAY,
                LocalTime.of(17, 0),
                LocalTime.of(17, 15)));
    vm =
        new RescheduleViewModel(
            TaskRunner.SAME_THREAD,
            booking,
            schedules,
            new SimpleObjectProperty<>(Texts.ENGLISH),
            SUNDAY);
    vm.open(rahima);
  }

  private static String phone() {
    return String.format("+88017110%05d", PHONES.incrementAndGet());
  }

  @Test
  void itOpensOnTheAppointmentsDayWithThatDaysFreeSerials() {
    assertThat(vm.dateProperty().get()).isEqualTo(SUNDAY);
    assertThat(vm.freeSlots()).extracting(Slot::serial).containsExactly(2, 3, 4);
    assertThat(vm.heading())
        .isEqualTo("Move Rahima Begum, now Sun 6 Dec 17:00 at Popular Diagnostic Centre");
    assertThat(vm.validBinding().get()).as("nothing chosen yet").isFalse();
  }

  @Test
  void movingToAnotherChamberOnAnotherDayFreesTheOldSlotInOneStep() {
    vm.dateProperty().set(SUNDAY.plusDays(1));
    assertThat(vm.freeSlots()).extracting(Slot::chamberName).containsOnly("Labaid Hospital");
    vm.chosenProperty().set(vm.freeSlots().get(1));
    List<AppointmentSummary> moved = new ArrayList<>();

    vm.confirm(moved::add, () -> {});

    assertThat(moved)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.chamberName()).isEqualTo("Labaid Hospital");
              assertThat(a.startTime()).isEqualTo(LocalTime.of(10, 30));
              assertThat(a.serialNumber()).isEqualTo(2);
            });
    assertThat(schedules.day(doctor, SUNDAY).firstFree(chamber).orElseThrow().serial())
        .as("the old serial is free again")
        .isEqualTo(1);
  }

  @Test
  void whenAnotherDeskTakesTheNewSlotFirstNothingMovesAndTheListRefreshes() {
    vm.chosenProperty().set(vm.freeSlots().get(0)); // 17:15
    booking.book(
        BookingRequest.of(
            fx.patient("Web Patient", phone()),
            doctor,
            chamber,
            SUNDAY,
            LocalTime.of(17, 15),
            LocalTime.of(17, 30)));
    AtomicInteger refreshed = new AtomicInteger();

    vm.confirm(
        a -> {
          throw new AssertionError("must not move");
        },
        refreshed::incrementAndGet);

    assertThat(vm.messageProperty().get())
        .startsWith("Time slot already booked")
        .contains("held by Web Patient");
    assertThat(refreshed).hasValue(1);
    assertThat(vm.freeSlots()).extracting(Slot::serial).containsExactly(3, 4);
    assertThat(booking.find(rahima.id()).orElseThrow().startTime())
        .as("still in her old slot")
        .isEqualTo(LocalTime.of(17, 0));
  }

  @Test
  void aDayInThePastOffersNothingAndSaysWhy() {
    vm.dateProperty().set(SUNDAY.minusDays(7));

    assertThat(vm.freeSlots()).isEmpty();
    assertThat(vm.messageProperty().get()).isEqualTo("Pick today or a later day");
  }
}
