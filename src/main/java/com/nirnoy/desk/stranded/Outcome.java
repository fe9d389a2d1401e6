package com.nirnoy.desk.stranded;

import java.util.List;

/**
 * What a confirmed change saved, and the appointments it stranded (now marked for the desk to call;
 * empty when none).
 */
public record Outcome<T>(T saved, List<AffectedAppointment> stranded) {
  public Outcome {
    stranded = List.copyOf(stranded);
  }
}
