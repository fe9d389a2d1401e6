package com.nirnoy.desk.chamber;

/** A doctor's chamber as the admin's editor shows it; {@link #toForm()} edits a copy. */
public record ChamberDetails(
    String id,
    String doctorId,
    String name,
    String address,
    String area,
    String city,
    String phone,
    boolean active) {

  static ChamberDetails of(DoctorChamber c) {
    return new ChamberDetails(
        c.getId(),
        c.getDoctor().getId(),
        c.getName(),
        c.getAddress(),
        c.getArea(),
        c.getCity(),
        c.getPhone(),
        c.isActive());
  }

  public ChamberForm toForm() {
    return new ChamberForm(name, address, area, city, phone, active);
  }
}
