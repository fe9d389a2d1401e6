package com.nirnoy.desk.chamber;

import static org.assertj.core.api.Assertions.assertThat;

import com.nirnoy.desk.chamber.SerialNumbering.Grid;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SerialNumberingTest {
  private static final Grid MORNING = new Grid(LocalTime.of(9, 0), LocalTime.of(10, 0), 10, 5);
  private static final Grid EVENING = new Grid(LocalTime.of(17, 0), LocalTime.of(19, 0), 15, 8);
  private static final List<Grid> DAY = List.of(EVENING, MORNING);

  @Test
  void serialsRunAcrossTheChambersWholeDay() {
    assertThat(SerialNumbering.serialOf(DAY, LocalTime.of(9, 0))).contains(1);
    assertThat(SerialNumbering.serialOf(DAY, LocalTime.of(9, 40))).contains(5);
    assertThat(SerialNumbering.serialOf(DAY, LocalTime.of(17, 0))).contains(6);
    assertThat(SerialNumbering.serialOf(DAY, LocalTime.of(18, 45))).contains(13);
  }

  @Test
  void theCapEndsTheGridEvenWhenTheSessionRunsLonger() {
    assertThat(MORNING.serialCount()).isEqualTo(5);
    assertThat(SerialNumbering.serialOf(DAY, LocalTime.of(9, 50)))
        .as("sixth slot, cap 5")
        .isEmpty();
  }

  @Test
  void timesOffTheGridHaveNoSerial() {
    assertThat(SerialNumbering.serialOf(DAY, LocalTime.of(9, 5))).isEmpty();
    assertThat(SerialNumbering.serialOf(DAY, LocalTime.of(12, 0))).isEmpty();
    assertThat(SerialNumbering.serialOf(List.of(), LocalTime.of(9, 0))).isEmpty();
  }
}
