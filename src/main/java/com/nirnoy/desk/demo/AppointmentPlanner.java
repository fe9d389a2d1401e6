package com.nirnoy.desk.demo;

import com.nirnoy.desk.demo.Booking.Source;
import com.nirnoy.desk.demo.Booking.Visit;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BiPredicate;
import java.util.stream.IntStream;

/**
 * Books every chamber session from a week ago to three weeks ahead: a random 30-70% of its serials,
 * each to a person the doctor sees who has no other visit that day. Earlier bookings get lower
 * serials, as at a real desk, so walk-ins end up at the back of the queue.
 */
final class AppointmentPlanner {
  static final int DAYS_BACK = 7;
  static final int DAYS_AHEAD = 21;
  private static final double MIN_FILL = 0.3;
  private static final double FILL_SPREAD = 0.4;
  private static final long MAX_LEAD_MINUTES = 10 * 24 * 60;

  /** NEW first: a doctor who takes no new patients draws from the rest. */
  private static final Visit[] VISITS = {Visit.NEW, Visit.FOLLOW_UP, Visit.REPORT_CHECK};

  private static final int[] VISIT_WEIGHTS = {70, 25, 5};

  /** WALK_IN last: it is left out until the chamber's door is open for the day. */
  private static final Source[] SOURCES = {Source.DESK, Source.PHONE, Source.WEB, Source.WALK_IN};

  private static final int[] SOURCE_WEIGHTS = {35, 30, 20, 15};

  private final long seed;
  private final List<DemoPatient> patients;
  private final VisitOutcomes outcomes;
  private final LocalDateTime now;
  private final Map<LocalDate, Set<String>> booked = new HashMap<>();

  AppointmentPlanner(
      long seed, List<DemoPatient> patients, VisitOutcomes outcomes, LocalDateTime now) {
    this.seed = seed;
    this.patients = patients;
    this.outcomes = outcomes;
    this.now = now;
  }

  /**
   * @param sits whether a chamber takes bookings on a day (its doctor approved then, not on leave)
   */
  List<Booking> plan(List<PlannedChamber> chambers, BiPredicate<PlannedChamber, LocalDate> sits) {
    LocalDate today = now.toLocalDate();
    List<Booking> bookings = new ArrayList<>();
    for (int i = 0; i < chambers.size(); i++) {
      PlannedChamber s = chambers.get(i);
      List<DemoPatient> eligible =
          patients.stream().filter(p -> s.doctor().sees(p, today)).toList();
      for (LocalDate d = today.minusDays(DAYS_BACK);
          !d.isAfter(today.plusDays(DAYS_AHEAD));
          d = d.plusDays(1)) {
        if (s.spec().days().contains(d.getDayOfWeek()) && sits.test(s, d)) {
          bookings.addAll(occurrence(s, d, eligible, occurrenceRandom(i, d)));
        }
      }
    }
    return bookings;
  }

  /**
   * A generator per session occurrence, its seed scrambled: java.util.Random's first draws from
   * nearby seeds are nearly equal, which made every week a copy of the one before.
   */
  private Random occurrenceRandom(int session, LocalDate date) {
    long key = seed * 1_000_003L + session * 100_003L + date.toEpochDay();
    return new Random(new SplittableRandom(key).nextLong());
  }

  private List<Booking> occurrence(
      PlannedChamber s, LocalDate date, List<DemoPatient> eligible, Random random) {
    // one visit a day per person: nobody is booked with two doctors at once
    Set<String> busy = booked.computeIfAbsent(date, d -> new HashSet<>());
    List<DemoPatient> free = eligible.stream().filter(p -> !busy.contains(p.id())).toList();
    int slots = s.spec().serials();
    double fill = MIN_FILL + FILL_SPREAD * random.nextDouble();
    int wanted = Math.min(free.size(), (int) Math.round(slots * fill));
    List<Integer> serials =
        new ArrayList<>(sample(IntStream.rangeClosed(1, slots).boxed().toList(), wanted, random));
    serials.sort(Comparator.naturalOrder());
    List<Request> requests = new ArrayList<>();
    for (DemoPatient p : sample(free, wanted, random)) {
      busy.add(p.id());
      requests.add(request(s, date.atTime(s.spec().start()), p, random));
    }
    requests.sort(Comparator.comparing(Request::bookedAt));
    List<Booking> bySerial = new ArrayList<>(wanted);
    for (int k = 0; k < wanted; k++) {
      Request r = requests.get(k);
      bySerial.add(
          new Booking(r.patient(), s, date, serials.get(k), r.visit(), r.source(), r.bookedAt()));
    }
    outcomes.settle(bySerial, random);
    return bySerial;
  }

  /** A booking before its serial is known: the serial follows from when it was made. */
  private record Request(DemoPatient patient, Visit visit, Source source, LocalDateTime bookedAt) {}

  private Request request(PlannedChamber s, LocalDateTime opens, DemoPatient p, Random random) {
    boolean doorOpen = !opens.minusMinutes(VisitOutcomes.ARRIVE_EARLY_MINUTES).isAfter(now);
    Source source = pick(SOURCES, SOURCE_WEIGHTS, 0, doorOpen ? 4 : 3, random);
    Visit visit =
        pick(VISITS, VISIT_WEIGHTS, s.doctor().acceptsNew() ? 0 : 1, VISITS.length, random);
    LocalDateTime created;
    if (source == Source.WALK_IN) {
      created = earlier(opens.minusMinutes(random.nextInt(45)), now);
    } else {
      // most bookings are made a day or two ahead, a few up to ten days
      double lead = Math.pow(random.nextDouble(), 2);
      created = opens.minusMinutes(60 + (long) (MAX_LEAD_MINUTES * lead));
      long sinceBooked = 5 + random.nextInt(7 * 24 * 60);
      if (created.isAfter(now)) {
        // booked well ahead: some time in the past week, not all in the last minutes
        created = now.minusMinutes(sinceBooked);
      }
    }
    return new Request(p, visit, source, created);
  }

  /** A weighted pick among the items from {@code from} (inclusive) to {@code to} (exclusive). */
  private static <T> T pick(T[] items, int[] weights, int from, int to, Random random) {
    int total = 0;
    for (int i = from; i < to; i++) {
      total += weights[i];
    }
    int ticket = random.nextInt(total);
    int i = from;
    while (ticket >= weights[i]) {
      ticket -= weights[i++];
    }
    return items[i];
  }

  /** {@code n} distinct items in random order (a partial Fisher-Yates shuffle of a copy). */
  private static <T> List<T> sample(List<T> items, int n, Random random) {
    List<T> copy = new ArrayList<>(items);
    for (int i = 0; i < n; i++) {
      Collections.swap(copy, i, i + random.nextInt(copy.size() - i));
    }
    return copy.subList(0, n);
  }

  private static LocalDateTime earlier(LocalDateTime a, LocalDateTime b) {
    return a.isBefore(b) ? a : b;
  }
}
