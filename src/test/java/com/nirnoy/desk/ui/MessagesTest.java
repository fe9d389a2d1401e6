package com.nirnoy.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.nirnoy.desk.booking.AppointmentStatus;
import com.nirnoy.desk.schedule.SlotState;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Both languages are complete: every key in one is in the other, and every state has words. */
class MessagesTest {
  private static Set<String> keys(Locale locale) {
    return com.nirnoy.desk.testing.BundleKeys.withWords(Languages.messages(locale));
  }

  @Test
  void banglaAndEnglishHaveTheSameKeys() {
    assertThat(keys(Languages.BANGLA)).isEqualTo(keys(Languages.ENGLISH));
  }

  @Test
  void banglaIsReallyTranslated() {
    com.nirnoy.desk.testing.BundleKeys.assertTranslated(
        Languages.messages(Languages.ENGLISH), Languages.messages(Languages.BANGLA));
  }

  @Test
  void everySlotStateAndStatusHasWords() {
    Set<String> keys = keys(Languages.ENGLISH);
    for (SlotState s : SlotState.values()) {
      if (s != SlotState.BOOKED) {
        assertThat(keys).contains("state." + s.name());
      }
    }
    for (AppointmentStatus s : AppointmentStatus.values()) {
      assertThat(keys).contains("state." + s.name());
    }
  }

  /** Keys the code and the layouts ask for: get("key"), say("key"), %key in FXML. */
  @Test
  void everyTextTheCodeAsksForExists() throws java.io.IOException {
    java.util.regex.Pattern inJava =
        java.util.regex.Pattern.compile("(?:get|say)\\(\\s*\"([a-z][a-zA-Z_.]+\\.[a-zA-Z_.]+)\"");
    java.util.regex.Pattern inFxml = java.util.regex.Pattern.compile("\"%([a-z][a-zA-Z_.]+)\"");
    Set<String> used = new TreeSet<>();
    try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main"))) {
      for (java.nio.file.Path f : files.filter(java.nio.file.Files::isRegularFile).toList()) {
        String name = f.toString();
        if (!name.endsWith(".java") && !name.endsWith(".fxml") || inAdminConsole(f)) {
          continue;
        }
        var m =
            (name.endsWith(".java") ? inJava : inFxml).matcher(java.nio.file.Files.readString(f));
        while (m.find()) {
          if (!m.group(1).endsWith(".")) { // a prefix completed in code: tested below
            used.add(m.group(1));
          }
        }
      }
    }
    assertThat(used).hasSizeGreaterThan(60);
    assertThat(keys(Languages.ENGLISH)).containsAll(used);
  }

  /** The admin console has its own bundle, checked by admin.AdminWordsTest. */
  private static boolean inAdminConsole(java.nio.file.Path f) {
    return f.toString().replace('\\', '/').contains("com/nirnoy/desk/ui/admin/");
  }

  @Test
  void everyGenderVisitTypeAndDoctorStatusHasWords() {
    Set<String> keys = keys(Languages.ENGLISH);
    for (var g : com.nirnoy.desk.user.Gender.values()) {
      assertThat(keys).contains("gender." + g.name());
    }
    for (var v : com.nirnoy.desk.booking.VisitType.values()) {
      assertThat(keys).contains("visit." + v.name());
    }
    for (var d : com.nirnoy.desk.doctor.DoctorStatus.values()) {
      assertThat(keys).contains("doctor.status." + d.name());
    }
  }
}
