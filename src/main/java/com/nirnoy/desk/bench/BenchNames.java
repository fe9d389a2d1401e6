package com.nirnoy.desk.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The words the benchmark clinic is made of: full names built from the demo clinic's Bangladeshi
 * first names and surnames (a first name only with a surname of its tradition), and fixed lists of
 * specialties, Dhaka areas and kinds of centre. Passed to PostgreSQL as arrays, so the loader picks
 * from them set-wise.
 */
final class BenchNames {
  static final List<String> SPECIALTIES =
      List.of(
          "Medicine",
          "Cardiology",
          "Gynaecology & Obstetrics",
          "Paediatrics",
          "Orthopaedics",
          "Dermatology",
          "ENT",
          "Ophthalmology",
          "Neurology",
          "Nephrology",
          "Gastroenterology",
          "Psychiatry",
          "Urology",
          "Endocrinology",
          "Oncology",
          "Pulmonology",
          "Rheumatology",
          "General Surgery",
          "Dentistry",
          "Physical Medicine");

  static final List<String> AREAS =
      List.of(
          "Dhanmondi",
          "Gulshan",
          "Banani",
          "Mirpur",
          "Uttara",
          "Mohammadpur",
          "Motijheel",
          "Shyamoli",
          "Panthapath",
          "Farmgate",
          "Malibagh",
          "Badda",
          "Rampura",
          "Bashundhara",
          "Khilgaon",
          "Lalbagh",
          "Wari",
          "Jatrabari",
          "Tejgaon",
          "Mohakhali",
          "Baridhara",
          "Savar",
          "Tongi",
          "Keraniganj");

  static final List<String> CENTRE_KINDS =
      List.of(
          "Diagnostic Centre",
          "Specialized Hospital",
          "Medical Centre",
          "General Hospital",
          "Health Care",
          "Medicare");

  /** "First Last" names. */
  final List<String> names = new ArrayList<>();

  /** MALE or FEMALE, one per name. */
  final List<String> genders = new ArrayList<>();

  private BenchNames() {}

  static BenchNames load() {
    List<String[]> first = read("/demo/first-names.csv");
    List<String[]> last = read("/demo/last-names.csv");
    BenchNames b = new BenchNames();
    for (String[] surname : last) {
      for (String[] f : first) {
        boolean sameTradition = f[2].equals(surname[1]);
        boolean fits = surname[2].equals("ANY") || surname[2].equals(f[1]);
        if (sameTradition && fits) {
          b.names.add(f[0] + " " + surname[0]);
          b.genders.add(f[1]);
        }
      }
    }
    return b;
  }

  /** The records of a demo CSV without quoted fields (the name lists): header and # lines off. */
  private static List<String[]> read(String resource) {
    InputStream in = BenchNames.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(resource + " is missing from the build");
    }
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      boolean header = true;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] cells = line.split(",", -1);
        for (int i = 0; i < cells.length; i++) {
          cells[i] = cells[i].strip();
        }
        rows.add(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
