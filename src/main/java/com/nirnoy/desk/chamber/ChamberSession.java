package com.nirnoy.desk.chamber;

import com.nirnoy.desk.db.TimestampedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;

/**
 * A weekly session of a doctor at a chamber: e.g. Sundays 17:00-21:00, 15-minute serials, at most
 * 16 patients. Times are clinic local time (Asia/Dhaka).
 */
@Entity
@Table(name = "ChamberSession")
public class ChamberSession extends TimestampedEntity {
  @Column(nullable = false)
  private String chamberId;

  @Column(nullable = false)
  private String doctorId;

  /** ISO day of week: 1 = Monday .. 7 = Sunday. */
  @Column(nullable = false)
  private int dayOfWeek;

  @Column(nullable = false)
  private LocalTime startTime;

  @Column(nullable = false)
  private LocalTime endTime;

  @Column(nullable = false)
  private int slotMinutes;

  @Column(nullable = false)
  private int maxSerials;

  @Column(nullable = false)
  private boolean isActive = true;

  protected ChamberSession() {}

  public ChamberSession(
      String chamberId,
      String doctorId,
      DayOfWeek day,
      LocalTime startTime,
      LocalTime endTime,
      int slotMinutes,
      int maxSerials) {
    this.chamberId = chamberId;
    this.doctorId = doctorId;
    this.dayOfWeek = day.getValue();
    this.startTime = startTime;
    this.endTime = endTime;
    this.slotMinutes = slotMinutes;
    this.maxSerials = maxSerials;
  }

  /** Takes the admin's form (already validated); the chamber and doctor stay. */
  void apply(SessionForm f, Instant now) {
    dayOfWeek = f.day().getValue();
    startTime = f.start();
    endTime = f.end();
    slotMinutes = f.slotMinutes();
    maxSerials = f.maxSerials();
    isActive = f.active();
    touched(now);
  }

  public String getChamberId() {
    return chamberId;
  }

  public String getDoctorId() {
    return doctorId;
  }

  public DayOfWeek getDayOfWeek() {
    return DayOfWeek.of(dayOfWeek);
  }

  public LocalTime getStartTime() {
    return startTime;
  }

  public LocalTime getEndTime() {
    return endTime;
  }

  public int getSlotMinutes() {
    return slotMinutes;
  }

  public int getMaxSerials() {
    return maxSerials;
  }

  public boolean isActive() {
    return isActive;
  }

  /** This session's grid, for {@link SerialNumbering}. */
  public SerialNumbering.Grid grid() {
    return new SerialNumbering.Grid(startTime, endTime, slotMinutes, maxSerials);
  }
}
