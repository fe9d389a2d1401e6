package com.nirnoy.desk.print;

import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes mixed English and Bangla text: Bengali runs in the shipped Noto Sans Bengali (which has no
 * Latin letters), everything else in Helvetica. Names may be written in either script.
 */
final class PdfText {
  private final PDFont latin = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDFont latinBold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private final PDFont bengali;

  PdfText(PDDocument doc) throws IOException {
    try (InputStream in = PdfText.class.getResourceAsStream("/fonts/NotoSansBengali-Regular.ttf")) {
      if (in == null) {
        throw new IOException("the Bengali font is missing from the build");
      }
      bengali = PDType0Font.load(doc, in);
    }
  }

  /** Draws {@code text} at (x, y), switching fonts at every change of script. */
  void draw(PDPageContentStream out, float x, float y, float size, boolean bold, String text)
      throws IOException {
    out.beginText();
    out.newLineAtOffset(x, y);
    int start = 0;
    while (start < text.length()) {
      boolean bangla = isBengali(text.charAt(start));
      int end = start;
      while (end < text.length()
          && (isBengali(text.charAt(end)) == bangla || text.charAt(end) == ' ')) {
        end++;
      }
      String run = text.substring(start, end);
      out.setFont(bangla ? bengali : bold ? latinBold : latin, size);
      out.showText(bangla ? run : latinOnly(run));
      start = end;
    }
    out.endText();
  }

  private static boolean isBengali(char c) {
    return c >= '\u0980' && c <= '\u09FF';
  }

  /** Helvetica's encoding has no glyph for most other characters: keep the line printable. */
  private static String latinOnly(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      b.append(c < 0x7F || "·–—‘’“”…".indexOf(c) >= 0 ? c : '?');
    }
    return b.toString();
  }
}
