package com.nirnoy.desk.print;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Sends a PDF to the PC's default printer (the counter's slip printer), the way PDFBox documents
 * it: pages stay vector, at their own size. No dialog, so a slip prints with one key press.
 */
public class PdfPrinter {
  /**
   * Prints {@code pdf} on the default printer and returns its name; empty when there is no printer
   * (the caller shows the PDF instead).
   */
  public Optional<String> printToDefault(byte[] pdf, String jobName) {
    PrintService service = PrintServiceLookup.lookupDefaultPrintService();
    if (service == null) {
      return Optional.empty();
    }
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PrinterJob job = PrinterJob.getPrinterJob();
      job.setJobName(jobName);
      job.setPrintService(service);
      job.setPageable(new PDFPageable(doc));
      job.print();
      return Optional.of(service.getName());
    } catch (PrinterException e) {
      throw new IllegalStateException(
          "The printer " + service.getName() + " refused the job: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
