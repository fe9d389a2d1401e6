package com.nirnoy.desk.chamber;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * A doctor's chamber as the admin's editor shows it: the place, its weekly session and its fee
 * overrides; {@link #toForm()} edits a copy.
 */
public record ChamberDetails(
    int id,
    int doctorId,
    Integer clinicId,
    String clinicName,
    String name,
    String address,
    String area,
    String city,
    String phone,
    Set<DayOfWeek> days,
    LocalTime start,
    LocalTime end,
    int slotMinutes,
    Integer maxPatients,
    ChamberFees fees,
    boolean active) {

  static ChamberDetails of(DoctorChamber c) {
    return new ChamberDetails(
        c.getId(),
        c.getDoctor().getId(),
        c.getClinic() == null ? null : c.getClinic().getId(),
        c.getClinic() == null ? null : c.getClinic().getName(),
        c.getName(),
        c.getAddress(),
        c.getArea(),
        c.getCity(),
        c.getPhone(),
        WeeklyDays.parse(c.getDaysOfWeek()),
        c.getStartTime(),
        c.getEndTime(),
        c.getSlotDuration(),
        c.getMaxPatients(),
        new ChamberFees(c.getConsultationFee(), c.getFollowUpFee(), c.getReportCheckFee()),
        c.isActive());
  }

  /** The weekly session. */
  public SessionForm schedule() {
    return new SessionForm(days, start, end, slotMinutes, maxPatients);
  }

  /** The stored days, e.g. {@code Sat,Mon,Wed}. */
  public String daysOfWeek() {
    return WeeklyDays.format(days);
  }

  /** The chamber's session on each of its days, in Bangladesh's week order. */
  public List<SessionDetails> sessions() {
    return WeeklyDays.WEEK.stream()
        .filter(days::contains)
        .map(
            d ->
                new SessionDetails(
                    id, name, doctorId, d, start, end, slotMinutes, maxPatients, active))
        .toList();
  }

  public ChamberForm toForm() {
    return new ChamberForm(name, address, area, city, phone, clinicId, schedule(), fees, active);
  }
}
