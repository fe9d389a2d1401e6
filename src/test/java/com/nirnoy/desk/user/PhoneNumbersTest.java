package com.nirnoy.desk.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          01711000001         | +8801711000001
          01711-000001        | +8801711000001
          +880 1711 000001    | +8801711000001
          +8801911234567      | +8801911234567
          008801811234567     | +8801811234567
          """)
  void typedNumbersBecomeTheCanonicalForm(String typed, String canonical) {
    assertThat(PhoneNumbers.canonical(typed)).contains(canonical);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {"", "  ", "12345", "0171100000", "017110000011", "call me", "01211000001"})
  void invalidNumbersAreRefused(String typed) {
    assertThat(PhoneNumbers.canonical(typed)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      textBlock =
          """
      +8801711000001, 01711-000001
      """)
  void canonicalNumbersReadBackAsReceptionistsWriteThem(String canonical, String shown) {
    assertThat(PhoneNumbers.display(canonical)).isEqualTo(shown);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"01711000001", "+880 1911 234567"})
  void canonicalFormPassesTheDatabaseRule(String typed) {
    assertThat(PhoneNumbers.canonical(typed).orElseThrow()).matches("^\\+[1-9][0-9]{7,14}$");
  }
}
