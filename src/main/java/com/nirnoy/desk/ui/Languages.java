package com.nirnoy.desk.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.scene.text.Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desk's languages. Bangla text needs a Bengali font with correct conjunct shaping; the app
 * ships Noto Sans Bengali (OFL) so it renders on any counter PC, whatever fonts it has.
 */
public final class Languages {
  public static final Locale ENGLISH = Locale.ENGLISH;
  public static final Locale BANGLA = Locale.forLanguageTag("bn-BD");
  public static final List<Locale> ALL = List.of(ENGLISH, BANGLA);
  static final String BENGALI_FONT = "Noto Sans Bengali";
  private static final Logger log = LoggerFactory.getLogger(Languages.class);
  private static boolean fontsLoaded;

  private Languages() {}

  public static ResourceBundle messages(Locale locale) {
    return ResourceBundle.getBundle("com.nirnoy.desk.ui.messages", locale);
  }

  /** The language's own name, as its speakers write it. */
  public static String nameOf(Locale locale) {
    return locale.getDisplayLanguage(locale);
  }

  /** English unless NIRNOY_LANG (or -Dnirnoy.lang) says bn. */
  static Locale initial() {
    String lang =
        System.getenv().getOrDefault("NIRNOY_LANG", System.getProperty("nirnoy.lang", "en"));
    return lang.toLowerCase(Locale.ROOT).startsWith("bn") ? BANGLA : ENGLISH;
  }

  /** The root style for {@code locale}: Bangla uses the shipped Bengali font. */
  static String rootStyle(Locale locale) {
    loadFonts();
    return locale.getLanguage().equals("bn") ? "-fx-font-family: '" + BENGALI_FONT + "';" : "";
  }

  static synchronized void loadFonts() {
    if (fontsLoaded) {
      return;
    }
    fontsLoaded = true;
    for (String file :
        List.of("/fonts/NotoSansBengali-Regular.ttf", "/fonts/NotoSansBengali-Bold.ttf")) {
      try (InputStream in = Languages.class.getResourceAsStream(file)) {
        if (in == null || Font.loadFont(in, 13) == null) {
          log.warn("Could not load {}: Bangla may show as boxes", file);
        }
      } catch (IOException e) {
        log.warn("Could not load {}: {}", file, e.getMessage());
      }
    }
  }
}
