package com.nirnoy.desk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Where code belongs: the build says so, with the reason, when a line crosses a layer. */
@AnalyzeClasses(packages = "com.nirnoy.desk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static final String[] FEATURES = {
    "com.nirnoy.desk.booking..", "com.nirnoy.desk.doctor..", "com.nirnoy.desk.chamber..",
    "com.nirnoy.desk.user..", "com.nirnoy.desk.demo..", "com.nirnoy.desk.check..",
    "com.nirnoy.desk.schedule..", "com.nirnoy.desk.patient..", "com.nirnoy.desk.print..",
    "com.nirnoy.desk.staff..", "com.nirnoy.desk.stranded..", "com.nirnoy.desk.history..",
    "com.nirnoy.desk.rules..", "com.nirnoy.desk.live..", "com.nirnoy.desk.clinic.."
  };

  @ArchTest
  static final ArchRule featuresKnowNothingOfTheUi =
      noClasses()
          .that()
          .resideInAnyPackage(FEATURES)
          .or()
          .resideInAnyPackage("com.nirnoy.desk.db..", "com.nirnoy.desk.config..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.nirnoy.desk.ui..", "javafx..")
          .because(
              "domain and database code must run headless (commands, tests, the web's rules) without JavaFX");

  @ArchTest
  static final ArchRule onlyDbAndServicesTouchHibernateSessions =
      noClasses()
          .that()
          .resideInAnyPackage(
              "com.nirnoy.desk.ui..", "com.nirnoy.desk.cli..", "com.nirnoy.desk.config..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.hibernate..", "jakarta.persistence..")
          .because(
              "a screen or command never holds a Session: services run one short transaction per use case");

  @ArchTest
  static final ArchRule configKnowsNoDatabaseCode =
      noClasses()
          .that()
          .resideInAPackage("com.nirnoy.desk.config..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "com.nirnoy.desk.db..", "org.hibernate..", "com.zaxxer..", "org.flywaydb..")
          .because("settings are read and checked before anything connects");

  @ArchTest
  static final ArchRule dbKnowsNoFeature =
      noClasses()
          .that()
          .resideInAPackage("com.nirnoy.desk.db..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(FEATURES)
          .because(
              "the database layer is shared plumbing; features depend on it, never the reverse");

  @ArchTest
  static final ArchRule onlyDbReadsDriverErrors =
      noClasses()
          .that()
          .resideOutsideOfPackage("com.nirnoy.desk.db..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.postgresql.util..")
          .because(
              "exactly one place (db.DatabaseErrors) reads SQLSTATE and constraint names from the driver");

  @ArchTest
  static final ArchRule domainExceptionsLiveWithTheirFeature =
      classes()
          .that()
          .areAssignableTo(com.nirnoy.desk.booking.BookingException.class)
          .should()
          .resideInAPackage("com.nirnoy.desk.booking")
          .because("a receptionist's conflict messages are the booking feature's vocabulary");

  @ArchTest
  static final ArchRule featurePackagesHaveNoCycles =
      com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
          .matching("com.nirnoy.desk.(*)..")
          .should()
          .beFreeOfCycles()
          .because(
              "features build on each other in one direction (rules, staff -> doctor -> chamber -> booking ...)");

  @ArchTest
  static final ArchRule onlyTheStaffFeatureTouchesPasswordHashing =
      noClasses()
          .that()
          .resideOutsideOfPackages("com.nirnoy.desk.staff..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.password4j..")
          .because("passwords are hashed and checked in one place (staff.Passwords), never logged");

  @ArchTest
  static final ArchRule viewModelsStayFreeOfNodes =
      noClasses()
          .that()
          .haveSimpleNameEndingWith("ViewModel")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("javafx.scene..", "javafx.fxml..")
          .because("a ViewModel is tested without a stage; only the View touches nodes");
}
