package com.nirnoy.desk.booking;

/**
 * A chamber's fees for each visit type, in whole taka, as the database's one fee rule ({@code
 * nirnoy_visit_fee}: the chamber's override, else the doctor's; a follow-up falls back to half, a
 * report check to 30%) gives them; the booking charges the same.
 */
public record VisitFees(int newVisit, int followUp, int reportCheck) {

  public int of(VisitType type) {
    return switch (type) {
      case NEW -> newVisit;
      case FOLLOW_UP -> followUp;
      case REPORT_CHECK -> reportCheck;
    };
  }
}
