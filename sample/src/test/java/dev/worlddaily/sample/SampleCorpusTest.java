package dev.worlddaily.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SampleCorpusTest {
  final SampleCorpus corpus = SampleCorpus.load();

  @Test
  void hasTheRequiredBreadth() {
    assertThat(corpus.outlets()).hasSizeGreaterThanOrEqualTo(8);
    assertThat(corpus.outlets().stream().map(SampleOutlet::country).distinct().count()).isGreaterThanOrEqualTo(8);
    assertThat(corpus.outlets().stream().map(SampleOutlet::leaning).collect(Collectors.toSet()))
        .contains("left", "center-left", "center", "center-right", "right");
    assertThat(corpus.articles()).hasSizeGreaterThanOrEqualTo(60);
    assertThat(corpus.events()).hasSizeGreaterThanOrEqualTo(12);
    assertThat(corpus.events().stream().map(SampleEvent::category).distinct().count()).isGreaterThanOrEqualTo(6);
    assertThat(corpus.outlets().stream().filter(o -> !o.fullTextFeed()).count()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void eventsMixWideAndSingleCoverage() {
    Map<String, Long> outletsPerEvent = corpus.articles().stream().collect(Collectors.groupingBy(SampleArticle::eventId,
        Collectors.mapping(SampleArticle::outletDomain, Collectors.collectingAndThen(Collectors.toSet(), s -> (long) s.size()))));
    assertThat(outletsPerEvent.values()).anySatisfy(n -> assertThat(n).isBetween(4L, 6L)).contains(1L);
    assertThat(corpus.events()).allSatisfy(e -> assertThat(outletsPerEvent).containsKey(e.id()));
  }

  @Test
  void referencesAreConsistent() {
    Set<String> events = corpus.events().stream().map(SampleEvent::id).collect(Collectors.toSet());
    Set<String> slugs = new HashSet<>();
    for (SampleArticle a : corpus.articles()) {
      assertThat(events).contains(a.eventId());
      assertThat(slugs.add(a.outletDomain() + "/" + a.slug())).as("unique slug " + a.slug()).isTrue();
      assertThat(corpus.outlet(a.outletDomain())).isNotNull();
      if (a.wireOf() != null) {
        assertThat(corpus.articles()).anySatisfy(o -> assertThat(o.slug()).isEqualTo(a.wireOf()));
      }
    }
    for (SampleEvent e : corpus.events()) {
      assertThat(events).containsAll(e.sameThemeAs()).containsAll(e.backgroundOf());
    }
    assertThat(corpus.articles()).filteredOn(a -> a.wireOf() != null).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void currentEventsSpanThreeDaysAndBackgroundIsOlder() {
    Set<String> background = corpus.events().stream().filter(e -> !e.backgroundOf().isEmpty()).map(SampleEvent::id).collect(Collectors.toSet());
    assertThat(background).hasSizeGreaterThanOrEqualTo(2);
    for (SampleArticle a : corpus.articles()) {
      LocalDate d = a.published().atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
      if (background.contains(a.eventId())) {
        assertThat(d).isBefore(LocalDate.parse("2026-11-01"));
      } else {
        assertThat(d).isBetween(LocalDate.parse("2026-11-16"), LocalDate.parse("2026-11-20"));
      }
    }
  }

  @Test
  void textFilesExist() {
    assertThat(corpus.textFiles()).hasSizeGreaterThanOrEqualTo(4);
    assertThat(corpus.copyTextFiles(java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "wdn-sample-" + ProcessHandle.current().pid())))
        .allSatisfy(p -> assertThat(p).exists());
  }
}
