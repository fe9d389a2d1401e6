package com.nirnoy.desk.chamber;

import static org.assertj.core.api.Assertions.assertThat;

import com.nirnoy.desk.app.DeskEntities;
import com.nirnoy.desk.chamber.ChamberPlaces.Place;
import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.testing.Fixtures;
import com.nirnoy.desk.testing.TestDatabases;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class ChamberPlacesTest {

  @Test
  void aClinicIsOnePlaceWhateverItsChambersAreCalledAndAChamberWithoutOneIsItsOwn() {
    try (Database db = Database.open(TestDatabases.freshDatabase(), DeskEntities.ALL)) {
      Fixtures fx = new Fixtures(db.dataSource());
      int clinic = fx.clinic("Uttara Crescent Hospital", "Uttara");
      int farhana = fx.doctor("Farhana Rahman", "Gynaecology", 1000);
      int kamal = fx.doctor("Kamal Hossain", "Cardiology", 1200);
      LocalTime five = LocalTime.of(17, 0);
      LocalTime nine = LocalTime.of(21, 0);
      int first =
          fx.chamber(farhana, clinic, "Crescent OPD 3", "Uttara", "Sat", five, nine, 15, null);
      fx.chamber(kamal, clinic, "Crescent Cardiac Wing", "Uttara", "Sun", five, nine, 15, null);
      int own =
          fx.chamber(kamal, null, "Dr Kamal's Chamber", "Mirpur", "Fri", five, nine, 15, null);
      int closed = fx.chamber(farhana, null, "Old Chamber", "Gulshan", "Mon", five, nine, 15, null);
      fx.execute("UPDATE \"DoctorChamber\" SET \"isActive\" = false WHERE id = ?", closed);

      assertThat(new ChamberPlaces(db).all())
          .containsExactly(
              new Place(own, "Dr Kamal's Chamber", "Mirpur", 1),
              new Place(first, "Uttara Crescent Hospital", "Uttara", 2));
    }
  }
}
