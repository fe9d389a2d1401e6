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

/**
 * The benchmark clinic at a tiny scale, in the platform's shape: exact counts, every rule of the
 * schema holds, and the loader wrote exactly what the database's own trigger would have.
 */
class BenchDataLoaderTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
  private static HikariDataSource ds;
  private static Fixtures fx;
  private static BenchDataLoader.Loaded loaded;
  private static final List<String> progress = new ArrayList<>();

  @BeforeAll
  static void load() throws Exception {
    ConnectionSettings db = TestDatabases.freshDatabase();
    ds = DataSources.pool(db, "loader-test");
    fx = new Fixtures(ds);
    loaded = new BenchDataLoader(ds, progress::add).load(BenchScale.TINY, TODAY);
  }

  @AfterAll
  static void close() {
    ds.close();
  }

  @Test
  void loadsExactlyTheCountsOfTheScaleEachDoctorAndPatientWithAnAccount() {
    assertThat(fx.count("SELECT count(*) FROM \"Doctor\"")).isEqualTo(12);
    assertThat(fx.count("SELECT count(*) FROM \"DoctorChamber\"")).isEqualTo(36);
    assertThat(fx.count("SELECT count(*) FROM \"Clinic\""))
        .isEqualTo(BenchDataLoader.clinics(BenchScale.TINY));
    assertThat(fx.count("SELECT count(*) FROM \"Patient\"")).isEqualTo(40);
    assertThat(fx.count("SELECT count(*) FROM \"Appointment\"")).isEqualTo(300);
    assertThat(
            fx.count(
                "SELECT count(*) FROM \"Doctor\" d JOIN \"User\" u ON u.id = d.\"userId\""
                    + " WHERE u.role = 'DOCTOR'"))
        .isEqualTo(12);
    assertThat(
            fx.count(
                "SELECT count(*) FROM \"Patient\" p JOIN \"User\" u ON u.id = p.\"userId\""
                    + " WHERE u.role = 'PATIENT'"))
        .isEqualTo(40);
    assertThat(progress).anyMatch(l -> l.contains("appointments: 300"));
  }

  @Test
  void theLoadedIdsAreTheOnesTheBenchAsksFor() {
    BenchIds ids = loaded.ids();
    assertThat(
            fx.count(
                "SELECT count(*) FROM \"DoctorChamber\" WHERE id = ? AND \"doctorId\" = ?",
                ids.chamberId(12, 3),
                ids.doctorId(12)))
        .isEqualTo(1);
    assertThat(fx.count("SELECT count(*) FROM \"Patient\" WHERE id = ?", ids.patientId(40)))
        .isEqualTo(1);
  }

  @Test
  void noDoctorIsDoubleBookedAndNoSerialIsGivenTwice() throws Exception {
    assertThat(DoubleBookingAudit.run(ds).clean()).isTrue();
  }

  @Test
  void everyAppointmentIsOneSlotOfItsChambersWeeklySessionThatDay() {
    long offGrid =
        fx.count(
            """
            SELECT count(*) FROM "Appointment" a
            WHERE a."serialNumber" IS NULL
               OR a."serialNumber" IS DISTINCT FROM
                  nirnoy_serial_of(a."chamberId", nirnoy_clinic_day(a."date"), a."startTime"::time)
            """);
    assertThat(offGrid).isZero();
  }

  @Test
  void appointmentsAreStoredAsThePlatformStoresThem() {
    assertThat(
            fx.count(
                "SELECT count(*) FROM \"Appointment\" WHERE \"date\" <> date_trunc('day', \"date\")"
                    + " OR \"startTime\" !~ '^[0-2][0-9]:[0-5][0-9]$'"
                    + " OR (\"endTime\" IS NOT NULL AND \"endTime\" !~ '^[0-2][0-9]:[0-5][0-9]$')"))
        .isZero();
    // the web's bookings: REQUESTED ones among them, without an end time or a desk row
    assertThat(
            fx.count(
                "SELECT count(*) FROM \"Appointment\" WHERE status = 'REQUESTED' AND \"endTime\" IS NULL"))
        .isPositive();
    assertThat(
            fx.count(
                "SELECT count(*) FROM \"Appointment\" a JOIN \"DeskBooking\" b ON b.\"appointmentId\" = a.id"
                    + " WHERE a.\"endTime\" IS NULL OR a.status = 'REQUESTED'"))
        .isZero();
    assertThat(fx.count("SELECT count(*) FROM \"DeskBooking\"")).isPositive();
  }

  @Test
  void theLoaderWroteWhatTheDatabasesOwnFillTriggerWould() {
    // the held time, the clinic and the fee, as Appointment_desk_fill and nirnoy_visit_fee give
    // them
    long differing =
        fx.count(
            """
            SELECT count(*) FROM "Appointment" a JOIN "DoctorChamber" c ON c.id = a."chamberId"
            WHERE a."clinicId" IS DISTINCT FROM c."clinicId"
               OR a.fee IS DISTINCT FROM nirnoy_visit_fee(a."chamberId", a."visitType")
               OR a."deskSlot" <> tsrange(
                    nirnoy_clinic_day(a."date") + a."startTime"::time,
                    CASE WHEN a."endTime" IS NOT NULL
                         THEN nirnoy_clinic_day(a."date") + a."endTime"::time
                         ELSE nirnoy_clinic_day(a."date") + a."startTime"::time
                              + make_interval(mins => c."slotDuration") END)
            """);
    assertThat(differing).isZero();
  }

  @Test
  void onlyApprovedDoctorsHaveAppointmentsAndStatusesFitTheDate() {
    assertThat(
            fx.count(
                "SELECT count(*) FROM \"Appointment\" a JOIN \"Doctor\" d ON d.id = a.\"doctorId\""
                    + " WHERE d.\"registrationStatus\" <> 'APPROVED'"))
        .isZero();
    assertThat(
            fx.count(
                "SELECT count(*) FROM \"Appointment\" WHERE nirnoy_clinic_day(\"date\") > ?"
                    + " AND status IN ('COMPLETED', 'NO_SHOW')",
                TODAY))
        .isZero();
    assertThat(
            fx.count(
                "SELECT count(*) FROM \"Appointment\" WHERE nirnoy_clinic_day(\"date\") < ?"
                    + " AND status IN ('REQUESTED', 'CONFIRMED', 'CHECKED_IN')",
                TODAY))
        .isZero();
  }

  @Test
  void everyPhoneIsOneAccount() {
    assertThat(
            fx.count(
                "SELECT count(*) FROM (SELECT phone FROM \"User\" GROUP BY phone HAVING count(*) > 1) shared"))
        .isZero();
    // families book under the holder's account, with the visitor's name on the appointment
    assertThat(fx.count("SELECT count(*) FROM \"Appointment\" WHERE \"patientName\" IS NOT NULL"))
        .isPositive();
  }

  @Test
  void theRowTriggersAreOnAgainAfterLoadingAndTheSequencesPastTheLoadedIds() {
    assertThat(
            fx.count(
                "SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal AND tgenabled <> 'O'"
                    + " AND tgrelid::regclass::text IN ('\"Appointment\"', '\"Doctor\"', '\"User\"',"
                    + " '\"DoctorChamber\"', '\"Patient\"', '\"Clinic\"', '\"DeskBooking\"')"))
        .isZero();
    assertThat(
            fx.count(
                "SELECT count(*) FROM pg_constraint WHERE conname = 'Appointment_no_doctor_overlap'"))
        .isEqualTo(1);
    assertThat(
            fx.count(
                "SELECT nextval(pg_get_serial_sequence('\"Appointment\"', 'id'))"
                    + " - (SELECT max(id) FROM \"Appointment\")"))
        .isPositive();
    assertThat(
            fx.count(
                "SELECT nextval(pg_get_serial_sequence('\"User\"', 'id'))"
                    + " - (SELECT max(id) FROM \"User\")"))
        .isPositive();
  }
}
