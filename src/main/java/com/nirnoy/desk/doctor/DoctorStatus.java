package com.nirnoy.desk.doctor;

public enum DoctorStatus {
  ACTIVE,
  ON_LEAVE,
  INACTIVE
}
