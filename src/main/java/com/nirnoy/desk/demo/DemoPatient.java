package com.nirnoy.desk.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A generated patient; createdAt is clinic local time. */
record DemoPatient(
    String id,
    String name,
    String gender,
    LocalDate dateOfBirth,
    String phone,
    LocalDateTime createdAt) {}
