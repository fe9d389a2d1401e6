package com.nirnoy.desk.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Makes the clinic's patients: mostly people with a phone of their own, and some families (same
 * surname) who share one mobile number, as real families do at a Bangladeshi front desk.
 */
final class PatientGenerator {
  /** Share of households (so of phone numbers) used by a family of 2-4 rather than one person. */
  static final double FAMILY_SHARE = 0.2;

  private final NameBook names;
  private final Random random;
  private final LocalDateTime now;
  private final Set<String> phones = new HashSet<>();
  private int households;
  private int people;

  /** {@code taken}: phones already in use (doctors, staff), never given to a patient. */
  PatientGenerator(NameBook names, Random random, LocalDateTime now, Set<String> taken) {
    this.names = names;
    this.random = random;
    this.now = now;
    this.phones.addAll(taken);
  }

  List<DemoPatient> generate(int count) {
    List<DemoPatient> patients = new ArrayList<>(count);
    while (patients.size() < count) {
      int left = count - patients.size();
      if (left >= 2 && random.nextDouble() < FAMILY_SHARE) {
        patients.addAll(family(2 + random.nextInt(Math.min(3, left - 1))));
      } else {
        patients.add(single());
      }
    }
    return patients;
  }

  private DemoPatient single() {
    String gender = random.nextBoolean() ? "MALE" : "FEMALE";
    NameBook.Surname surname = names.surname(random, gender);
    int household = households++;
    return person(
        fullName(gender, surname), gender, 16 + random.nextInt(60), newPhone(), household, null);
  }

  /** Head of household, spouse, then children; all on the head's phone. */
  private List<DemoPatient> family(int size) {
    NameBook.Surname surname = names.surname(random, "ANY");
    String phone = newPhone();
    String headGender = random.nextBoolean() ? "MALE" : "FEMALE";
    int headAge = 28 + random.nextInt(38);
    int household = households++;
    List<DemoPatient> members = new ArrayList<>();
    DemoPatient head =
        person(fullName(headGender, surname), headGender, headAge, phone, household, null);
    members.add(head);
    String spouseGender = "MALE".equals(headGender) ? "FEMALE" : "MALE";
    int spouseAge = Math.max(20, headAge - 8 + random.nextInt(12));
    members.add(member(members, spouseGender, surname, spouseAge, phone));
    for (int i = 2; i < size; i++) {
      String gender = random.nextBoolean() ? "MALE" : "FEMALE";
      int childAge = random.nextInt(Math.max(2, headAge - 20));
      members.add(member(members, gender, surname, childAge, phone));
    }
    return members;
  }

  /** A family member named unlike the others: two "Subrata Das" on one phone would confuse. */
  private DemoPatient member(
      List<DemoPatient> family, String gender, NameBook.Surname surname, int age, String phone) {
    Set<String> taken = new HashSet<>();
    family.forEach(m -> taken.add(m.name()));
    String name;
    do {
      name = fullName(gender, surname);
    } while (taken.contains(name));
    DemoPatient head = family.get(0);
    return person(name, gender, age, phone, head.household(), head);
  }

  /** {@code head}: the household's account holder, or null for the holder. */
  private DemoPatient person(
      String name, String gender, int age, String phone, int household, DemoPatient head) {
    LocalDate born = now.toLocalDate().minusYears(age).minusDays(random.nextInt(365));
    // registered at least a month ago, so before any demo booking (the earliest is ~18 days back)
    LocalDateTime registered =
        now.minusDays(30 + random.nextInt(900)).minusMinutes(random.nextInt(600));
    return new DemoPatient(
        "person-" + people++,
        name,
        gender,
        born,
        phone,
        head == null ? registered : head.createdAt(),
        household,
        head == null);
  }

  private String fullName(String gender, NameBook.Surname surname) {
    return names.firstName(random, gender, surname.tradition()) + " " + surname.name();
  }

  /** A Bangladeshi mobile in E.164: +8801, an operator digit 3-9, then eight digits. */
  private String newPhone() {
    String phone;
    do {
      phone = String.format("+8801%d%08d", 3 + random.nextInt(7), random.nextInt(100_000_000));
    } while (!phones.add(phone));
    return phone;
  }
}
