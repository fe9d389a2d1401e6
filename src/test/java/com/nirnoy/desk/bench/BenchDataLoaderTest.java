package com.nirnoy.desk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.nirnoy.desk.config.ConnectionSettings;
import com.nirnoy.desk.db.DataSources;
import com.nirnoy.desk.testing.Fixtures;
import com.nirnoy.desk.testing.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The benchmark clinic at a tiny scale: exact counts, and every rule of the schema holds. */
class BenchDataLoaderTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
  private static HikariDataSource ds;
  private static Fixtures fx;
  private static final List<String> progress = new ArrayList<>();

  @BeforeAll
  static void load() throws Exception {
    ConnectionSettings db = TestDatabases.freshDatabase();
    ds = DataSources.pool(db, "loader-test");
    fx = new Fixtures(ds);
    new BenchDataLoader(ds, progress::add).load(BenchScale.TINY, TODAY);
  }

  @AfterAll
  static void close() {
    ds.close();
  }

  @Test
  void loadsExactlyTheCountsOfTheScale() {
    assertThat(fx.count("SELECT count(*) FROM \"Doctor\"")).isEqualTo(12);
    assertThat(fx.count("SELECT count(*) FROM \"DoctorChamber\"")).isEqualTo(36);
    assertThat(fx.count("SELECT count(*) FROM \"ChamberSession\"")).isEqualTo(12 * 8);
    assertThat(fx.count("SELECT count(*) FROM \"User\" WHERE role = 'PATIENT'")).isEqualTo(40);
    assertThat(fx.count("SELECT count(*) FROM \"Appointment\"")).isEqualTo(300);
    assertThat(progress).anyMatch(l -> l.contains("appointments: 300"));
  }

  @Test
  void noDoctorIsDoubleBookedAndNoSerialIsGivenTwice() throws Exception {
    assertThat(DoubleBookingAudit.run(ds).clean()).isTrue();
  }

  @Test
  void everyAppointmentIsOneSlotOfItsChambersSessionThatWeekday() {
    long offGrid =
        fx.count(
            """
            SELECT count(*) FROM "Appointment" a WHERE NOT EXISTS (
              SELECT 1 FROM "ChamberSession" s WHERE s."chamberId" = a."chamberId"
                AND s."dayOfWeek" = extract(isodow FROM a.date)
                AND a."startTime" = s."startTime" + make_interval(mins => (a."serialNumber" - 1) * s."slotMinutes")
                AND a."serialNumber" <= s."maxSerials" AND a."endTime" <= s."endTime")
            """);
    assertThat(offGrid).isZero();
  }

  @Test
  void onlyActiveDoctorsHaveAppointmentsAndStatusesFitTheDate() {
    assertThat(
            fx.count(
                "SELECT count(*) FROM \"Appointment\" a JOIN \"Doctor\" d ON d.id = a.\"doctorId\""
                    + " WHERE d.status <> 'ACTIVE'"))
        .isZero();
    assertThat(
            fx.count(
                "SELECT count(*) FROM \"Appointment\" WHERE date > ? AND status IN ('COMPLETED', 'NO_SHOW')",
                TODAY))
        .isZero();
  }

  @Test
  void familiesShareAPhoneAndEveryPhoneIsCanonical() {
    assertThat(
            fx.count(
                "SELECT count(*) FROM (SELECT phone FROM \"User\" WHERE role = 'PATIENT'"
                    + " GROUP BY phone HAVING count(*) > 1) shared"))
        .isPositive();
  }

  @Test
  void theRowTriggersAreOnAgainAfterLoading() {
    assertThat(
            fx.count(
                "SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal AND tgenabled <> 'O'"
                    + " AND tgrelid::regclass::text IN ('\"Appointment\"', '\"Doctor\"', '\"User\"')"))
        .isZero();
  }
}
