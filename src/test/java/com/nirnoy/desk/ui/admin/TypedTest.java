package com.nirnoy.desk.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class TypedTest {
  @Test
  void timesFeesAndNumbersTypedInBanglaDigitsAreRead() {
    assertThat(Typed.time("১৭:০০")).isEqualTo(LocalTime.of(17, 0));
    assertThat(Typed.time("৫:৩০")).isEqualTo(LocalTime.of(5, 30));
    assertThat(Typed.taka("৳১,২০০")).isEqualTo(1200);
    assertThat(Typed.taka("800.00")).isEqualTo(800);
    assertThat(Typed.taka("800.50")).as("whole taka only").isNull();
    assertThat(Typed.whole(" ১৬ ")).isEqualTo(16);
    assertThat(Typed.time("5pm")).isNull();
  }
}
