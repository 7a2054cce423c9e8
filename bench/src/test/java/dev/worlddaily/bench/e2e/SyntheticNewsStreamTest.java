package dev.worlddaily.bench.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a resumed e2e run relies on: the stream is in time order, and skipping is the same as taking. */
class SyntheticNewsStreamTest {
  private static final Instant START = Instant.parse("2026-11-02T00:00:00Z");

  @Test
  void skippingArticlesLeavesTheStreamWhereTakingThemWould() {
    SyntheticNewsStream taken = new SyntheticNewsStream(3, 40, 2_000, 100_000, START);
    List<SyntheticArticleWriter.Page> all = new ArrayList<>();
    while (taken.hasNext()) {
      all.add(taken.next());
    }
    SyntheticNewsStream skipped = new SyntheticNewsStream(3, 40, 2_000, 100_000, START);
    for (int i = 0; i < 1_234; i++) {
      assertEquals(all.get(i).published(), skipped.skip().at());
    }
    assertEquals(1_234, skipped.emitted());
    assertEquals(all.get(1_234).published(), skipped.peekTime());
    for (int i = 1_234; i < all.size(); i++) {
      assertEquals(all.get(i), skipped.next());
    }
    assertFalse(skipped.hasNext());
  }

  @Test
  void articlesComeInOrderOfPublication() {
    SyntheticNewsStream stream = new SyntheticNewsStream(1, 40, 20_000, 100_000, START);
    Instant last = Instant.MIN;
    while (stream.hasNext()) {
      Instant at = stream.skip().at();
      assertFalse(at.isBefore(last), at + " after " + last);
      last = at;
    }
  }
}
