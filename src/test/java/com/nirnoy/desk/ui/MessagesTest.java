package com.nirnoy.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.nirnoy.desk.booking.AppointmentStatus;
import com.nirnoy.desk.schedule.SlotState;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Both languages are complete: every key in one is in the other, and every state has words. */
class MessagesTest {
  private static Set<String> keys(Locale locale) {
    ResourceBundle b = Languages.messages(locale);
    Set<String> own = new TreeSet<>();
    for (String k : Collections.list(b.getKeys())) {
      if (!b.getString(k).isBlank()) {
        own.add(k);
      }
    }
    return own;
  }

  @Test
  void banglaAndEnglishHaveTheSameKeys() {
    assertThat(keys(Languages.BANGLA)).isEqualTo(keys(Languages.ENGLISH));
  }

  @Test
  void banglaIsReallyTranslated() {
    ResourceBundle bn = Languages.messages(Languages.BANGLA);
    ResourceBundle en = Languages.messages(Languages.ENGLISH);

    for (String k : keys(Languages.ENGLISH)) {
      assertThat(bn.getString(k))
          .as(k)
          .isNotEqualTo(en.getString(k))
          .matches("(?s).*[\\u0980-\\u09FF].*");
    }
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
        if (!name.endsWith(".java") && !name.endsWith(".fxml")) {
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
