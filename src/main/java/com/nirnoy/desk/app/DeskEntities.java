package com.nirnoy.desk.app;

import com.nirnoy.desk.booking.Appointment;
import com.nirnoy.desk.chamber.ChamberSession;
import com.nirnoy.desk.chamber.DoctorChamber;
import com.nirnoy.desk.chamber.DoctorLeave;
import com.nirnoy.desk.doctor.Doctor;
import com.nirnoy.desk.user.User;
import java.util.List;

/** Every entity the desk maps; Hibernate validates each against the schema at start-up. */
public final class DeskEntities {
  public static final List<Class<?>> ALL =
      List.of(
          User.class,
          Doctor.class,
          DoctorChamber.class,
          ChamberSession.class,
          DoctorLeave.class,
          Appointment.class);

  private DeskEntities() {}
}
