package com.nirnoy.desk.chamber;

import com.nirnoy.desk.db.Database;
import java.util.List;

/**
 * The places a day list can be for: each clinic with an active chamber (every doctor sitting there,
 * whatever their chamber rows are called), and each active chamber that belongs to no clinic (a
 * doctor's own practice) on its own. {@link com.nirnoy.desk.booking.AppointmentQueries#chamberDay}
 * lists a place's day the same way.
 */
public class ChamberPlaces {
  private static final String PLACES =
      """
      SELECT min(c.id), coalesce(k.name, c.name), coalesce(k.area, c.area),
             count(DISTINCT c."doctorId")
      FROM "DoctorChamber" c LEFT JOIN "Clinic" k ON k.id = c."clinicId"
      WHERE c."isActive"
      GROUP BY coalesce('clinic ' || c."clinicId", 'chamber ' || c.id),
               coalesce(k.name, c.name), coalesce(k.area, c.area)
      ORDER BY 2, 3, 1
      """;

  private final Database db;

  public ChamberPlaces(Database db) {
    this.db = db;
  }

  /** A place, named by one of its chamber rows (any of them finds the others). */
  public record Place(int chamberId, String name, String area, long doctors) {}

  /** Every place with an active chamber, by name. */
  public List<Place> all() {
    return db.read(
        s ->
            s.createNativeQuery(PLACES, Object[].class).getResultList().stream()
                .map(
                    r ->
                        new Place(
                            ((Number) r[0]).intValue(),
                            (String) r[1],
                            (String) r[2],
                            ((Number) r[3]).longValue()))
                .toList());
  }
}
