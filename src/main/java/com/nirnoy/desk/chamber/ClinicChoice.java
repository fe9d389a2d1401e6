package com.nirnoy.desk.chamber;

/** One of the platform's clinics a chamber can be in, as the chamber form offers it. */
public record ClinicChoice(int id, String name, String address, String area, String city) {}
