package com.nirnoy.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;

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
import com.nirnoy.desk.user.Role;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
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
        new DoctorForm("", "?", "", null, null, new BigDecimal("-1"), null, "12", null)
            .problems()
            .values());
    all.addAll(
        new DoctorForm(
                "Dr A",
                "A-12345",
                "Medicine",
                null,
                new BigDecimal("200000"),
                null,
                DoctorStatus.ACTIVE,
                null,
                null)
            .problems()
            .values());
    all.addAll(new ChamberForm("", "", "", "", "12", true).problems().values());
    all.addAll(
        new SessionForm(null, LocalTime.of(18, 0), LocalTime.of(17, 0), 0, 0, true)
            .problems()
            .values());
    all.addAll(
        new SessionForm(DayOfWeek.SUNDAY, LocalTime.of(17, 0), LocalTime.of(17, 10), 15, 4, true)
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
    assertThat(messages).hasSizeGreaterThan(15);

    for (String english : messages) {
      assertThat(BN.phrase(english)).as(english).matches("(?s).*[\\u0980-\\u09FF].*");
      assertThat(FormWords.ENGLISH.phrase(english)).isEqualTo(english);
    }
  }

  @Test
  void theRulesAnAdminCanMeetHaveTheirBangla() {
    for (String rule :
        List.of(
            DatabaseRules.SESSION_OVERLAP,
            DatabaseRules.BMDC_UNIQUE,
            DatabaseRules.STAFF_PHONE_UNIQUE,
            DatabaseRules.STAFF_EMAIL_UNIQUE,
            DatabaseRules.NOT_ON_LEAVE,
            DatabaseRules.DOCTOR_ACTIVE)) {
      String said = BN.explain(new RuleViolationException(rule, "English", null));
      assertThat(said)
          .as(rule)
          .startsWith("সংরক্ষণ হয়নি: ")
          .matches("(?s).*[\\u0980-\\u09FF]{3}.*");
      assertThat(said).as(rule).doesNotContain(DatabaseRules.words(rule));
    }
  }

  @Test
  void anOverlappingSessionNamesTheOneInTheWayInBangla() {
    SessionDetails clash =
        new SessionDetails(
            "s1",
            "c1",
            "Popular Diagnostic Centre",
            "d1",
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
