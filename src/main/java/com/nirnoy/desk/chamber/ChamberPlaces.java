package com.nirnoy.desk.chamber;

import com.nirnoy.desk.db.Database;
import java.util.List;

/**
 * The clinic's places: in the schema each doctor has their own chamber rows (one per weekly
 * session, decision 0023), so one building where several doctors sit appears once per row. Grouped
 * by name and address, it is one place.
 */
public class ChamberPlaces {
  private final Database db;

  public ChamberPlaces(Database db) {
    this.db = db;
  }

  /** A place, named by one of its chamber rows (any of them finds the others). */
  public record Place(int chamberId, String name, String area, long doctors) {}

  /** Every active place, by name. */
  public List<Place> all() {
    return db.inTransaction(
        s ->
            s
                .createSelectionQuery(
                    """
                    select min(c.id), c.name, c.area, count(distinct c.doctor.id)
                    from DoctorChamber c
                    where c.isActive
                    group by c.name, c.address, c.area
                    order by c.name, c.area
                    """,
                    Object[].class)
                .getResultList()
                .stream()
                .map(r -> new Place((Integer) r[0], (String) r[1], (String) r[2], (Long) r[3]))
                .toList());
  }
}
