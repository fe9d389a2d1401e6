package com.nirnoy.desk.user;

public enum Gender {
  MALE,
  FEMALE,
  OTHER
}
