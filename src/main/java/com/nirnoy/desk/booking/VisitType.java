package com.nirnoy.desk.booking;

/** The platform's visit types: a new patient, a follow-up (lower fee), or showing test reports. */
public enum VisitType {
  NEW,
  FOLLOW_UP,
  REPORT_CHECK
}
