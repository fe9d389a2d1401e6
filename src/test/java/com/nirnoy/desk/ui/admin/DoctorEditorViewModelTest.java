package com.nirnoy.desk.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.nirnoy.desk.app.DeskEntities;
import com.nirnoy.desk.db.Database;
import com.nirnoy.desk.doctor.DoctorAdminService;
import com.nirnoy.desk.doctor.DoctorDetails;
import com.nirnoy.desk.doctor.DoctorStatus;
import com.nirnoy.desk.stranded.AffectedAppointment;
import com.nirnoy.desk.stranded.StrandedAppointments;
import com.nirnoy.desk.testing.AdminClinic;
import com.nirnoy.desk.testing.TestDatabases;
import com.nirnoy.desk.testing.TestStaff;
import com.nirnoy.desk.ui.TaskRunner;
import com.nirnoy.desk.user.Gender;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DoctorEditorViewModelTest {
  static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-06T03:00:00Z"), ZoneId.of("Asia/Dhaka"));
  static final LocalDate NEXT_SUNDAY = LocalDate.of(2026, 12, 13);
  private static Database db;
  private static AdminClinic clinic;
  private DoctorEditorViewModel vm;
  private final List<DoctorDetails> saved = new ArrayList<>();

  @BeforeAll
  static void open() {
    db = Database.open(TestDatabases.freshDatabase(), DeskEntities.ALL);
    clinic = new AdminClinic(db, CLOCK);
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @BeforeEach
  void editor() {
    vm = new DoctorEditorViewModel(TaskRunner.SAME_THREAD, clinic.doctors);
    vm.newDoctor();
  }

  private static int phones;

  private void fill(String name, String bmdc, String fee) {
    vm.nameEnProperty().set(name);
    vm.genderProperty().set(Gender.MALE);
    vm.bmdcNumberProperty().set(bmdc);
    vm.specialtyProperty().set("Cardiology");
    vm.phoneProperty().set(String.format("01711-%06d", 400_000 + ++phones));
    vm.feeProperty().set(fee);
  }

  @Test
  void saveIsEnabledOnlyWhenEveryFieldIsRightAndEachProblemSitsByItsField() {
    assertThat(vm.form().validProperty().get()).isFalse();
    fill("Kamal Hossain", "A-30001", "12OO");
    assertThat(vm.form().error("fee").get()).isEqualTo("Fees are Taka, e.g. 800");
    assertThat(vm.form().validProperty().get()).isFalse();

    vm.feeProperty().set("1,200");
    assertThat(vm.form().error("fee").get()).isEmpty();
    assertThat(vm.form().validProperty().get()).isTrue();
    vm.save(saved::add);

    assertThat(saved)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.fee()).isEqualTo(1200);
              assertThat(d.status())
                  .as("a new doctor is bookable")
                  .isEqualTo(DoctorStatus.APPROVED);
              assertThat(d.phone()).startsWith("+880171140");
            });
    assertThat(vm.doctors()).extracting(DoctorDetails::nameEn).contains("Kamal Hossain");
  }

  @Test
  void cancelPutsBackTheSavedValues() {
    fill("Abul Kalam", "A-30002", "800");
    vm.save(saved::add);
    vm.feeProperty().set("5000");
    vm.nameEnProperty().set("Someone Else");
    vm.reportFeeProperty().set("300");

    vm.cancel();

    assertThat(vm.feeProperty().get()).isEqualTo("800");
    assertThat(vm.nameEnProperty().get()).isEqualTo("Abul Kalam");
    assertThat(vm.reportFeeProperty().get()).isEmpty();
    assertThat(vm.phoneProperty().get()).as("the account's phone, as read").startsWith("01711-");
  }

  @Test
  void suspendingListsThePatientsToCallAndSavesOnlyOnConfirm() {
    fill("Shafiqul Islam", "A-30003", "1000");
    vm.save(saved::add);
    int doctor = saved.get(0).id();
    int chamber =
        clinic.fx.chamber(
            doctor,
            null,
            "Ibn Sina",
            "Dhanmondi",
            "Sun",
            LocalTime.of(17, 0),
            LocalTime.of(19, 0),
            15,
            8);
    clinic.book(
        doctor, chamber, NEXT_SUNDAY, LocalTime.of(17, 0), "Rahima Begum", "+8801711000001");

    vm.statusProperty().set(DoctorStatus.SUSPENDED);
    vm.save(saved::add);

    assertThat(vm.form().confirmNeededProperty().get()).isTrue();
    assertThat(vm.form().affected())
        .extracting(AffectedAppointment::patientName, AffectedAppointment::patientPhone)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Rahima Begum", "01711-000001"));
    assertThat(clinic.doctors.find(doctor).status()).isEqualTo(DoctorStatus.APPROVED);

    vm.form().confirm();

    assertThat(clinic.doctors.find(doctor).status()).isEqualTo(DoctorStatus.SUSPENDED);
    assertThat(vm.form().messageProperty().get()).contains("1 appointment(s) are marked");
  }

  @Test
  void aNewDoctorNeedsAPhoneAndASexAndUnreadableFeesAreNamed() {
    vm.nameEnProperty().set("Nusrat Jahan");
    vm.bmdcNumberProperty().set("A-30005");
    vm.specialtyProperty().set("Medicine");
    vm.feeProperty().set("900");
    assertThat(vm.form().error("phone").get()).isNotEmpty();
    assertThat(vm.form().error("gender").get()).isNotEmpty();
    vm.phoneProperty().set("01711-430005");
    vm.genderProperty().set(Gender.FEMALE);
    vm.followUpFeeProperty().set("4OO");
    assertThat(vm.form().error("followUpFee").get()).isEqualTo("Fees are Taka, e.g. 500");
    assertThat(vm.form().validProperty().get()).isFalse();

    vm.followUpFeeProperty().set("");
    vm.nameBnProperty().set("নুসরাত জাহান");
    vm.acceptNewPatientsProperty().set(false);
    assertThat(vm.form().validProperty().get()).isTrue();
    vm.save(saved::add);

    assertThat(saved)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.displayName(true)).isEqualTo("Dr. নুসরাত জাহান");
              assertThat(d.gender()).isEqualTo(Gender.FEMALE);
              assertThat(d.acceptNewPatients()).isFalse();
            });
  }

  @Test
  void aReceptionistChangingAFeeSeesWhoCanDoIt() {
    fill("Nasrin Akter", "A-30004", "800");
    vm.save(saved::add);
    var asReceptionist =
        new DoctorEditorViewModel(
            TaskRunner.SAME_THREAD,
            new DoctorAdminService(
                db,
                CLOCK,
                TestStaff.receptionist(db),
                new StrandedAppointments(db, CLOCK, clinic.admin)));
    asReceptionist.edit(saved.get(0));
    asReceptionist.feeProperty().set("900");

    asReceptionist.save(d -> {});

    assertThat(asReceptionist.form().messageProperty().get())
        .isEqualTo("Only an admin can change a doctor's fee. Ask an admin to sign in.");
    db.sessionFrom(clinic.admin::token);
  }
}
