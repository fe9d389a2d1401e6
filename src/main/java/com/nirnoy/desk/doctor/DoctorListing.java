package com.nirnoy.desk.doctor;

import java.math.BigDecimal;
import java.util.List;

/** One row of the doctor directory. {@code chambers} reads "Name (Area)", active chambers only. */
public record DoctorListing(
    String id,
    String name,
    String specialty,
    String qualifications,
    BigDecimal fee,
    BigDecimal followUpFee,
    BigDecimal rating,
    DoctorStatus status,
    List<String> chambers) {}
