package com.nirnoy.desk.ui;

import com.nirnoy.desk.print.PdfPrinter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where printouts go: always saved as a PDF in {@code folder} (a record of what was handed out),
 * then sent to the PC's default printer, or opened in the PDF viewer when there is no printer.
 */
public record PrintOutput(Path folder, PdfPrinter printer, Consumer<Path> viewer) {

  /** The saved file and the printer it went to (empty: no printer set up). */
  public record Result(Path file, Optional<String> printer) {}

  /** Saves and prints; runs in the background (printing can take seconds). */
  public Result print(String fileName, byte[] pdf) {
    Path file = folder.resolve(fileName);
    try {
      Files.createDirectories(folder);
      Files.write(file, pdf);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not save " + file + ": " + e.getMessage(), e);
    }
    return new Result(file, printer.printToDefault(pdf, fileName));
  }
}
