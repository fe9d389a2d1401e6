package com.nirnoy.desk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.nirnoy.desk.app.DeskEntities;
import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.staff.StaffService;
import com.nirnoy.desk.staff.StaffSession;
import com.nirnoy.desk.testing.TestDatabases;
import com.nirnoy.desk.user.Role;
import org.junit.jupiter.api.Test;

class DemoStaffTest {

  @Test
  void theDemoAdminAndReceptionistSignInWithTheDocumentedPasswords() {
    try (Database db = Database.open(TestDatabases.freshDatabase(), DeskEntities.ALL)) {
      DemoClinic.fill(db.dataSource(), DemoClinicTest.CLOCK);
      StaffService staff = new StaffService(db, DemoClinicTest.CLOCK, new StaffSession());

      assertThat(staff.needsFirstAdmin()).isFalse();
      assertThat(staff.signIn(DemoStaff.ADMIN_PHONE, DemoStaff.ADMIN_PASSWORD).role())
          .isEqualTo(Role.ADMIN);
      assertThat(staff.signIn(DemoStaff.RECEPTIONIST_PHONE, DemoStaff.RECEPTIONIST_PASSWORD).role())
          .isEqualTo(Role.RECEPTIONIST);
    }
  }
}
