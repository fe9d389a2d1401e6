package com.nirnoy.desk.demo;

import com.nirnoy.desk.booking.AppointmentStatus;
import com.nirnoy.desk.booking.BookingSource;
import com.nirnoy.desk.booking.VisitType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
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
import java.util.stream.IntStream;

/**
 * Books every session occurrence from a week ago to three weeks ahead: a random 30-70% of its
 * serials, each to a patient the doctor sees who has no other visit that day. Earlier bookings get
 * lower serials, as at a real desk, so walk-ins end up at the back of the queue.
 */
final class AppointmentPlanner {
  static final int DAYS_BACK = 7;
  static final int DAYS_AHEAD = 21;
  private static final double MIN_FILL = 0.3;
  private static final double FILL_SPREAD = 0.4;
  private static final long MAX_LEAD_MINUTES = 10 * 24 * 60;

  private static final VisitType[] TYPES = {VisitType.NEW, VisitType.FOLLOW_UP, VisitType.REPORT};
  private static final int[] TYPE_WEIGHTS = {70, 25, 5};

  /** WALK_IN last: it is left out until the chamber's door is open for the day. */
  private static final BookingSource[] SOURCES = {
    BookingSource.DESK, BookingSource.PHONE, BookingSource.WEB, BookingSource.WALK_IN
  };

  private static final int[] SOURCE_WEIGHTS = {35, 30, 20, 15};

  private final long seed;
  private final List<DemoPatient> patients;
  private final Ids ids;
  private final VisitOutcomes outcomes;
  private final LocalDateTime now;
  private final Map<LocalDate, Set<String>> booked = new HashMap<>();

  AppointmentPlanner(
      long seed, List<DemoPatient> patients, Ids ids, VisitOutcomes outcomes, LocalDateTime now) {
    this.seed = seed;
    this.patients = patients;
    this.ids = ids;
    this.outcomes = outcomes;
    this.now = now;
  }

  List<Booking> plan(List<PlannedSession> sessions) {
    LocalDate today = now.toLocalDate();
    List<Booking> bookings = new ArrayList<>();
    for (int i = 0; i < sessions.size(); i++) {
      PlannedSession s = sessions.get(i);
      List<DemoPatient> eligible =
          patients.stream().filter(p -> s.doctor().sees(p, today)).toList();
      for (LocalDate d = today.minusDays(DAYS_BACK);
          !d.isAfter(today.plusDays(DAYS_AHEAD));
          d = d.plusDays(1)) {
        if (d.getDayOfWeek() == s.day()) {
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
      PlannedSession s, LocalDate date, List<DemoPatient> eligible, Random random) {
    // one visit a day per patient: nobody is booked with two doctors at once
    Set<String> busy = booked.computeIfAbsent(date, d -> new HashSet<>());
    List<DemoPatient> free = eligible.stream().filter(p -> !busy.contains(p.id())).toList();
    double fill = MIN_FILL + FILL_SPREAD * random.nextDouble();
    int wanted = Math.min(free.size(), (int) Math.round(s.maxSerials() * fill));
    List<Integer> serials =
        new ArrayList<>(
            sample(IntStream.rangeClosed(1, s.maxSerials()).boxed().toList(), wanted, random));
    serials.sort(Comparator.naturalOrder());
    List<Request> requests = new ArrayList<>();
    for (DemoPatient p : sample(free, wanted, random)) {
      busy.add(p.id());
      requests.add(request(s, date.atTime(s.start()), p, random));
    }
    requests.sort(Comparator.comparing(Request::createdAt));
    List<Booking> bySerial = new ArrayList<>(wanted);
    for (int k = 0; k < wanted; k++) {
      bySerial.add(requests.get(k).atSerial(ids.next(), s, date, serials.get(k)));
    }
    return outcomes.settle(bySerial, random);
  }

  /** A booking before its serial is known: the serial follows from when it was made. */
  private record Request(
      DemoPatient patient,
      VisitType type,
      BookingSource source,
      BigDecimal fee,
      LocalDateTime createdAt) {

    Booking atSerial(String id, PlannedSession s, LocalDate date, int serial) {
      LocalTime start = s.slotStart(serial);
      return new Booking(
          id,
          patient.id(),
          s.doctorId(),
          s.chamberId(),
          date,
          start,
          start.plusMinutes(s.slotMinutes()),
          serial,
          type,
          source,
          fee,
          createdAt,
          AppointmentStatus.CONFIRMED,
          createdAt,
          null,
          null);
    }
  }

  private Request request(PlannedSession s, LocalDateTime opens, DemoPatient p, Random random) {
    boolean doorOpen = !opens.minusMinutes(VisitOutcomes.ARRIVE_EARLY_MINUTES).isAfter(now);
    BookingSource source = pick(SOURCES, SOURCE_WEIGHTS, doorOpen ? 4 : 3, random);
    VisitType type = pick(TYPES, TYPE_WEIGHTS, TYPES.length, random);
    LocalDateTime created;
    if (source == BookingSource.WALK_IN) {
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
    return new Request(p, type, source, fee(type, s.doctor(), random), created);
  }

  /** Follow-ups pay the lower fee; showing reports is often free, otherwise the follow-up fee. */
  private static BigDecimal fee(VisitType type, ClinicCatalog.DoctorSpec doctor, Random random) {
    return switch (type) {
      case NEW -> doctor.fee();
      case FOLLOW_UP -> doctor.followUpFee();
      case REPORT -> random.nextBoolean() ? BigDecimal.ZERO : doctor.followUpFee();
    };
  }

  /** A weighted pick among the first {@code count} items. */
  private static <T> T pick(T[] items, int[] weights, int count, Random random) {
    int total = 0;
    for (int i = 0; i < count; i++) {
      total += weights[i];
    }
    int ticket = random.nextInt(total);
    int i = 0;
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
