package com.nirnoy.desk.print;

import com.nirnoy.desk.booking.AppointmentSummary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Appointment slips and a doctor's day list ("day sheet") as PDF: what the patient takes home, and
 * what the doctor's assistant works from.
 */
public final class SlipWriter {
  private static final float MM = 72f / 25.4f;

  private SlipWriter() {}

  /**
   * One slip, A6: clinic, doctor (in the desk's language), chamber, date, serial, estimated time,
   * who the visit is for (a family member's own name), fee in whole taka.
   */
  public static byte[] slip(String clinicName, AppointmentSummary a, SlipWords w) {
    return write(
        (doc, text) -> {
          PDPage page = newPage(doc, new PDRectangle(105 * MM, 148 * MM));
          try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
            float x = 10 * MM;
            float y = page.getMediaBox().getHeight() - 16 * MM;
            text.draw(out, x, y, 14, true, clinicName);
            text.draw(out, x, y -= 22, 12, true, w.doctorOf(a));
            text.draw(out, x, y -= 16, 10, false, a.chamberName());
            text.draw(out, x, y -= 28, 11, false, w.longDay(a.date()));
            String serial = a.serialNumber() == null ? "-" : w.number(a.serialNumber());
            text.draw(out, x, y -= 30, 26, true, w.get("slip.serial", serial));
            text.draw(out, x, y -= 22, 11, false, w.get("slip.estimated", w.time(a.startTime())));
            text.draw(out, x, y -= 26, 11, false, w.get("slip.patient", a.patientName()));
            text.draw(out, x, y -= 16, 11, false, w.get("slip.visit", w.visit(a.type())));
            text.draw(out, x, y -= 16, 11, false, w.get("slip.fee", w.fee(a.fee())));
            text.draw(out, x, 12 * MM, 8, false, w.get("slip.footer", w.number(a.id())));
          }
        });
  }

  /**
   * A doctor's day list, in serial order, A4; as many pages as the list needs.
   *
   * @param doctor the doctor as the heading names them, already in the desk's language ({@link
   *     SlipWords#doctorOf})
   */
  public static byte[] dayList(
      String clinicName, String doctor, List<AppointmentSummary> day, SlipWords w) {
    return write(
        (doc, text) -> {
          int perPage = 40;
          int pages = Math.max(1, (day.size() + perPage - 1) / perPage);
          for (int p = 0; p < pages; p++) {
            List<AppointmentSummary> rows =
                day.subList(p * perPage, Math.min(day.size(), (p + 1) * perPage));
            PDPage page = newPage(doc, PDRectangle.A4);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
              float x = 18 * MM;
              float y = page.getMediaBox().getHeight() - 20 * MM;
              text.draw(out, x, y, 14, true, clinicName + "  -  " + doctor);
              String when = day.isEmpty() ? w.get("daylist.empty") : w.longDay(day.get(0).date());
              text.draw(out, x, y -= 18, 11, false, when);
              if (pages > 1) {
                text.draw(
                    out,
                    x + 140 * MM,
                    y,
                    9,
                    false,
                    w.get("daylist.page", w.number(p + 1L), w.number(pages)));
              }
              y -= 26;
              text.draw(out, x, y, 10, true, w.get("daylist.serial"));
              text.draw(out, x + 18 * MM, y, 10, true, w.get("daylist.time"));
              text.draw(out, x + 42 * MM, y, 10, true, w.get("daylist.patient"));
              text.draw(out, x + 110 * MM, y, 10, true, w.get("daylist.chamber"));
              text.draw(out, x + 160 * MM, y, 10, true, w.get("daylist.status"));
              for (AppointmentSummary a : rows) {
                y -= 16;
                String serial = a.serialNumber() == null ? "-" : w.number(a.serialNumber());
                text.draw(out, x, y, 10, false, serial);
                text.draw(out, x + 18 * MM, y, 10, false, w.time(a.startTime()));
                text.draw(out, x + 42 * MM, y, 10, false, a.patientName());
                text.draw(out, x + 110 * MM, y, 10, false, a.chamberName());
                text.draw(out, x + 160 * MM, y, 10, false, w.status(a.status()));
              }
            }
          }
        });
  }

  private static PDPage newPage(PDDocument doc, PDRectangle size) {
    PDPage page = new PDPage(size);
    doc.addPage(page);
    return page;
  }

  private interface Pages {
    void draw(PDDocument doc, PdfText text) throws IOException;
  }

  private static byte[] write(Pages content) {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      content.draw(doc, new PdfText(doc));
      doc.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not make the PDF: " + e.getMessage(), e);
    }
  }
}
