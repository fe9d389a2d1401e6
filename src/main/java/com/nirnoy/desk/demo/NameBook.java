package com.nirnoy.desk.demo;

import java.util.List;
import java.util.Random;

/**
 * Bangladeshi first names and surnames from {@code /demo/first-names.csv} and {@code
 * /demo/last-names.csv}. A surname is drawn first (by weight) and its naming tradition picks the
 * first name, so a Hindu surname never gets a Muslim first name or the other way round.
 */
final class NameBook {
  record FirstName(String name, String gender, String tradition) {}

  record Surname(String name, String tradition, String gender, int weight) {
    boolean fits(String forGender) {
      return "ANY".equals(gender) || gender.equals(forGender);
    }
  }

  private final List<FirstName> firstNames;
  private final List<Surname> surnames;

  private NameBook(List<FirstName> firstNames, List<Surname> surnames) {
    this.firstNames = firstNames;
    this.surnames = surnames;
  }

  static NameBook load() {
    List<FirstName> first =
        Csv.read("/demo/first-names.csv").stream()
            .map(r -> new FirstName(r.text("name"), r.text("gender"), r.text("tradition")))
            .toList();
    List<Surname> last =
        Csv.read("/demo/last-names.csv").stream()
            .map(
                r ->
                    new Surname(
                        r.text("name"), r.text("tradition"), r.text("gender"), r.integer("weight")))
            .toList();
    return new NameBook(first, last);
  }

  /**
   * A surname for one person of {@code gender}, or for a whole family when {@code gender} is "ANY"
   * (then only surnames that both men and women carry).
   */
  Surname surname(Random random, String gender) {
    List<Surname> fitting = surnames.stream().filter(s -> s.fits(gender)).toList();
    int total = fitting.stream().mapToInt(Surname::weight).sum();
    int ticket = random.nextInt(total);
    for (Surname s : fitting) {
      ticket -= s.weight();
      if (ticket < 0) {
        return s;
      }
    }
    throw new IllegalStateException("No surname fits " + gender);
  }

  String firstName(Random random, String gender, String tradition) {
    List<FirstName> fitting =
        firstNames.stream()
            .filter(f -> f.gender().equals(gender) && f.tradition().equals(tradition))
            .toList();
    if (fitting.isEmpty()) {
      throw new IllegalStateException(
          "first-names.csv has no " + gender + " " + tradition + " name");
    }
    return fitting.get(random.nextInt(fitting.size())).name();
  }
}
