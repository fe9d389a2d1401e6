package com.nirnoy.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.nirnoy.desk.chamber.ChamberFees;
import com.nirnoy.desk.chamber.ChamberForm;
import com.nirnoy.desk.chamber.LeaveForm;
import com.nirnoy.desk.chamber.SessionDetails;
import com.nirnoy.desk.chamber.SessionForm;
import com.nirnoy.desk.chamber.SessionOverlapException;
import com.nirnoy.desk.doctor.DoctorForm;
import com.nirnoy.desk.doctor.DoctorStatus;
import com.nirnoy.desk.rules.DatabaseRules;
import com.nirnoy.desk.rules.RuleViolationException;
import com.nirnoy.desk.staff.StaffForm;
import com.nirnoy.desk.user.Gender;
import com.nirnoy.desk.user.Role;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FormWordsTest {
  private static final FormWords BN = new FormWords(Texts.of(Languages.BANGLA));
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

  /** The messages the admin and sign-in forms can show, from forms filled badly. */
  private static List<String> formMessages() {
    List<String> all = new ArrayList<>();
    all.addAll(new StaffForm("", "12", "not-an-email", null, "").problems().values());
    all.addAll(new StaffForm("x".repeat(101), "", "", Role.ADMIN, "short").problems().values());
    all.addAll(
        new DoctorForm("", null, null, null, "", "?", "12", null, -1, null, -5, 200_000, true)
            .problems()
            .values());
    all.addAll(
        new DoctorForm(
                "Farhana Rahman",
                "ক".repeat(201),
                "x".repeat(201),
                Gender.FEMALE,
                "Medicine",
                "A-12345",
                "01711-000001",
                DoctorStatus.APPROVED,
                0,
                200_000,
                null,
                null,
                true)
            .problems()
            .values());
    all.addAll(new ChamberForm("", "", "", "", "12", null, null, null, true).problems().values());
    all.addAll(
        new ChamberForm(
                "Popular Diagnostic Centre",
                "House 16, Road 2",
                "Dhanmondi",
                "Dhaka",
                null,
                null,
                new SessionForm(Set.of(), LocalTime.of(18, 0), LocalTime.of(17, 0), 0, 0),
                new ChamberFees(-1, null, 100_001),
                true)
            .problems()
            .values());
    all.addAll(new SessionForm(Set.of(), null, null, 15, null).problems().values());
    all.addAll(
        new SessionForm(Set.of(DayOfWeek.SUNDAY), LocalTime.of(17, 0), LocalTime.of(17, 10), 15, 4)
            .problems()
            .values());
    all.addAll(new LeaveForm(null, null, null, null, "x".repeat(201)).problems(TODAY).values());
    all.addAll(
        new LeaveForm(TODAY.minusDays(1), TODAY.minusDays(2), null, null, null)
            .problems(TODAY)
            .values());
    return all;
  }

  @Test
  void everyMessageABadFormShowsHasItsBangla() {
    List<String> messages = formMessages();
    assertThat(messages).hasSizeGreaterThan(25);

    for (String english : messages) {
      assertThat(BN.phrase(english)).as(english).matches("(?s).*[\\u0980-\\u09FF].*");
      assertThat(FormWords.ENGLISH.phrase(english)).isEqualTo(english);
    }
  }

  @Test
  void theRulesAnAdminCanMeetHaveTheirBangla() {
    for (String rule :
        List.of(
            SessionOverlapException.RULE,
            DatabaseRules.BMDC_UNIQUE,
            DatabaseRules.STAFF_ACCOUNT_UNIQUE,
            DatabaseRules.EMAIL_UNIQUE,
            DatabaseRules.PHONE_UNIQUE,
            DatabaseRules.NOT_ON_LEAVE,
            DatabaseRules.DOCTOR_APPROVED)) {
      String said = BN.explain(new RuleViolationException(rule, "English", null));
      assertThat(said)
          .as(rule)
          .startsWith("সংরক্ষণ হয়নি: ")
          .matches("(?s).*[\\u0980-\\u09FF]{3}.*");
      assertThat(said).as(rule).doesNotContain(DatabaseRules.words(rule));
    }
  }

  /**
   * Every named rule of the schema (a constraint, index or raised exception in db/schema) that the
   * services have words for has those words in Bangla too.
   */
  @Test
  void everyRuleOfTheSchemaWithWordsHasItsBangla() throws java.io.IOException {
    java.util.Set<String> named = new java.util.TreeSet<>();
    var quoted = java.util.regex.Pattern.compile("\"([A-Z][A-Za-z]+_[A-Za-z_]+)\"");
    try (var files =
        java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/db/schema"))) {
      for (var f : files.toList()) {
        var m = quoted.matcher(java.nio.file.Files.readString(f));
        while (m.find()) {
          if (DatabaseRules.knows(m.group(1))) {
            named.add(m.group(1));
          }
        }
      }
    }
    assertThat(named).hasSizeGreaterThan(20);

    for (String rule : named) {
      assertThat(BN.phrase(DatabaseRules.words(rule)))
          .as(rule + ": " + DatabaseRules.words(rule))
          .matches("(?s).*[\\u0980-\\u09FF]{3}.*");
    }
  }

  @Test
  void anOverlappingSessionNamesTheOneInTheWayInBangla() {
    SessionDetails clash =
        new SessionDetails(
            1,
            "Popular Diagnostic Centre",
            2,
            DayOfWeek.SUNDAY,
            LocalTime.of(17, 0),
            LocalTime.of(19, 0),
            15,
            8,
            true);

    String said = BN.explain(new SessionOverlapException(clash, null));

    assertThat(said).contains("Popular Diagnostic Centre", "রবিবার", "১৭:০০-১৯:০০");
  }
}
