package com.nirnoy.desk.doctor;

import com.nirnoy.desk.db.Database;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Searches doctors page by page, so the directory stays fast at 10,000 doctors: one query per page,
 * filters pushed into SQL, chambers aggregated in the same query.
 */
public class DoctorDirectory {
  /**
   * The doctors the free text finds: the name or a word of it starts with the text, the specialty
   * starts with it, or an active chamber's name contains it or its area starts with it. A UNION of
   * the doctor's side and the chambers' side, each an OR the planner answers with its indexes (V5,
   * combined as a bitmap); a single OR across both tables could use none of them and read every
   * doctor and chamber.
   */
  private static final String TEXT_MATCHES =
      """
       AND d.id IN (
        SELECT id FROM "Doctor" WHERE lower(name) LIKE ? OR lower(name) LIKE ? OR lower(specialty) LIKE ?
        UNION SELECT "doctorId" FROM "DoctorChamber"
        WHERE "isActive" AND (lower(name) LIKE ? OR lower(area) LIKE ?))""";

  /** Active doctors first, then by rating and name (id keeps pages stable). */
  private static final String ORDER = "(d.status = 'ACTIVE') DESC, d.rating DESC, d.name, d.id";

  /**
   * The same order when every doctor listed is ACTIVE: without the constant first key the planner
   * can read a specialty's doctors in order from Doctor_active_specialty_rating_idx (V5) and stop
   * at the page's end.
   */
  private static final String ONLY_ACTIVE_ORDER = "d.rating DESC, d.name, d.id";

  private final Database db;
  private final Clock clock;

  public DoctorDirectory(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Doctors matching {@code q}: active first, then by rating and name. */
  public DoctorPage search(DoctorQuery q, int offset, int limit) {
    List<Object> params = new ArrayList<>();
    StringBuilder where = new StringBuilder("WHERE d.status <> 'INACTIVE'");
    if (notBlank(q.text())) {
      String t = q.text().strip().toLowerCase(Locale.ROOT);
      where.append(TEXT_MATCHES);
      params.addAll(List.of(t + "%", "% " + t + "%", t + "%", "%" + t + "%", t + "%"));
    }
    if (notBlank(q.specialty())) {
      where.append(" AND d.specialty = ?");
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
    feeRange(q.minFee(), q.maxFee(), where, params);
    if (q.availableToday()) {
      LocalDate today = LocalDate.now(clock);
      where.append(
          " AND d.status = 'ACTIVE' AND EXISTS (SELECT 1 FROM \"ChamberSession\" s JOIN \"DoctorChamber\" x"
              + " ON x.id = s.\"chamberId\" WHERE s.\"doctorId\" = d.id AND s.\"isActive\" AND x.\"isActive\""
              + " AND s.\"dayOfWeek\" = ?) AND NOT EXISTS (SELECT 1 FROM \"DoctorLeave\" l WHERE l.\"doctorId\" = d.id"
              + " AND l.\"startTime\" IS NULL AND ? BETWEEN l.\"startDate\" AND l.\"endDate\")");
      params.add(today.getDayOfWeek().getValue());
      params.add(today);
    }
    String sql =
        "SELECT d.id, d.name, d.specialty, d.qualifications, d.fee, d.\"followUpFee\", d.rating, d.status,"
            + " (SELECT string_agg(c.name || ' (' || c.area || ')', '|' ORDER BY c.name) FROM \"DoctorChamber\" c"
            + " WHERE c.\"doctorId\" = d.id AND c.\"isActive\") AS chambers"
            + " FROM \"Doctor\" d "
            + where
            + " ORDER BY "
            + (q.availableToday() ? ONLY_ACTIVE_ORDER : ORDER)
            + " LIMIT ? OFFSET ?";
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

  /** Every specialty in use, for the filter's choices. */
  public List<String> specialties() {
    return db.read(
        s ->
            s.createSelectionQuery(
                    "select distinct specialty from Doctor where status <> :inactive order by specialty",
                    String.class)
                .setParameter("inactive", DoctorStatus.INACTIVE)
                .getResultList());
  }

  private static void feeRange(
      BigDecimal min, BigDecimal max, StringBuilder where, List<Object> params) {
    if (min != null) {
      where.append(" AND d.fee >= ?");
      params.add(min);
    }
    if (max != null) {
      where.append(" AND d.fee <= ?");
      params.add(max);
    }
  }

  private static DoctorListing listing(Object[] r) {
    String chambers = (String) r[8];
    return new DoctorListing(
        (String) r[0],
        (String) r[1],
        (String) r[2],
        (String) r[3],
        (BigDecimal) r[4],
        (BigDecimal) r[5],
        (BigDecimal) r[6],
        DoctorStatus.valueOf((String) r[7]),
        chambers == null ? List.of() : Arrays.asList(chambers.split("\\|")));
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }
}
