package com.nirnoy.desk.app;

import com.nirnoy.desk.booking.Appointment;
import com.nirnoy.desk.chamber.DoctorChamber;
import com.nirnoy.desk.chamber.DoctorLeave;
import com.nirnoy.desk.clinic.Clinic;
import com.nirnoy.desk.doctor.Doctor;
import com.nirnoy.desk.patient.Patient;
import com.nirnoy.desk.staff.DeskStaff;
import com.nirnoy.desk.user.User;
import java.util.List;

/** Every entity the desk maps; Hibernate validates each against the schema at start-up. */
public final class DeskEntities {
  public static final List<Class<?>> ALL =
      List.of(
          User.class,
          Patient.class,
          DeskStaff.class,
          Clinic.class,
          Doctor.class,
          DoctorChamber.class,
          DoctorLeave.class,
          Appointment.class);

  private DeskEntities() {}
}
