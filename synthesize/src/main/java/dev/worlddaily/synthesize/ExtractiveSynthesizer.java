package dev.worlddaily.synthesize;

import dev.worlddaily.model.annotation.AnnotatedArticle;
import dev.worlddaily.model.story.CitedText;
import dev.worlddaily.model.story.Story;
import dev.worlddaily.model.story.StoryEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extractive synthesis: every sentence of the story is a sentence of a source, chosen for how
 * many outlets state it and how lead-like it is, without repetition, and cited by its span.
 * The result passes {@link CitationVerifier} before it is returned.
 */
public final class ExtractiveSynthesizer implements StorySynthesizer {
  private static final Logger LOG = LoggerFactory.getLogger(ExtractiveSynthesizer.class);
  private static final Pattern FUTURE = Pattern.compile("(?i)\\b(?:will|plans?|planned|expected|next|later this|upcoming|to resume|due to|would|is set to|are set to)\\b");
  private static final Pattern REACTION = Pattern.compile("[\"“”]|\\b(?:said|says|told|warned|argued|criticised|criticized|welcomed|called)\\b");
  private static final int SENTENCES_PER_PARAGRAPH = 3;

  private final SynthesisConfig config;

  public ExtractiveSynthesizer(SynthesisConfig config) {
    this.config = config;
  }

  /** A verified story before versioning, and what verification dropped from it. */
  public record Composed(Story story, VerificationReport report) {}

  public SynthesisConfig config() {
    return config;
  }

  @Override
  public Story synthesize(StoryDraft draft) {
    return StoryVersions.continueFrom(compose(draft).story(), draft.previous(), draft.now());
  }

  /**
   * The story of the draft's articles, verified against their texts, at version 1 without a
   * change log (see {@link StoryVersions#continueFrom}).
   */
  public Composed compose(StoryDraft draft) {
    if (draft.articles().isEmpty()) {
      throw new IllegalArgumentException("story " + draft.storyId() + " has no articles");
    }
    List<AnnotatedArticle> reports = reports(draft.articles());
    SentencePool pool = new SentencePool(sentenceSources(reports, config.sentenceArticles()), config.candidateSentencesPerArticle());
    List<Candidate> ranked = pool.ranked();
    String headline = HeadlineWriter.write(reports, ranked, pool.concepts());
    List<Candidate> dek = new DekWriter(config.dekWords()).write(pool);
    BodyWriter bodyWriter = new BodyWriter(config.bodySentences());
    List<Candidate> bodySentences = bodyWriter.select(pool, dek);
    List<StoryEntity> entities = EntityMerger.merge(draft.articles());
    Instant newest = draft.articles().stream().map(a -> a.article().time()).filter(Objects::nonNull).max(Instant::compareTo).orElse(draft.now());
    Instant oldest = draft.articles().stream().map(a -> a.article().time()).filter(Objects::nonNull).min(Instant::compareTo).orElse(draft.now());
    Story story = Story.builder(draft.storyId())
        .slug(draft.previous() != null ? draft.previous().slug() : slug(headline, draft.storyId()))
        .firstSeen(draft.previous() != null ? draft.previous().firstSeen() : oldest)
        .updated(newest)
        .headline(headline)
        .dek(dek.stream().map(Candidate::text).reduce((x, y) -> x + " " + y).orElse(null), dek.stream().map(Candidate::citation).toList())
        .category(StoryParts.category(draft.articles()))
        .tags(EntityMerger.tags(entities, config.tags(), EntityMerger.outletNames(draft.articles())))
        .entities(entities)
        .body(bodyWriter.paragraphs(bodySentences, pool))
        .keyPoints(keyPoints(pool, dek))
        .quotes(StoryParts.quotes(reports, config.quotes()))
        .figures(FigureAligner.align(reports, config.figures()))
        .perspectives(StoryParts.perspectives(pool))
        .timeline(StoryParts.timeline(reports, 6))
        .images(StoryParts.images(draft.articles(), config.images()))
        .sources(StoryParts.sources(draft.articles()))
        .coverage(StoryParts.coverage(draft.articles()))
        .related(draft.related())
        .build();
    Map<String, String> texts = new HashMap<>();
    draft.articles().forEach(a -> texts.put(a.id(), a.article().text()));
    CitationVerifier.Result verified = new CitationVerifier(texts, false).verify(story);
    if (verified.report().dropped() > 0) {
      LOG.warn("story {}: verification dropped {} elements: {}", draft.storyId(), verified.report().dropped(), verified.report().reasons());
    }
    return new Composed(verified.story(), verified.report());
  }

  /** Independent reports: wire copies are left out when their original is present. */
  static List<AnnotatedArticle> reports(List<AnnotatedArticle> articles) {
    Set<String> ids = new HashSet<>();
    articles.forEach(a -> ids.add(a.id()));
    Set<String> copiesSeen = new HashSet<>();
    List<AnnotatedArticle> out = new ArrayList<>();
    for (AnnotatedArticle a : articles) {
      String original = a.article().duplicateOf();
      if (original == null || !ids.contains(original) && copiesSeen.add(original)) {
        out.add(a);
      }
    }
    return out;
  }

  /**
   * At most {@code max} of the reports to draw sentences from, in their given order: the first
   * report (what broke), then the newest report of each outlet, newest outlet first, then further
   * reports newest first. Every outlet up to the bound still counts towards a sentence's
   * centrality, and the story follows the latest coverage.
   */
  static List<AnnotatedArticle> sentenceSources(List<AnnotatedArticle> reports, int max) {
    if (reports.size() <= max) {
      return reports;
    }
    List<AnnotatedArticle> byTime = new ArrayList<>(reports);
    byTime.sort(Comparator.comparing((AnnotatedArticle a) -> a.article().time(), Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparing(AnnotatedArticle::id));
    Set<AnnotatedArticle> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
    chosen.add(byTime.get(0));
    Set<String> outlets = new HashSet<>();
    for (int i = byTime.size() - 1; i >= 0 && chosen.size() < max; i--) {
      if (outlets.add(byTime.get(i).article().outlet().domain())) {
        chosen.add(byTime.get(i));
      }
    }
    for (int i = byTime.size() - 1; i >= 0 && chosen.size() < max; i--) {
      chosen.add(byTime.get(i));
    }
    return reports.stream().filter(chosen::contains).toList();
  }

  /**
   * Short, self-contained sentences that each add a fact the others do not give, the strongest
   * first; the dek's own sentences are not repeated as bullets.
   */
  private List<CitedText> keyPoints(SentencePool pool, List<Candidate> dek) {
    List<Candidate> choices = new ArrayList<>();
    for (Candidate c : pool.ranked()) {
      if (choices.size() >= config.keyPoints()) {
        break;
      }
      if (!pool.selfContained(c) || c.words() > 32 || c.words() < 6 || dek.contains(c)) {
        continue;
      }
      if (choices.stream().anyMatch(o -> Terms.cosine(o.terms(), c.terms()) > 0.35) || RepeatedFacts.restates(c, choices)) {
        continue;
      }
      choices.add(c);
    }
    List<CitedText> out = new ArrayList<>();
    for (Candidate c : choices) {
      out.add(new CitedText(c.text(), List.of(c.citation())));
    }
    return out;
  }

  /** URL slug: the headline's words, lower case ASCII, plus the end of the id for uniqueness. */
  static String slug(String headline, String id) {
    String base = java.text.Normalizer.normalize(headline == null ? "" : headline, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    if (base.length() > 60) {
      base = base.substring(0, 60).replaceAll("-[^-]*$", "");
    }
    String suffix = id.length() > 6 ? id.substring(id.length() - 6) : id;
    return base.isEmpty() ? suffix : base + "-" + suffix;
  }

}
