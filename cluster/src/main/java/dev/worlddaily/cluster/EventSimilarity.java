package dev.worlddaily.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * How likely two profiles report the same event. Within a language: title-and-lead and body
 * embeddings, content words of the whole text and of the lead, named entities (words and names
 * weighted by rarity when the article arrived), shared figures, agreeing dates; minus conflicting
 * dates, distance in time and (for a single article) an outlet that already wrote on the story
 * that day. Across languages only names, figures and dates can be
 * compared, so the score is theirs alone, judged against its own threshold.
 */
final class EventSimilarity {
  /** Stated dates this many days apart or less agree. */
  private static final long AGREE_DAYS = 1;
  /**
   * Stated dates this many days apart or less never conflict: a story's articles recall the
   * event's earlier days and announce later ones; within a few days publication times decide.
   */
  private static final double TOLERATED_DAYS = 30;
  /** Stated dates this many days apart or more conflict fully. */
  private static final double CONFLICT_DAYS = 365;

  /**
   * A score, whether it was computed without embeddings and words (across languages), and the
   * signals it was made of (for diagnostics): lead, body, terms, lead terms, entities, figures,
   * agreeing dates, conflicting dates, time gap, same outlet.
   */
  record Score(double value, boolean crossLanguage, double[] signals) {
    @Override
    public String toString() {
      StringBuilder b = new StringBuilder(String.format(java.util.Locale.ROOT, "%.3f%s [", value, crossLanguage ? "x" : ""));
      for (double d : signals) {
        b.append(String.format(java.util.Locale.ROOT, " %.2f", d));
      }
      return b.append(" ]").toString();
    }
  }

  private final ClusterConfig config;

  EventSimilarity(ClusterConfig config) {
    this.config = config;
  }

  Score score(EventProfile x, EventProfile y) {
    double figures = x.figures.cosine(y.figures);
    long apart = StatedDays.daysApart(x.dates, y.dates);
    double agree = apart >= 0 && apart <= AGREE_DAYS ? 1 : 0;
    double conflict = apart < 0 || apart <= TOLERATED_DAYS ? 0
        : Math.min(1, Math.log(apart / TOLERATED_DAYS) / Math.log(CONFLICT_DAYS / TOLERATED_DAYS));
    double gap = timeGap(x, y);
    double outlet = x.articles == 1 && sameOutletSameDay(x, y) ? 1 : 0;
    double penalties = config.datePenalty() * conflict + config.timePenalty() * gap + config.outletPenalty() * outlet;
    String language = sharedLanguage(x, y);
    if (language == null) {
      double entities = x.names.cosine(y.names);
      double weights = config.entityWeight() + config.figureWeight() + config.dateWeight();
      double value = (config.entityWeight() * entities + config.figureWeight() * figures + config.dateWeight() * agree) / weights;
      if (figures == 0 && agree == 0) {
        // Names alone (a country, a capital) do not make two reports in two languages one event.
        value /= 2;
      }
      return new Score(value - penalties, true, new double[] {0, 0, 0, 0, entities, figures, agree, conflict, gap, outlet});
    }
    double entities = x.entities.cosine(y.entities);
    LanguageSide a = x.languages.get(language);
    LanguageSide b = y.languages.get(language);
    double lead = a.leadCosine(b);
    double body = a.bodyCosine(b);
    double terms = a.terms.cosine(b.terms);
    double leadTerms = a.leadTerms.cosine(b.leadTerms);
    double value = config.leadWeight() * lead + config.bodyWeight() * body + config.termWeight() * terms
        + config.leadTermWeight() * leadTerms + config.entityWeight() * entities + config.figureWeight() * figures
        + config.dateWeight() * agree;
    return new Score(value - penalties, false, new double[] {lead, body, terms, leadTerms, entities, figures, agree, conflict, gap, outlet});
  }

  /** The threshold a score of this kind must reach for an article to join. */
  double joinThreshold(Score s) {
    return s.crossLanguage() ? config.crossLanguageThreshold() : config.joinThreshold();
  }

  /** The language of x (its main one first) that y also has, or null. */
  private static String sharedLanguage(EventProfile x, EventProfile y) {
    String main = x.mainLanguage();
    if (main != null && y.languages.containsKey(main)) {
      return main;
    }
    String best = null;
    int most = 0;
    for (Map.Entry<String, LanguageSide> e : x.languages.entrySet()) {
      LanguageSide other = y.languages.get(e.getKey());
      if (other != null && e.getValue().articles + other.articles > most) {
        best = e.getKey();
        most = e.getValue().articles + other.articles;
      }
    }
    return best;
  }

  /** How far apart in time the two are, as a share of the window (0 when they overlap, at most 1). */
  private double timeGap(EventProfile x, EventProfile y) {
    if (x.first == null || y.first == null) {
      return 0;
    }
    Instant gapStart = x.last.isBefore(y.first) ? x.last : y.last.isBefore(x.first) ? y.last : null;
    if (gapStart == null) {
      return 0;
    }
    Instant gapEnd = gapStart == x.last ? y.first : x.first;
    Duration gap = Duration.between(gapStart, gapEnd);
    return Math.min(1, (double) gap.toMinutes() / config.window().toMinutes());
  }

  private static boolean sameOutletSameDay(EventProfile x, EventProfile y) {
    return x.outletDays.sharesAny(y.outletDays);
  }
}
