package dev.worlddaily.bench.e2e;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The fictional world the synthetic news is about: outlets in several countries, and a stream of
 * events (an earthquake in a town, a merger of two companies, a vote in a council...), each with
 * its place, people, organisation, figures and date. Everything is made up from syllables and
 * seeded, so a seed always gives the same world. Real country names appear, as in real news.
 */
final class SyntheticWorld {
  private static final String[] SYLLABLES = {
    "sar", "vel", "mar", "kes", "trel", "dor", "an", "bel", "cor", "lin", "ta", "ro", "mi", "na", "vos", "ka",
    "ler", "quin", "tor", "ash", "fen", "gal", "hol", "ith", "jor", "mel", "nor", "pel", "rin", "sol", "ul", "wen"};
  private static final String[] PLACE_PREFIX = {"Port ", "North ", "New ", "", "", "", "East ", "Upper ", "Lake "};
  private static final String[] PLACE_SUFFIX = {"", "", "ton", "ford", "mere", "haven", "burg", " Bay", "field"};
  private static final String[] FIRST = {
    "Mara", "Tomas", "Ivo", "Lena", "Aziz", "Noor", "Pavel", "Selin", "Oren", "Ada", "Kofi", "Ines", "Rafael", "Yuki",
    "Hana", "Dmitri", "Amara", "Jonas", "Leila", "Marek", "Sofia", "Tariq", "Elin", "Bruno"};
  private static final String[] COUNTRIES = {
    "Chile", "Kenya", "Norway", "Portugal", "Indonesia", "Canada", "Poland", "Ghana", "Turkey", "Peru", "Austria", "Vietnam"};
  private static final String[] ROLES = {"mayor", "governor", "minister", "spokesperson", "chief executive", "director", "chair", "commissioner"};
  private static final String[] ORG_KIND = {"Holdings", "Council", "Institute", "Union", "Authority", "Group", "Foundation", "Bank"};

  /** One outlet of the synthetic press. */
  record Outlet(String name, String domain, String country, int layout) {}

  /** One real-world happening that several outlets report. */
  record Event(
      long id, EventKind kind, String place, String country, String person, String personRole, String otherPerson,
      String organisation, int count, int amount, int percent, Instant at, int articles) {}

  private final Random random;
  private final List<Outlet> outlets = new ArrayList<>();
  private long nextEvent;

  SyntheticWorld(long seed, int outletCount) {
    this.random = new Random(seed);
    for (int i = 0; i < outletCount; i++) {
      String stem = capitalize(word(2));
      String suffix = new String[] {"Ledger", "Courier", "Times", "Post", "Herald", "Wire", "Daily", "Observer"}[i % 8];
      String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
      outlets.add(new Outlet("The " + stem + " " + suffix, stem.toLowerCase(Locale.ROOT) + suffix.toLowerCase(Locale.ROOT) + i + ".example", country, i % 3));
    }
  }

  List<Outlet> outlets() {
    return outlets;
  }

  /**
   * The next event, happening at {@code at}. Coverage follows a heavy tail, as in real news: most
   * events get two to five articles, a few get dozens.
   */
  Event nextEvent(Instant at) {
    EventKind kind = EventKind.values()[random.nextInt(EventKind.values().length)];
    int articles = Math.min(60, 1 + (int) Math.floor(Math.exp(random.nextGaussian() * 0.9 + 1.3)));
    return new Event(nextEvent++, kind, place(), COUNTRIES[random.nextInt(COUNTRIES.length)], person(),
        ROLES[random.nextInt(ROLES.length)], person(), capitalize(word(2)) + " " + ORG_KIND[random.nextInt(ORG_KIND.length)],
        3 + random.nextInt(400), 2 + random.nextInt(900), 1 + random.nextInt(40), at, articles);
  }

  Random random() {
    return random;
  }

  private String place() {
    return PLACE_PREFIX[random.nextInt(PLACE_PREFIX.length)] + capitalize(word(2)) + PLACE_SUFFIX[random.nextInt(PLACE_SUFFIX.length)];
  }

  private String person() {
    return FIRST[random.nextInt(FIRST.length)] + " " + capitalize(word(2 + random.nextInt(2)));
  }

  private String word(int syllables) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < syllables; i++) {
      b.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    return b.toString();
  }

  private static String capitalize(String s) {
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
