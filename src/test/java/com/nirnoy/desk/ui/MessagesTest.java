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
}
