package dev.worlddaily.ingest;

import static org.assertj.core.api.Assertions.assertThat;

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
}
