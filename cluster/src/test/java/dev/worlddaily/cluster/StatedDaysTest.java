package dev.worlddaily.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class StatedDaysTest {
  static int[] randomDays(Random r, int n) {
    TreeSet<Integer> days = new TreeSet<>();
    for (int i = 0; i < n; i++) {
      days.add(19_000 + r.nextInt(800));
    }
    return days.stream().mapToInt(Integer::intValue).toArray();
  }

  @Test
  void unionAndDistanceAgreeWithSetsAndAllPairs() {
    Random r = new Random(3);
    for (int round = 0; round < 200; round++) {
      int[] a = randomDays(r, r.nextInt(6));
      int[] b = randomDays(r, r.nextInt(6));
      TreeSet<Integer> both = new TreeSet<>();
      for (int d : a) {
        both.add(d);
      }
      for (int d : b) {
        both.add(d);
      }
      assertThat(StatedDays.union(a, b)).containsExactly(both.stream().mapToInt(Integer::intValue).toArray());
      long best = a.length == 0 || b.length == 0 ? -1 : Long.MAX_VALUE;
      for (int x : a) {
        for (int y : b) {
          best = Math.min(best, Math.abs((long) x - y));
        }
      }
      assertThat(StatedDays.daysApart(a, b)).isEqualTo(best);
      assertThat(StatedDays.daysApart(b, a)).isEqualTo(best);
    }
  }

  @Test
  void aUnionThatAddsNothingIsTheArrayItself() {
    int[] a = {19_000, 19_005};
    assertThat(StatedDays.union(a, new int[] {19_005})).isSameAs(a);
    assertThat(StatedDays.union(new int[0], a)).isSameAs(a);
  }

  @Test
  void outletDaysMeetOnlyOnTheSameOutletAndDay() {
    OutletDays a = OutletDays.of("harbour-post.example", 19_000).union(OutletDays.of("alder-times.example", 19_001));
    assertThat(a.size()).isEqualTo(2);
    assertThat(a.sharesAny(OutletDays.of("alder-times.example", 19_001))).isTrue();
    assertThat(a.sharesAny(OutletDays.of("alder-times.example", 19_000))).isFalse();
    assertThat(a.sharesAny(OutletDays.of("kelso-daily.example", 19_000))).isFalse();
    assertThat(a.sharesAny(OutletDays.NONE)).isFalse();
    OutletDays b = a.union(OutletDays.of("harbour-post.example", 19_002)).union(OutletDays.of("alder-times.example", 19_001));
    assertThat(b.size()).isEqualTo(3);
    assertThat(b.union(a)).isSameAs(b);
    assertThat(a.union(b)).isSameAs(b);
    assertThat(b).isEqualTo(OutletDays.of("harbour-post.example", 19_002).union(a));
  }
}
