package com.nirnoy.desk.booking;

/** New patient, follow-up (lower fee), or showing test reports. */
public enum VisitType {
  NEW,
  FOLLOW_UP,
  REPORT
}
