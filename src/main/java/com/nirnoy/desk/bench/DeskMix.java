package com.nirnoy.desk.bench;

import com.nirnoy.desk.booking.AppointmentStatus;
import com.nirnoy.desk.booking.BookingException;
import com.nirnoy.desk.doctor.DoctorQuery;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;

/**
 * What a simulated desk does next, by a realistic mix: 40% a doctor search, 30% opening a doctor's
 * day, 15% booking a free slot, 15% checking in one of today's patients. Everything goes through
 * the app's services. Latencies and outcomes are kept per action.
 */
final class DeskMix {
  static final List<String> ACTIONS = List.of("search", "open schedule", "book", "check in");

  private final BenchDesk desk;
  private final BenchScale scale;
  private final LocalDate today;
  private final Queue<BenchSlot> freeSlots;
  private final BenchIds ids;
  private final Queue<Integer> toCheckIn;
  final Map<String, Latencies> latencies = new LinkedHashMap<>();
  final Latencies all = new Latencies();
  final Outcomes outcomes = new Outcomes();

  DeskMix(
      BenchDesk desk,
      BenchScale scale,
      LocalDate today,
      BenchIds ids,
      Queue<BenchSlot> freeSlots,
      Queue<Integer> toCheckIn) {
    this.desk = desk;
    this.scale = scale;
    this.today = today;
    this.ids = ids;
    this.freeSlots = freeSlots;
    this.toCheckIn = toCheckIn;
    ACTIONS.forEach(a -> latencies.put(a, new Latencies()));
  }

  /** Does one action; {@code dueNanos} is when the desk asked, so waiting for a worker counts. */
  void act(Random random, long dueNanos) {
    double roll = random.nextDouble();
    BenchSlot slot = roll >= 0.70 && roll < 0.85 ? freeSlots.poll() : null;
    Integer checkIn = roll >= 0.85 ? toCheckIn.poll() : null;
    String action =
        slot != null
            ? "book"
            : checkIn != null ? "check in" : roll < 0.40 ? "search" : "open schedule";
    try {
      switch (action) {
        case "book" -> outcomes.add(BookingBench.viaApp(desk, slot));
        case "check in" -> {
          desk.booking.changeStatus(checkIn, AppointmentStatus.CHECKED_IN);
          outcomes.add("checked in");
        }
        case "search" -> {
          search(random);
          outcomes.add("searched");
        }
        default -> {
          desk.schedules.day(ids.doctorId(1 + random.nextInt(scale.doctors())), today);
          outcomes.add("opened a schedule");
        }
      }
    } catch (BookingException e) {
      outcomes.add("refused: " + e.getClass().getSimpleName());
    } catch (RuntimeException e) {
      outcomes.error(e);
    }
    long took = System.nanoTime() - dueNanos;
    latencies.get(action).recordNanos(took);
    all.recordNanos(took);
  }

  private void search(Random random) {
    String specialty = BenchNames.SPECIALTIES.get(random.nextInt(BenchNames.SPECIALTIES.size()));
    String area = BenchNames.AREAS.get(random.nextInt(BenchNames.AREAS.size()));
    DoctorQuery q =
        random.nextBoolean()
            ? new DoctorQuery(null, specialty, area, null, null, null, false)
            : DoctorQuery.text(area.substring(0, 3));
    desk.doctors.search(q, 0, 30);
  }
}
