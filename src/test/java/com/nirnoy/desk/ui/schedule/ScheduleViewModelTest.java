package com.nirnoy.desk.ui.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.nirnoy.desk.app.DeskEntities;
import com.nirnoy.desk.booking.AppointmentQueries;
import com.nirnoy.desk.booking.AppointmentStatus;
import com.nirnoy.desk.booking.BookingRequest;
import com.nirnoy.desk.booking.BookingService;
import com.nirnoy.desk.config.ConnectionSettings;
import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.print.PdfPrinter;
import com.nirnoy.desk.schedule.ScheduleService;
import com.nirnoy.desk.schedule.Slot;
import com.nirnoy.desk.testing.Fixtures;
import com.nirnoy.desk.testing.PlatformRows;
import com.nirnoy.desk.testing.TestDatabases;
import com.nirnoy.desk.testing.TestStaff;
import com.nirnoy.desk.ui.Languages;
import com.nirnoy.desk.ui.PrintOutput;
import com.nirnoy.desk.ui.TaskRunner;
import com.nirnoy.desk.ui.Texts;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduleViewModelTest {
  /** Sunday 6 December 2026, 17:05 in Dhaka. */
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-06T11:05:00Z"), ZoneId.of("Asia/Dhaka"));

  private static final LocalDate SUNDAY = LocalDate.of(2026, 12, 6);
  private static Database db;
  private static Fixtures fx;
  private static PlatformRows web;
  private static final AtomicInteger PHONES = new AtomicInteger();
  private static BookingService booking;
  private static ScheduleService schedules;
  private final ObjectProperty<Texts> language = new SimpleObjectProperty<>(Texts.ENGLISH);
  private ScheduleViewModel vm;
  private int doctor;
  private int chamber;

  @BeforeAll
  static void open() {
    ConnectionSettings settings = TestDatabases.freshDatabase();
    db = Database.open(settings, DeskEntities.ALL);
    fx = new Fixtures(db.dataSource());
    web = new PlatformRows(settings);
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
    booking.book(
        BookingRequest.of(
            fx.patient("Rahima Begum", phone()),
            doctor,
            chamber,
            SUNDAY,
            LocalTime.of(17, 15),
            LocalTime.of(17, 30)));
    vm = new ScheduleViewModel(TaskRunner.SAME_THREAD, schedules, booking, SUNDAY, language);
    vm.doctorIdProperty().set(doctor);
  }

  private static String phone() {
    return String.format("+88017110%05d", PHONES.incrementAndGet());
  }

  @Test
  void theDayShowsSerialTimeStateAndPatientTogether() {
    assertThat(vm.rows())
        .extracting(SlotRow::serial, SlotRow::time, SlotRow::state, SlotRow::patient)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("1", "17:00-17:15", "Past", ""),
            org.assertj.core.groups.Tuple.tuple("2", "17:15-17:30", "Booked", "Rahima Begum"),
            org.assertj.core.groups.Tuple.tuple("3", "17:30-17:45", "Free", ""),
            org.assertj.core.groups.Tuple.tuple("4", "17:45-18:00", "Free", ""));
    assertThat(vm.serialsLeftProperty().get())
        .isEqualTo("Popular Diagnostic Centre: 2 of 4 serials left");
  }

  @Test
  void checkInThenConsultationThenCompletedShowsAtOnce() {
    vm.selectedProperty().set(vm.rows().get(1));
    assertThat(vm.actions().can(AppointmentStatus.CHECKED_IN).get()).isTrue();
    assertThat(vm.actions().can(AppointmentStatus.COMPLETED).get()).isFalse();
    assertThat(vm.actions().canConfirm().get()).as("already booked").isFalse();

    vm.actions().checkIn();
    assertThat(vm.rows().get(1).stateKey()).isEqualTo("CHECKED_IN");
    assertThat(vm.rows().get(1).state()).isEqualTo("Arrived");
    vm.actions().startConsultation();
    assertThat(vm.rows().get(1).stateKey()).isEqualTo("IN_PROGRESS");
    vm.actions().complete();

    assertThat(vm.rows().get(1).stateKey()).isEqualTo("COMPLETED");
    assertThat(vm.selectedProperty().get().stateKey())
        .as("selection follows the row")
        .isEqualTo("COMPLETED");
  }

  @Test
  void aWebRequestShowsAsRequestedAndTheDeskConfirmsIt() {
    int request =
        web.webBooking(
            web.patient("Web Patient", phone()),
            doctor,
            chamber,
            SUNDAY.atStartOfDay(),
            "17:30",
            null,
            "NEW",
            null);
    vm.reload();
    SlotRow row = vm.rows().get(2);
    assertThat(row)
        .extracting(SlotRow::serial, SlotRow::state, SlotRow::patient)
        .containsExactly("3", "Requested (web)", "Web Patient");
    vm.selectedProperty().set(row);
    assertThat(vm.actions().canConfirm().get()).isTrue();
    assertThat(vm.actions().canMove().get()).as("a request can be moved").isTrue();

    vm.actions().confirm();

    assertThat(vm.rows().get(2).stateKey()).isEqualTo("CONFIRMED");
    assertThat(vm.selectedProperty().get().stateKey()).isEqualTo("CONFIRMED");
    assertThat(vm.actions().canConfirm().get()).isFalse();
    assertThat(fx.strings("SELECT status FROM \"Appointment\" WHERE id = ?", request))
        .containsExactly("CONFIRMED");
    assertThat(
            fx.count(
                "SELECT count(*) FROM \"Appointment\" WHERE id = ? AND \"confirmedAt\" IS NOT NULL",
                request))
        .as("the platform's time of confirming")
        .isEqualTo(1);
  }

  @Test
  void inBanglaARequestIsNamedAsOneAndConfirmingIsOffered() {
    web.webBooking(
        web.patient("Web Patient", phone()),
        doctor,
        chamber,
        SUNDAY.atStartOfDay(),
        "17:45",
        null,
        "NEW",
        null);
    vm.reload();
    language.set(Texts.of(Languages.BANGLA));

    assertThat(vm.rows().get(3).state()).isEqualTo("অনুরোধ (ওয়েব)");
    assertThat(language.get().get("action.confirm")).startsWith("নিশ্চিত করুন");
  }

  @Test
  void aRefusedChangeIsAMessageNotAnError() {
    vm.selectedProperty().set(vm.rows().get(1));

    vm.actions().complete();

    assertThat(vm.messageProperty().get())
        .isEqualTo("This appointment is Booked; it cannot be marked Completed");
    assertThat(vm.rows().get(1).stateKey()).isEqualTo("CONFIRMED");
  }

  @Test
  void cancellingFreesTheSlotAndAWalkInGetsTheNextFreeSerial() {
    vm.selectedProperty().set(vm.rows().get(1));

    vm.actions().cancel("Patient called: travelling");

    assertThat(vm.rows().get(1).stateKey()).isEqualTo("FREE");
    java.util.List<Slot> offered = new java.util.ArrayList<>();
    vm.actions().walkIn(offered::add);
    assertThat(offered).singleElement().extracting(Slot::serial).isEqualTo(2);
  }

  @Test
  void nextDayShowsThatDay() {
    vm.nextDay();

    assertThat(vm.dateProperty().get()).isEqualTo(SUNDAY.plusDays(1));
    assertThat(vm.rows()).isEmpty();
  }

  @Test
  void printingWithoutAPrinterSavesThePdfsAndOpensThem(@TempDir Path folder) {
    List<Path> opened = new ArrayList<>();
    PrintOutput out = new PrintOutput(folder, printer(null), opened::add);
    vm.selectedProperty().set(vm.rows().get(1));

    vm.actions().printSlip("Nirnoy Clinic", out);
    vm.actions().printDayList("Nirnoy Clinic", "Dr. Farhana Rahman", out);

    assertThat(opened).hasSize(2).allSatisfy(p -> assertThat(p).exists().isRegularFile());
    assertThat(opened.get(0).getFileName().toString()).startsWith("slip-");
    assertThat(opened.get(1).getFileName().toString()).startsWith("day-list-2026-12-06");
    assertThat(vm.messageProperty().get()).startsWith("No printer is set up on this PC");
  }

  @Test
  void printingWithAPrinterSendsTheSlipThereAndKeepsThePdf(@TempDir Path folder) {
    List<Path> opened = new ArrayList<>();
    vm.selectedProperty().set(vm.rows().get(1));

    vm.actions()
        .printSlip("Nirnoy Clinic", new PrintOutput(folder, printer("Counter"), opened::add));

    assertThat(opened).as("nothing to open: it went to the printer").isEmpty();
    assertThat(vm.messageProperty().get()).startsWith("Sent to the printer Counter");
    assertThat(folder.toFile().list()).singleElement().asString().startsWith("slip-");
  }

  @Test
  void printingASlipWithNothingBookedSelectedSaysWhatToDo(@TempDir Path folder) {
    vm.selectedProperty().set(vm.rows().get(2));

    vm.actions()
        .printSlip(
            "Nirnoy Clinic",
            new PrintOutput(
                folder,
                printer(null),
                p -> {
                  throw new AssertionError("nothing to print");
                }));

    assertThat(vm.messageProperty().get()).isEqualTo("Select a booked slot to print its slip");
  }

  @Test
  void theWeekShowsSevenDaysFromTheChosenOneWithTheirSlots() {
    vm.weekViewProperty().set(true);

    assertThat(vm.week()).hasSize(7);
    WeekDayColumn sunday = vm.week().get(0);
    assertThat(sunday.title()).isEqualTo("Sun 6 Dec");
    assertThat(sunday.summary()).isEqualTo("1 booked, 2 free");
    assertThat(sunday.rows()).extracting(SlotRow::patient).contains("Rahima Begum");
    WeekDayColumn nextSunday = vm.week().get(6);
    assertThat(nextSunday.summary()).as("Saturday 12 December").isEqualTo("No sessions");
  }

  @Test
  void openingASlotFromTheWeekShowsItsDayWithTheSlotSelected() {
    vm.nextDay();
    vm.weekViewProperty().set(true);
    assertThat(vm.week().get(0).date()).isEqualTo(SUNDAY.plusDays(1));
    vm.previousDay();
    SlotRow rahima =
        vm.week().get(0).rows().stream()
            .filter(r -> r.patient().equals("Rahima Begum"))
            .findFirst()
            .orElseThrow();

    vm.openInDay(rahima);

    assertThat(vm.weekViewProperty().get()).isFalse();
    assertThat(vm.dateProperty().get()).isEqualTo(SUNDAY);
    assertThat(vm.selectedProperty().get().patient()).isEqualTo("Rahima Begum");
  }

  @Test
  void inBanglaTheDayUsesBanglaDigitsAndWords() {
    language.set(Texts.of(Languages.BANGLA));

    assertThat(vm.rows().get(1))
        .extracting(SlotRow::serial, SlotRow::time, SlotRow::state)
        .containsExactly("২", "১৭:১৫-১৭:৩০", "বুক করা");
    assertThat(vm.serialsLeftProperty().get())
        .isEqualTo("Popular Diagnostic Centre: ৪টির মধ্যে ২টি সিরিয়াল বাকি");
  }

  private static PdfPrinter printer(String name) {
    return new PdfPrinter() {
      @Override
      public Optional<String> printToDefault(byte[] pdf, String jobName) {
        assertThat(pdf).isNotEmpty();
        return Optional.ofNullable(name);
      }
    };
  }

  @Test
  void whenNobodyIsSignedInTheDayIsForgottenAndNotLoaded() {
    vm.selectedProperty().set(vm.rows().get(1));

    vm.enabledProperty().set(false);

    assertThat(vm.rows()).isEmpty();
    assertThat(vm.selectedProperty().get()).isNull();
    vm.nextDay();
    assertThat(vm.rows()).as("nothing loads without staff").isEmpty();

    vm.previousDay();
    vm.enabledProperty().set(true);
    assertThat(vm.rows()).hasSize(4);
  }
}
