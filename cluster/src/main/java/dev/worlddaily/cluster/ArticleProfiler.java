package dev.worlddaily.cluster;

import dev.worlddaily.model.EntityType;
import dev.worlddaily.model.annotation.AnnotatedArticle;
import dev.worlddaily.model.annotation.DateMention;
import dev.worlddaily.model.annotation.EntityMention;
import dev.worlddaily.model.annotation.FigureMention;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns an enriched article into its {@link EventProfile}: embeddings under its language, content
 * words, entities under cross-script name keys weighted by how prominent they are in the article,
 * distinctive figures, stated dates, its time and outlet.
 */
final class ArticleProfiler {
  /**
   * Characters of text after the title that make the lead: its words are compared on their own
   * (what happened is said first), and a date stated in it is the article's dateline.
   */
  static final int LEAD_CHARS = 500;
  /** Outlets that say nothing about who wrote an article. */
  private static final Set<String> ANONYMOUS_OUTLETS = Set.of("unknown", "unknown.invalid", "");

  private final NameKeys names = new NameKeys();
  private final TermCounter terms = new TermCounter();
  /**
   * Each outlet's latest (outlet, day), shared by the profiles (and so the members and stories)
   * of its articles of that day: an outlet writes dozens a day, and one instance is 72 bytes.
   */
  private final Map<String, OutletDays> outletToday = new HashMap<>();

  /** An article's profile and what the clusterer needs besides it. */
  record Profiled(String id, String language, EventProfile profile, float[] lead, Instant published) {}

  Profiled profile(AnnotatedArticle a) {
    EventProfile p = new EventProfile();
    p.articles = 1;
    String language = language(a);
    LanguageSide side = new LanguageSide();
    side.articles = 1;
    float[] lead = a.annotations().embedding();
    side.leadSum = lead == null ? null : lead.clone();
    float[] body = a.annotations().bodyEmbedding();
    side.bodySum = body != null ? body.clone() : side.leadSum == null ? null : side.leadSum.clone();
    String title = a.article().title();
    Map<String, Integer> counts = terms.count(title.isBlank() ? a.article().text() : title + "\n" + a.article().text());
    // Sub-linear term frequency, so that a word repeated ten times does not outweigh ten words.
    counts.forEach((t, c) -> side.terms.add(t, 1 + Math.log(c)));
    String text = a.article().text();
    String leadText = (title.isBlank() ? "" : title + "\n") + text.substring(0, Math.min(text.length(), LEAD_CHARS));
    terms.count(leadText).forEach((t, c) -> side.leadTerms.add(t, 1 + Math.log(c)));
    if (side.leadSum != null || !side.terms.isEmpty()) {
      p.languages.put(language, side);
    }
    entities(a.annotations().entities(), p.entities, p.names);
    figures(a.annotations().figures(), a.annotations().dates(), p.figures);
    LocalDate leadDate = null;
    TreeMap<LocalDate, Integer> stated = new TreeMap<>();
    for (DateMention d : a.annotations().dates()) {
      stated.merge(d.date(), 1, Integer::sum);
      if (leadDate == null && d.start() < LEAD_CHARS) {
        leadDate = d.date();
      }
    }
    p.dates = stated.keySet().stream().mapToInt(d -> Math.toIntExact(d.toEpochDay())).toArray();
    Instant published = a.article().time();
    p.first = published;
    p.last = published;
    // Without a publication date the date stated in the lead (a dateline), else the one stated
    // most often, tells the day for the same-outlet check; the stated dates themselves are
    // compared whether or not a publication date is known.
    LocalDate day = published != null ? LocalDate.ofInstant(published, ZoneOffset.UTC)
        : leadDate != null ? leadDate : mostFrequent(stated);
    String outlet = a.article().outlet().domain();
    if (day != null && !ANONYMOUS_OUTLETS.contains(outlet)) {
      long epochDay = day.toEpochDay();
      OutletDays today = outletToday.get(outlet);
      if (today == null || !today.isOnly(epochDay)) {
        today = OutletDays.of(today == null ? outlet : today.firstOutlet(), epochDay);
        outletToday.put(today.firstOutlet(), today);
      }
      p.outletDays = today;
    }
    return new Profiled(a.id(), language, p, lead, published);
  }

  private static String language(AnnotatedArticle a) {
    String l = a.annotations().language() != null ? a.annotations().language() : a.article().language();
    return l == null || l.isBlank() ? "und" : l.toLowerCase(Locale.ROOT);
  }

  /**
   * Entities by name key, weighted by their mentions (sub-linearly): typed entities into {@code
   * typed}, every name (untyped ones too) into {@code all}. A person is also keyed by surname
   * alone, at half weight, since other articles name them so. In {@code all} (compared across
   * languages) a name of three words or more is also keyed by its last two ("Gouverneur Tomas
   * Ferreira", "Küstenstadt Port Sarin": a title or noun the English rules did not strip). (Weighing names in the lead up
   * was tried and made event separation worse: leads also name the wider context.)
   */
  private void entities(List<EntityMention> mentions, WeightMap typed, WeightMap all) {
    Map<String, Integer> count = new TreeMap<>();
    Map<String, Boolean> person = new HashMap<>();
    Map<String, Boolean> untyped = new HashMap<>();
    for (EntityMention m : mentions) {
      String key = names.key(m.canonical() == null ? m.text() : m.canonical());
      if (key.length() < 2) {
        continue;
      }
      count.merge(key, 1, Integer::sum);
      person.merge(key, m.type() == EntityType.PERSON, Boolean::logicalOr);
      untyped.merge(key, m.type() == EntityType.OTHER, Boolean::logicalAnd);
    }
    Map<String, Double> surnames = new TreeMap<>();
    Map<String, Double> shortened = new TreeMap<>();
    count.forEach((key, c) -> {
      double w = 1 + Math.log(c);
      if (!untyped.get(key)) {
        typed.add(key, w);
      }
      all.add(key, w);
      String surname = names.surnameKey(key);
      if (person.get(key) && !surname.equals(key) && surname.length() >= 3) {
        surnames.merge("~" + surname, w / 2, Math::max);
      }
      String lastTwo = names.lastTwoKey(key);
      if (!lastTwo.equals(key)) {
        shortened.merge(lastTwo, w / 2, Math::max);
      }
    });
    surnames.forEach((key, w) -> {
      typed.add(key, w);
      all.add(key, w);
    });
    shortened.forEach((key, w) -> {
      if (!count.containsKey(key)) {
        all.add(key, w);
      }
    });
  }

  /**
   * Figures that can tell events apart: a value of 10 or more, or any value with a unit ("5.8
   * magnitude" is "5.8"), keyed by the value alone so that units written in other languages
   * still meet. A number inside a stated date ("September 18, 2013") is the day, not a figure:
   * dates are compared as dates.
   */
  private static void figures(List<FigureMention> mentions, List<DateMention> dates, WeightMap out) {
    Set<String> keys = new java.util.TreeSet<>();
    for (FigureMention f : mentions) {
      if (insideDate(f, dates)) {
        continue;
      }
      double v = Math.abs(f.value());
      if (!(v >= 10 || f.unit() != null && v > 0) || v >= 1900 && v <= 2100 && v == Math.rint(v) && f.unit() == null) {
        continue;
      }
      keys.add(figureKey(v));
    }
    keys.forEach(k -> out.add(k, 1.0));
  }

  private static boolean insideDate(FigureMention f, List<DateMention> dates) {
    for (DateMention d : dates) {
      if (f.start() < d.end() && d.start() < f.end()) {
        return true;
      }
    }
    return false;
  }

  /** Three significant digits: "4.5e9" and "4,500,000,000" meet; 37 and 38 do not. */
  static String figureKey(double v) {
    return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
  }

  private static LocalDate mostFrequent(Map<LocalDate, Integer> dates) {
    LocalDate best = null;
    int most = 0;
    for (Map.Entry<LocalDate, Integer> e : dates.entrySet()) {
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return best;
  }
}
