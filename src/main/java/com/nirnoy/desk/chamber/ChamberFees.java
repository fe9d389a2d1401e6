package com.nirnoy.desk.chamber;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A chamber's own fees in whole taka, each winning over the doctor's when set (the platform's rule,
 * {@code nirnoy_visit_fee}); null: the doctor's fee (or the platform's share of it).
 */
public record ChamberFees(Integer consultationFee, Integer followUpFee, Integer reportCheckFee) {
  /** No overrides: the doctor's fees apply. */
  public static final ChamberFees NONE = new ChamberFees(null, null, null);

  static final int MAX_FEE = 100_000;

  /** Field to message; empty when the fees can be saved. */
  public Map<String, String> problems() {
    Map<String, String> p = new LinkedHashMap<>();
    check(p, "consultationFee", consultationFee);
    check(p, "followUpFee", followUpFee);
    check(p, "reportCheckFee", reportCheckFee);
    return p;
  }

  private static void check(Map<String, String> p, String field, Integer fee) {
    if (fee != null && (fee < 0 || fee > MAX_FEE)) {
      p.put(field, "A fee is 0 to 100,000 Taka");
    }
  }
}
