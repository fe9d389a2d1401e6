package com.nirnoy.desk.doctor;

import com.nirnoy.desk.db.Database;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Searches bookable (APPROVED) doctors page by page, so the directory stays fast at 10,000 doctors:
 * one query per page, filters pushed into SQL, chambers aggregated in the same query.
 */
public class DoctorDirectory {
  /**
   * The doctors the free text finds: the English name or a word of it starts with the text, so does
   * the Bangla name or a word of it, the specialty starts with it, or an active chamber's name
   * contains it or its area starts with it. A UNION of the doctor's side and the chambers' side,
   * each an OR the planner answers with its indexes (V5: Doctor_nameEn_prefix_idx,
   * Doctor_nameEn_trgm_idx, Doctor_nameBn_trgm_idx, Doctor_specialty_prefix_idx;
   * DoctorChamber_name_trgm_idx, DoctorChamber_area_prefix_idx, combined as bitmaps); a single OR
   * across both tables could use none of them and read every doctor and chamber.
   */
  private static final String TEXT_MATCHES =
      """
       AND d.id IN (
        SELECT id FROM "Doctor" WHERE lower("nameEn") LIKE ? OR lower("nameEn") LIKE ?
          OR "nameBn" LIKE ? OR "nameBn" LIKE ? OR lower("primarySpecialty") LIKE ?
        UNION SELECT "doctorId" FROM "DoctorChamber"
        WHERE "isActive" AND (lower(name) LIKE ? OR lower(area) LIKE ?))""";

  /**
   * By rating, then name (id keeps pages stable). Every doctor listed is APPROVED, so within a
   * specialty the planner reads Doctor_approved_specialty_rating_idx (V5) in this order and stops
   * at the page's end.
   */
  private static final String ORDER = "d.\"averageRating\" DESC, d.\"nameEn\", d.id";

  private static final String COLUMNS =
      """
      SELECT d.id, d."nameEn", d."nameBn", d.title, d."primarySpecialty",
             (SELECT sp."nameBn" FROM "Specialty" sp WHERE sp.name = d."primarySpecialty"),
             d."consultationFeeNew", d."consultationFeeFollowUp", d."averageRating",
             d."registrationStatus",
             (SELECT string_agg(DISTINCT c.name || ' (' || c.area || ')', '|')
                FROM "DoctorChamber" c WHERE c."doctorId" = d.id AND c."isActive") AS chambers
      FROM "Doctor" d
      """;

  private final Database db;
  private final Clock clock;

  public DoctorDirectory(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Approved doctors matching {@code q}, by rating and name. */
  public DoctorPage search(DoctorQuery q, int offset, int limit) {
    List<Object> params = new ArrayList<>();
    StringBuilder where = new StringBuilder("WHERE d.\"registrationStatus\" = 'APPROVED'");
    if (notBlank(q.text())) {
      String typed = q.text().strip();
      String t = typed.toLowerCase(Locale.ROOT);
      where.append(TEXT_MATCHES);
      params.addAll(
          List.of(
              t + "%",
              "% " + t + "%",
              typed + "%",
              "% " + typed + "%",
              t + "%",
              "%" + t + "%",
              t + "%"));
    }
    if (notBlank(q.specialty())) {
      where.append(" AND d.\"primarySpecialty\" = ?");
      params.add(q.specialty());
    }
    if (notBlank(q.area()) || notBlank(q.city())) {
      where.append(
          " AND EXISTS (SELECT 1 FROM \"DoctorChamber\" x WHERE x.\"doctorId\" = d.id AND x.\"isActive\"");
      if (notBlank(q.city())) {
        where.append(" AND x.city = ?");
        params.add(q.city());
      }
      if (notBlank(q.area())) {
        where.append(" AND x.area = ?");
        params.add(q.area());
      }
      where.append(')');
    }
    if (q.minFee() != null) {
      where.append(" AND d.\"consultationFeeNew\" >= ?");
      params.add(q.minFee());
    }
    if (q.maxFee() != null) {
      where.append(" AND d.\"consultationFeeNew\" <= ?");
      params.add(q.maxFee());
    }
    if (q.availableToday()) {
      LocalDate today = LocalDate.now(clock);
      where.append(
          " AND EXISTS (SELECT 1 FROM \"DoctorChamber\" x WHERE x.\"doctorId\" = d.id"
              + " AND x.\"isActive\" AND nirnoy_sits_on(x.\"daysOfWeek\", CAST(? AS date)))"
              + " AND NOT EXISTS (SELECT 1 FROM \"DoctorLeave\" l WHERE l.\"doctorId\" = d.id"
              + " AND l.\"startTime\" IS NULL AND CAST(? AS date) BETWEEN l.\"startDate\" AND l.\"endDate\")");
      params.add(today);
      params.add(today);
    }
    String sql = COLUMNS + where + " ORDER BY " + ORDER + " LIMIT ? OFFSET ?";
    params.add(limit + 1);
    params.add(offset);
    List<DoctorListing> rows =
        db.read(
            s -> {
              var query = s.createNativeQuery(sql, Object[].class);
              for (int i = 0; i < params.size(); i++) {
                query.setParameter(i + 1, params.get(i));
              }
              return query.getResultList().stream().map(DoctorDirectory::listing).toList();
            });
    boolean more = rows.size() > limit;
    return new DoctorPage(more ? rows.subList(0, limit) : rows, offset, more);
  }

  /** Every specialty of a bookable doctor, for the filter's choices. */
  public List<String> specialties() {
    return specialtyChoices().stream().map(SpecialtyChoice::name).toList();
  }

  /**
   * Every specialty of a bookable doctor with its Bangla name when the platform's {@code Specialty}
   * table has one, by name.
   */
  public List<SpecialtyChoice> specialtyChoices() {
    return db.read(
        s ->
            s
                .createNativeQuery(
                    """
                    SELECT x.specialty, (SELECT sp."nameBn" FROM "Specialty" sp WHERE sp.name = x.specialty)
                    FROM (SELECT DISTINCT "primarySpecialty" AS specialty FROM "Doctor"
                          WHERE "registrationStatus" = 'APPROVED') x
                    ORDER BY x.specialty
                    """,
                    Object[].class)
                .getResultList()
                .stream()
                .map(r -> new SpecialtyChoice((String) r[0], (String) r[1]))
                .toList());
  }

  private static DoctorListing listing(Object[] r) {
    String chambers = (String) r[10];
    return new DoctorListing(
        ((Number) r[0]).intValue(),
        (String) r[1],
        (String) r[2],
        (String) r[3],
        (String) r[4],
        (String) r[5],
        ((Number) r[6]).intValue(),
        r[7] == null ? null : ((Number) r[7]).intValue(),
        ((Number) r[8]).doubleValue(),
        DoctorStatus.fromStored((String) r[9]),
        chambers == null ? List.of() : Arrays.stream(chambers.split("\\|")).sorted().toList());
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }
}
