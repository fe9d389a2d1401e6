package com.nirnoy.desk.print;

import static org.assertj.core.api.Assertions.assertThat;

import com.nirnoy.desk.booking.AppointmentStatus;
import com.nirnoy.desk.booking.AppointmentSummary;
import com.nirnoy.desk.booking.BookingSource;
import com.nirnoy.desk.booking.VisitType;
import com.nirnoy.desk.ui.Languages;
import com.nirnoy.desk.ui.Texts;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class SlipWriterTest {
  private static final SlipWords EN = Texts.ENGLISH;
  private static final SlipWords BN = Texts.of(Languages.BANGLA);

  private static AppointmentSummary appointment(String patient, int serial, LocalTime start) {
    return new AppointmentSummary(
        4217,
        null,
        7,
        patient,
        3,
        "Dr. Farhana Rahman",
        "ফারহানা রহমান",
        5,
        "Popular Diagnostic Centre",
        1,
        LocalDate.of(2026, 12, 6),
        start,
        start.plusMinutes(15),
        serial,
        AppointmentStatus.CONFIRMED,
        VisitType.FOLLOW_UP,
        BookingSource.DESK,
        500);
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  @Test
  void aSlipCarriesEverythingThePatientNeeds() throws IOException {
    String text =
        text(
            SlipWriter.slip(
                "Nirnoy Clinic", appointment("Rahima Begum", 3, LocalTime.of(17, 30)), EN));

    assertThat(text)
        .contains(
            "Nirnoy Clinic",
            "Dr. Farhana Rahman",
            "Popular Diagnostic Centre",
            "Sunday 6 December 2026",
            "Serial 3",
            "Estimated time 17:30",
            "Patient: Rahima Begum",
            "Visit: Follow-up",
            "Fee: Tk 500",
            "Ref 4217");
  }

  @Test
  void aFamilyMembersSlipCarriesTheirOwnNameAndABanglaSlipTheDoctorsBanglaName()
      throws IOException {
    AppointmentSummary son = appointment("Karim Uddin", 2, LocalTime.of(17, 15)); // snapshot

    assertThat(text(SlipWriter.slip("Nirnoy Clinic", son, EN)))
        .contains("Patient: Karim Uddin", "Dr. Farhana Rahman");
    assertThat(text(SlipWriter.slip("Nirnoy Clinic", son, BN)))
        .contains("Karim Uddin", "৫০০")
        .doesNotContain("Farhana Rahman");
  }

  @Test
  void aPatientNameWrittenInBanglaPrintsWithTheBengaliFont() throws IOException {
    byte[] pdf =
        SlipWriter.slip("Nirnoy Clinic", appointment("রহিমা বেগম", 1, LocalTime.of(17, 0)), EN);

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      var fonts = doc.getPage(0).getResources().getFontNames();
      List<String> names = new java.util.ArrayList<>();
      for (var n : fonts) {
        names.add(doc.getPage(0).getResources().getFont(n).getName());
      }
      assertThat(names).anySatisfy(n -> assertThat(n).contains("NotoSansBengali"));
    }
  }

  @Test
  void theDayListIsInSerialOrderWithEveryPatient() throws IOException {
    String text =
        text(
            SlipWriter.dayList(
                "Nirnoy Clinic",
                "Dr. Farhana Rahman",
                List.of(
                    appointment("Rahima Begum", 1, LocalTime.of(17, 0)),
                    appointment("Abdul Karim", 2, LocalTime.of(17, 15))),
                EN));

    assertThat(text).contains("Dr. Farhana Rahman", "Sunday 6 December 2026");
    assertThat(text.indexOf("Rahima Begum")).isPositive().isLessThan(text.indexOf("Abdul Karim"));
  }

  @Test
  void aLongDayListRunsOverSeveralPagesAndLosesNobody() throws IOException {
    List<AppointmentSummary> day = new java.util.ArrayList<>();
    for (int i = 1; i <= 95; i++) {
      day.add(appointment("Patient " + i, i, LocalTime.of(8, 0).plusMinutes(5L * i)));
    }

    byte[] pdf = SlipWriter.dayList("Nirnoy Clinic", "Dr. Farhana Rahman", day, EN);

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isEqualTo(3);
    }
    String text = text(pdf);
    assertThat(text).contains("Page 3 of 3");
    for (int i = 1; i <= 95; i++) {
      assertThat(text).contains("Patient " + i + " ");
    }
  }

  @Test
  void aBanglaDeskPrintsBanglaSlipsInTheBengaliFont() throws IOException {
    byte[] pdf =
        SlipWriter.slip("Nirnoy Clinic", appointment("Rahima Begum", 3, LocalTime.of(17, 30)), BN);

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<String> names = new java.util.ArrayList<>();
      for (var n : doc.getPage(0).getResources().getFontNames()) {
        names.add(doc.getPage(0).getResources().getFont(n).getName());
      }
      assertThat(names).anySatisfy(n -> assertThat(n).contains("NotoSansBengali"));
    }
    assertThat(text(pdf)).contains("Rahima Begum").doesNotContain("Serial").doesNotContain("Fee");
  }
}
