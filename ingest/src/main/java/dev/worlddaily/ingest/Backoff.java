package dev.worlddaily.ingest;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter: attempt n waits base * 2^n scaled by a random factor in
 * [0.5, 1.5), capped, so that many clients refused at once do not come back at once.
 */
final class Backoff {
  private final Duration base;
  private final Duration cap;

  Backoff(Duration base, Duration cap) {
    if (base.isNegative() || cap.isNegative()) {
      throw new IllegalArgumentException("backoff base and cap must be >= 0: " + base + ", " + cap);
    }
    this.base = base;
    this.cap = cap;
  }

  /** The wait before retry number {@code attempt} (0 for the first retry). */
  Duration delay(int attempt, RandomGenerator random) {
    double exponential = base.toMillis() * Math.pow(2, Math.min(attempt, 30));
    long millis = (long) Math.min(exponential * (0.5 + random.nextDouble()), cap.toMillis());
    return Duration.ofMillis(millis);
  }
}
