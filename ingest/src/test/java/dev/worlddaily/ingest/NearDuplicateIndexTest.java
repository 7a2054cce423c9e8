package dev.worlddaily.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NearDuplicateIndexTest {
  static final String WIRE = "PORT ALDER (Meridian Wire) - Dock workers in Port Alder voted on Monday to accept a new three-year contract "
      + "that raises wages by 4 percent a year, ending a strike that had idled the container terminal for eleven days. "
      + "The union said 812 of its 1,050 members took part in the ballot and that 71 percent backed the deal. "
      + "Shipping lines said the first vessels would berth on Tuesday morning and that the backlog would take two weeks to clear.";

  @Test
  void aReprintWithSmallEditsIsFoundAndADifferentStoryIsNot() {
    NearDuplicateIndex index = new NearDuplicateIndex(0.6);
    index.add("a-wire", "meridianwire.example", WIRE);
    String reprint = WIRE.replace("PORT ALDER (Meridian Wire) - ", "").replace("two weeks", "about two weeks");
    assertThat(index.originalOf(reprint, "harbourledger.example")).contains("a-wire");
    assertThat(index.originalOf("Council approves the winter budget with extra money for snow clearing and library hours, "
        + "after a long debate about street lighting in the old town and the cost of new buses.", "x.example")).isEmpty();
    assertThat(index.originalOf(WIRE, "meridianwire.example")).as("same outlet is a revision, not a reprint").isEmpty();
  }

  @Test
  void aKnownSignatureAnswersAsTheTextDoes() {
    NearDuplicateIndex index = new NearDuplicateIndex(0.6);
    index.add("a-wire", "meridianwire.example", MinHash.signature(WIRE));
    String reprint = WIRE.replace("PORT ALDER (Meridian Wire) - ", "").replace("two weeks", "about two weeks");
    assertThat(index.originalOf(MinHash.signature(reprint), "harbourledger.example")).contains("a-wire");
    assertThat(index.originalOf(reprint, "harbourledger.example")).contains("a-wire");
    assertThat(index.originalOf(MinHash.signature(text(7)), "x.example")).isEmpty();
    assertThatThrownBy(() -> index.add("short", "x.example", new int[3])).isInstanceOf(IllegalArgumentException.class);
  }

  /** A made-up text of 80 words from a seeded vocabulary: different seeds share few shingles. */
  static String text(long seed) {
    java.util.Random r = new java.util.Random(seed);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 80; i++) {
      b.append("w").append(r.nextInt(100_000)).append(' ');
    }
    return b.toString();
  }

  @Test
  void theOldestArticlesAreForgottenWhenTheIndexIsFull() {
    NearDuplicateIndex index = new NearDuplicateIndex(0.6, 3);
    for (int i = 0; i < 5; i++) {
      index.add("a" + i, "wire.example", text(i));
    }
    assertThat(index.size()).isEqualTo(3);
    assertThat(index.originalOf(text(0), "x.example")).isEmpty();
    assertThat(index.originalOf(text(1), "x.example")).isEmpty();
    for (int i = 2; i < 5; i++) {
      assertThat(index.originalOf(text(i), "x.example")).contains("a" + i);
    }
  }

  @Test
  void growingAndForgettingKeepEveryRememberedArticleFindable() {
    long seed = System.nanoTime();
    java.util.Random r = new java.util.Random(seed);
    int capacity = 1500 + r.nextInt(1000);
    NearDuplicateIndex index = new NearDuplicateIndex(0.6, capacity);
    int total = capacity + 1 + r.nextInt(2 * capacity);
    for (int i = 0; i < total; i++) {
      index.add("a" + i, "wire.example", text(seed + i));
    }
    for (int i = 0; i < total; i += 7) {
      java.util.Optional<String> found = index.originalOf(text(seed + i), "x.example");
      if (i < total - capacity) {
        assertThat(found).as("seed %d, article %d of %d, capacity %d: forgotten", seed, i, total, capacity).isEmpty();
      } else {
        assertThat(found).as("seed %d, article %d of %d, capacity %d: remembered", seed, i, total, capacity).contains("a" + i);
      }
    }
  }

  @Test
  void theEarliestOriginalWinsAmongSeveralCopies() {
    NearDuplicateIndex index = new NearDuplicateIndex(0.6, 10);
    index.add("first", "wire.example", WIRE);
    index.add("second", "other.example", WIRE);
    assertThat(index.originalOf(WIRE, "third.example")).contains("first");
    assertThat(index.originalOf(WIRE, "wire.example")).contains("second");
  }

  @Test
  void aWireStoryWithHundredsOfReprintsStillLeadsToItsOriginal() {
    NearDuplicateIndex index = new NearDuplicateIndex(0.6, 1000);
    index.add("original", "wire.example", WIRE);
    for (int i = 0; i < 300; i++) {
      index.add("reprint" + i, "outlet" + i + ".example", WIRE);
    }
    assertThat(index.originalOf(WIRE, "late.example")).contains("original");
  }

  @Test
  void textsThatShareAStandardParagraphWithThousandsOfOthersAreNotCopiesButACopyAmongThemIsFound() {
    String standard = " This report was prepared by the newsroom of a fictional outlet, and every name and figure in it"
        + " is made up for the tests of worlddaily; readers with corrections may write to the desk at any time of day.";
    NearDuplicateIndex index = new NearDuplicateIndex(0.6, 5000);
    for (int i = 0; i < 3000; i++) {
      index.add("a" + i, "o" + (i % 40) + ".example", text(i).substring(0, 120) + standard);
    }
    index.add("wire", "wire.example", WIRE + standard);
    for (int i = 3000; i < 4000; i++) {
      index.add("a" + i, "o" + (i % 40) + ".example", text(i).substring(0, 120) + standard);
    }
    assertThat(index.originalOf(WIRE + standard, "reprinter.example")).contains("wire");
    assertThat(index.originalOf(text(99_999).substring(0, 120) + standard, "x.example")).isEmpty();
  }
}
