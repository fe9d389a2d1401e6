package com.nirnoy.desk.testing;

import java.util.Collections;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

/** The keys of a message bundle that have words (a blank value counts as missing). */
public final class BundleKeys {
  private BundleKeys() {}

  public static Set<String> withWords(ResourceBundle b) {
    Set<String> own = new TreeSet<>();
    for (String k : Collections.list(b.getKeys())) {
      if (!b.getString(k).isBlank()) {
        own.add(k);
      }
    }
    return own;
  }

  /** Every English text has a Bangla one that differs and is written in Bengali script. */
  public static void assertTranslated(ResourceBundle en, ResourceBundle bn) {
    for (String k : withWords(en)) {
      org.assertj.core.api.Assertions.assertThat(bn.getString(k))
          .as(k)
          .isNotEqualTo(en.getString(k))
          .matches("(?s).*[\\u0980-\\u09FF].*");
    }
  }
}
