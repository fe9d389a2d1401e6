package com.nirnoy.desk.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.nirnoy.desk.doctor.DoctorStatus;
import com.nirnoy.desk.testing.BundleKeys;
import com.nirnoy.desk.ui.Languages;
import com.nirnoy.desk.ui.Texts;
import com.nirnoy.desk.user.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The admin console's own bundle is complete in both languages and has every key it asks for. */
class AdminWordsTest {
  private static ResourceBundle bundle(Locale l) {
    return AdminWords.bundle(Texts.of(l));
  }

  private static Set<String> keys(Locale l) {
    return BundleKeys.withWords(bundle(l));
  }

  @Test
  void banglaAndEnglishHaveTheSameKeys() {
    assertThat(keys(Languages.BANGLA)).isEqualTo(keys(Languages.ENGLISH));
  }

  @Test
  void banglaIsReallyTranslated() {
    BundleKeys.assertTranslated(bundle(Languages.ENGLISH), bundle(Languages.BANGLA));
  }

  @Test
  void everyStatusSexRoleAndDayHasWords() {
    AdminWords bn = new AdminWords(Texts.of(Languages.BANGLA));
    for (DoctorStatus s : DoctorStatus.values()) {
      assertThat(bn.status(s)).matches("[\\u0980-\\u09FF ()]+");
    }
    for (com.nirnoy.desk.user.Gender g : com.nirnoy.desk.user.Gender.values()) {
      assertThat(bn.gender(g)).matches("[\\u0980-\\u09FF ]+");
    }
    assertThat(bn.fee(800)).isEqualTo("৳৮০০");
    assertThat(new AdminWords(Texts.ENGLISH).fee(1200)).isEqualTo("Tk 1200");
    assertThat(
            new AdminWords(Texts.ENGLISH)
                .days(java.util.Set.of(DayOfWeek.WEDNESDAY, DayOfWeek.SATURDAY, DayOfWeek.MONDAY)))
        .isEqualTo("Sat, Mon, Wed");
    for (Role r : Role.values()) {
      assertThat(bn.role(r)).matches("[\\u0980-\\u09FF ]+");
    }
    assertThat(bn.day(DayOfWeek.FRIDAY)).isEqualTo("শুক্রবার");
    assertThat(new AdminWords(Texts.ENGLISH).day(DayOfWeek.FRIDAY)).isEqualTo("Friday");
  }

  /** Keys the console's layouts ({@code %key}) and code ({@code word("key")}) ask for. */
  @Test
  void everyTextTheConsoleAsksForExists() throws IOException {
    Set<String> used = new TreeSet<>();
    collect(
        Path.of("src/main/resources/com/nirnoy/desk/ui/admin"), "\"%([a-z][a-zA-Z_.]+)\"", used);
    collect(
        Path.of("src/main/java/com/nirnoy/desk/ui/admin"),
        "word\\(\\s*\"([a-z][a-zA-Z_.]+[a-zA-Z_])\"",
        used);
    assertThat(used).hasSizeGreaterThan(80);
    assertThat(keys(Languages.ENGLISH)).containsAll(used);
  }

  private static void collect(Path dir, String regex, Set<String> into) throws IOException {
    Pattern p = Pattern.compile(regex);
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Matcher m = p.matcher(Files.readString(f));
        while (m.find()) {
          into.add(m.group(1));
        }
      }
    }
  }
}
