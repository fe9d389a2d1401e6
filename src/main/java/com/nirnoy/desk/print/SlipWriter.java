package com.nirnoy.desk.print;

import com.nirnoy.desk.booking.AppointmentSummary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Appointment slips and a doctor's day list ("day sheet") as PDF: what the patient takes home, and
 * what the doctor's assistant works from.
 */
public final class SlipWriter {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
  private static final float MM = 72f / 25.4f;

  private SlipWriter() {}

  /** One slip, A6: clinic, doctor, chamber, date, serial, estimated time, fee. */
  public static byte[] slip(String clinicName, AppointmentSummary a) {
    return write(
        new PDRectangle(105 * MM, 148 * MM),
        (doc, page, text, out) -> {
          float x = 10 * MM;
          float y = page.getMediaBox().getHeight() - 16 * MM;
          text.draw(out, x, y, 14, true, clinicName);
          text.draw(out, x, y -= 22, 12, true, "Dr " + a.doctorName());
          text.draw(out, x, y -= 16, 10, false, a.chamberName());
          text.draw(out, x, y -= 28, 11, false, DAY.format(a.date()));
          text.draw(
              out,
              x,
              y -= 30,
              26,
              true,
              a.serialNumber() == null ? "Serial -" : "Serial " + a.serialNumber());
          text.draw(out, x, y -= 22, 11, false, "Estimated time " + TIME.format(a.startTime()));
          text.draw(out, x, y -= 26, 11, false, "Patient: " + a.patientName());
          text.draw(
              out,
              x,
              y -= 16,
              11,
              false,
              "Visit: " + a.type().name().replace('_', ' ').toLowerCase(Locale.ROOT));
          text.draw(out, x, y -= 16, 11, false, "Fee: Tk " + a.fee().toBigInteger());
          text.draw(
              out,
              x,
              12 * MM,
              8,
              false,
              "Please come 15 minutes before your estimated time. Ref " + a.id().substring(0, 8));
        });
  }

  /** A doctor's day list, in serial order, A4. */
  public static byte[] dayList(String clinicName, String doctorName, List<AppointmentSummary> day) {
    return write(
        PDRectangle.A4,
        (doc, page, text, out) -> {
          float x = 18 * MM;
          float y = page.getMediaBox().getHeight() - 20 * MM;
          text.draw(out, x, y, 14, true, clinicName + "  -  Dr " + doctorName);
          text.draw(
              out,
              x,
              y -= 18,
              11,
              false,
              day.isEmpty() ? "No appointments" : DAY.format(day.get(0).date()));
          text.draw(
              out,
              x,
              y -= 26,
              10,
              true,
              "Serial    Time      Patient                                   Chamber                     Status");
          for (AppointmentSummary a : day) {
            y -= 16;
            if (y < 20 * MM) {
              break; // one page is a session's worth; longer lists print from the screen per
              // chamber
            }
            text.draw(
                out,
                x,
                y,
                10,
                false,
                String.format(
                    "%-9s %-9s",
                    a.serialNumber() == null ? "-" : a.serialNumber(), TIME.format(a.startTime())));
            text.draw(out, x + 42 * MM, y, 10, false, a.patientName());
            text.draw(out, x + 110 * MM, y, 10, false, a.chamberName());
            text.draw(out, x + 160 * MM, y, 10, false, a.status().name().replace('_', ' '));
          }
        });
  }

  private interface Page {
    void draw(PDDocument doc, PDPage page, PdfText text, PDPageContentStream out)
        throws IOException;
  }

  private static byte[] write(PDRectangle size, Page content) {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      PDPage page = new PDPage(size);
      doc.addPage(page);
      PdfText text = new PdfText(doc);
      try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
        content.draw(doc, page, text, out);
      }
      doc.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not make the PDF: " + e.getMessage(), e);
    }
  }
}
