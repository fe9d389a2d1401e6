package com.nirnoy.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.nirnoy.desk.booking.AppointmentStatus;
import com.nirnoy.desk.booking.AppointmentSummary;
import com.nirnoy.desk.booking.BookingSource;
import com.nirnoy.desk.booking.DoctorDoubleBookedException;
import com.nirnoy.desk.booking.InvalidStatusChangeException;
import com.nirnoy.desk.booking.SlotTakenException;
import com.nirnoy.desk.booking.VisitType;
import com.nirnoy.desk.db.DatabaseUnavailableException;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextsTest {
  private static final Texts EN = Texts.ENGLISH;
  private static final Texts BN = Texts.of(Languages.BANGLA);
  private static final AppointmentSummary HELD =
      new AppointmentSummary(
          1,
          "r1",
          2,
          "Web Patient",
          3,
          "Dr. Farhana Rahman",
          "ফারহানা রহমান",
          4,
          "Labaid Hospital",
          null,
          LocalDate.of(2026, 12, 6),
          LocalTime.of(17, 0),
          LocalTime.of(17, 15),
          12,
          AppointmentStatus.CONFIRMED,
          VisitType.NEW,
          BookingSource.WEB,
          1000);

  @Test
  void feesAreWholeTakaWithTheTakaSignAndBanglaDigitsInBangla() {
    assertThat(EN.fee(1200)).isEqualTo("Tk 1200");
    assertThat(BN.fee(1200)).isEqualTo("৳১২০০");
    assertThat(EN.fee(null)).isEmpty();
    assertThat(BN.rating(4.5)).isEqualTo("৪.৫");
  }

  @Test
  void datesAndTimesAreWrittenInTheLanguage() {
    assertThat(EN.day(LocalDate.of(2026, 12, 7))).isEqualTo("Mon 7 Dec");
    assertThat(BN.timeRange(LocalTime.of(9, 5), LocalTime.of(9, 20))).isEqualTo("০৯:০৫-০৯:২০");
    assertThat(BN.doctor("ফারহানা রহমান")).isEqualTo("ডা. ফারহানা রহমান");
  }

  @Test
  void inBanglaADoctorIsNamedByTheirBanglaNameWhenTheyHaveOne() {
    assertThat(EN.doctorOf(HELD)).isEqualTo("Dr. Farhana Rahman");
    assertThat(BN.doctorOf(HELD)).isEqualTo("ডা. ফারহানা রহমান");
    AppointmentSummary noBangla =
        new AppointmentSummary(
            1,
            null,
            2,
            "Web Patient",
            3,
            "Prof. Dr. Kamal Hossain",
            null,
            4,
            "Labaid Hospital",
            null,
            HELD.date(),
            HELD.startTime(),
            HELD.endTime(),
            1,
            AppointmentStatus.REQUESTED,
            VisitType.NEW,
            BookingSource.WEB,
            1000);
    assertThat(BN.doctorOf(noBangla))
        .as("the platform's title and English name")
        .isEqualTo("Prof. Dr. Kamal Hossain");

    var listing =
        new com.nirnoy.desk.doctor.DoctorListing(
            3,
            "Farhana Rahman",
            "ফারহানা রহমান",
            "Dr.",
            "Gynaecology",
            null,
            1000,
            null,
            4.5,
            com.nirnoy.desk.doctor.DoctorStatus.APPROVED,
            java.util.List.of());
    assertThat(EN.doctor(listing)).isEqualTo("Dr. Farhana Rahman");
    assertThat(BN.doctor(listing)).isEqualTo("ডা. ফারহানা রহমান");
  }

  @Test
  void theDoubleBookedDoctorIsNamedInTheDesksLanguage() {
    DoctorDoubleBookedException e = new DoctorDoubleBookedException(HELD, null);

    assertThat(Refusals.explain(e, EN))
        .startsWith("Dr. Farhana Rahman is already booked 17:00-17:15");
    assertThat(Refusals.explain(e, BN)).contains("ফারহানা রহমান").doesNotContain("Farhana");
  }

  @Test
  void everyAppointmentStatusHasItsOwnWordsInBothLanguages() {
    for (Texts t : new Texts[] {EN, BN}) {
      assertThat(
              java.util.Arrays.stream(AppointmentStatus.values()).map(t::status).distinct().count())
          .as(t.locale().toString())
          .isEqualTo(AppointmentStatus.values().length);
    }
    assertThat(EN.status(AppointmentStatus.REQUESTED)).isEqualTo("Requested (web)");
    assertThat(EN.status(AppointmentStatus.CHECKED_IN)).isEqualTo("Arrived");
    assertThat(EN.status(AppointmentStatus.IN_PROGRESS)).isEqualTo("In consultation");
  }

  @ParameterizedTest
  @CsvSource({"৫০০,500", "01৭11-000001,01711-000001", "abc,abc", "'',''"})
  void digitsTypedInEitherScriptReadAsDigits(String typed, String read) {
    assertThat(Texts.asciiDigits(typed)).isEqualTo(read);
  }

  @Test
  void aTakenSlotNamesWhoHoldsItWithItsSerialInBothLanguages() {
    SlotTakenException e = new SlotTakenException(HELD, null);

    assertThat(Refusals.explain(e, EN))
        .startsWith(
            "Time slot already booked: Sun 6 Dec 17:00 at Labaid Hospital is held by Web Patient (serial 12)");
    assertThat(Refusals.explain(e, BN)).contains("১৭:০০").contains("(সিরিয়াল ১২)");
  }

  @Test
  void everyRefusalHasWordsInBangla() {
    for (RuntimeException e :
        new RuntimeException[] {
          new SlotTakenException(null, null),
          new DoctorDoubleBookedException(HELD, null),
          new DoctorDoubleBookedException(null, null),
          new InvalidStatusChangeException(
              AppointmentStatus.COMPLETED, AppointmentStatus.COMPLETED),
          new InvalidStatusChangeException(
              AppointmentStatus.CONFIRMED, AppointmentStatus.COMPLETED),
          new com.nirnoy.desk.booking.AppointmentChangedException(null),
          new com.nirnoy.desk.booking.AppointmentNotFoundException(42),
          rule(com.nirnoy.desk.rules.DatabaseRules.NOT_ON_LEAVE),
          rule("Appointment_chamber_of_doctor"),
          rule("Doctor_acceptNewPatients"),
          new DatabaseUnavailableException("gone", null)
        }) {
      String bn = Refusals.explain(e, BN);
      assertThat(bn).as(e.getClass().getSimpleName()).matches("(?s).*[\\u0980-\\u09FF].*");
      assertThat(Refusals.explain(e, EN)).as(e.getClass().getSimpleName()).isNotEqualTo(bn);
    }
  }

  /** A booking refused by a database rule, with the services' words for it. */
  private static com.nirnoy.desk.booking.BookingRuleException rule(String name) {
    return new com.nirnoy.desk.booking.BookingRuleException(
        name, com.nirnoy.desk.rules.DatabaseRules.words(name), null);
  }

  @Test
  void aRefusedBookingSaysWhichRuleInWordsInBothLanguages() {
    var onLeave = rule(com.nirnoy.desk.rules.DatabaseRules.NOT_ON_LEAVE);

    assertThat(Refusals.explain(onLeave, EN))
        .isEqualTo(
            "Not saved: the doctor is on leave at that time (rule Appointment_not_on_leave)");
    assertThat(Refusals.explain(onLeave, BN)).contains("ছুটিতে").doesNotContain("on leave");
  }

  @Test
  void anUnknownFailureShowsItsOwnMessageNotAStackTrace() {
    assertThat(Refusals.explain(new IllegalStateException("Disk full"), EN)).isEqualTo("Disk full");
    assertThat(Refusals.explain(new NullPointerException(), EN))
        .startsWith("Something went wrong (NullPointerException)");
  }

  @Test
  void datePickersShowDayMonthYearAndReadEitherScript() {
    var bn = BN.dateConverter();
    assertThat(bn.toString(LocalDate.of(2026, 12, 7))).isEqualTo("৭/১২/২০২৬");
    assertThat(bn.fromString("৭/১২/২০২৬")).isEqualTo(LocalDate.of(2026, 12, 7));
    assertThat(EN.dateConverter().fromString("7/12/2026")).isEqualTo(LocalDate.of(2026, 12, 7));
    assertThat(EN.dateConverter().fromString("12/31")).as("not a date: ignored").isNull();
  }
}
