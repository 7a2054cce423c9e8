package dev.worlddaily.synthesize;

import dev.worlddaily.model.story.BodyParagraph;
import dev.worlddaily.model.story.CitedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes the body: source sentences that say what the dek does not, without repeating each other,
 * drawn from every outlet, in three movements: what happened, why it matters (causes, context,
 * reactions), what comes next. Each sentence is cited by its span.
 */
final class BodyWriter {
  private static final Pattern NEXT = Pattern.compile(
      "(?i)\\b(?:will|won't|plans? to|planned|planning|expects? to|expected to|is set to|are set to|aims? to|intends? to|"
          + "is due to|are due to|scheduled|next (?:week|month|year|step)|later this|upcoming|would (?:be|begin|resume|reopen|continue|focus|hold|take))\\b");
  /** Direct speech, reactions, causes and comparisons with the past; attribution alone ("said") is not one. */
  private static final Pattern WHY = Pattern.compile(
      "[\"“”]|(?i)\\b(?:warned|argued|critici[sz]ed|welcomed|called for|accused|condemned|blamed|because|since|"
          + "after (?:years|months|decades)|last (?:year|month|week)|years? ago|previously|earlier this|history|record|first time|"
          + "critics|amid|as a result|due to|compared|means|threatens?)\\b");
  private static final int SENTENCES_PER_PARAGRAPH = 3;
  private static final double REDUNDANT_COSINE = 0.45;
  private static final double NEAR_COPY_COSINE = 0.7;
  /** New content words that make a sentence more than a restatement of its figures. */
  private static final int MANY_NEW_TERMS = 12;

  enum Movement { WHAT_HAPPENED, WHY_IT_MATTERS, WHAT_NEXT }

  private final int maxSentences;

  BodyWriter(int maxSentences) {
    this.maxSentences = maxSentences;
  }

  /**
   * Sentences best first that neither repeat the dek nor each other; an outlet that has already
   * given more than its share waits until the others have had their turn.
   */
  List<Candidate> select(SentencePool pool, List<Candidate> dek) {
    List<Candidate> chosen = new ArrayList<>();
    List<Candidate> said = new ArrayList<>(dek);
    Map<String, Integer> perOutlet = new HashMap<>();
    int outlets = (int) pool.all().stream().map(Candidate::outlet).distinct().count();
    int share = Math.max(2, (int) Math.ceil(maxSentences / (double) Math.max(1, outlets)));
    for (int round = 0; round < 2 && chosen.size() < maxSentences; round++) {
      for (Candidate c : pool.ranked()) {
        if (chosen.size() >= maxSentences) {
          break;
        }
        if (said.contains(c) || round == 0 && perOutlet.getOrDefault(c.outlet(), 0) >= share || repeats(c, said)) {
          continue;
        }
        chosen.add(c);
        said.add(c);
        perOutlet.merge(c.outlet(), 1, Integer::sum);
      }
    }
    return chosen;
  }

  /**
   * A repeat: it is worded much like a sentence already said and adds no figure of its own (a
   * near copy is a repeat even then), or it gives only figures already given and little else.
   */
  private static boolean repeats(Candidate c, List<Candidate> said) {
    double closest = said.stream().mapToDouble(o -> Terms.cosine(o.terms(), c.terms())).max().orElse(0);
    return closest > NEAR_COPY_COSINE || closest > REDUNDANT_COSINE && !RepeatedFacts.addsFigure(c, said)
        || RepeatedFacts.restates(c, said) && newTerms(c, said) < MANY_NEW_TERMS;
  }

  /** Content words of the candidate no said sentence uses. */
  private static long newTerms(Candidate c, List<Candidate> said) {
    return c.terms().keySet().stream().filter(t -> said.stream().noneMatch(o -> o.terms().containsKey(t))).count();
  }

  /** The chosen sentences in their three movements, most central first in each, as paragraphs. */
  List<BodyParagraph> paragraphs(List<Candidate> sentences, SentencePool pool) {
    // Each sentence's movement once: the sort would match its patterns at every comparison.
    Map<Candidate, Movement> movements = new IdentityHashMap<>();
    sentences.forEach(c -> movements.put(c, movement(c)));
    List<Candidate> ordered = new ArrayList<>(sentences);
    ordered.sort(Comparator.comparing((Candidate c) -> movements.get(c)).thenComparingDouble(c -> -pool.score(c))
        .thenComparing(c -> c.article().id()).thenComparingInt(Candidate::index));
    List<BodyParagraph> out = new ArrayList<>();
    List<CitedText> current = new ArrayList<>();
    Movement currentMovement = null;
    for (Candidate c : ordered) {
      Movement m = movements.get(c);
      if (!current.isEmpty() && (m != currentMovement || current.size() >= SENTENCES_PER_PARAGRAPH)) {
        out.add(new BodyParagraph(current));
        current = new ArrayList<>();
      }
      currentMovement = m;
      current.add(new CitedText(c.text(), List.of(c.citation())));
    }
    if (!current.isEmpty()) {
      out.add(new BodyParagraph(current));
    }
    return out;
  }

  /**
   * Which movement a sentence belongs to: an outlet's opening sentence is what happened; a later
   * one that looks ahead is what comes next; one that explains, compares or reacts is why it
   * matters; the rest of the opening sentences are what happened.
   */
  static Movement movement(Candidate c) {
    if (c.index() == 0) {
      return Movement.WHAT_HAPPENED;
    }
    if (NEXT.matcher(c.text()).find()) {
      return Movement.WHAT_NEXT;
    }
    if (WHY.matcher(c.text()).find() || c.index() > 2) {
      return Movement.WHY_IT_MATTERS;
    }
    return Movement.WHAT_HAPPENED;
  }
}
