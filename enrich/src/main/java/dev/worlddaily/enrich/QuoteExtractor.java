package dev.worlddaily.enrich;

import dev.worlddaily.model.EntityType;
import dev.worlddaily.model.annotation.EntityMention;
import dev.worlddaily.model.annotation.QuoteMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Direct quotations and their speakers. A speaker is a person named next to the quote with a
 * verb of speech ("…," the minister said; Smith said: "…"), a pronoun resolved to the last named
 * person, or the person named in the sentence before a quote that opens a paragraph.
 */
public final class QuoteExtractor {
  private static final Pattern CURLY = Pattern.compile("“([^“”]{2,2000}?)”");
  private static final Pattern STRAIGHT = Pattern.compile("\"([^\"\\n]{2,2000}?)\"");
  private static final Pattern GUILLEMETS = Pattern.compile("[«„]([^«»„“”]{2,2000}?)[»“”]");
  private static final String VERBS = String.join("|", Lexicon.SPEECH_VERBS.stream().filter(v -> !v.contains(" ")).toList());
  private static final Pattern AFTER_VERB_FIRST = Pattern.compile("^\\s*,?\\s*(?:" + VERBS + ")\\s+(?<who>.{1,80})", Pattern.CASE_INSENSITIVE);
  private static final Pattern AFTER_NAME_FIRST = Pattern.compile("^\\s*,?\\s*(?<who>.{1,80}?)\\s+(?:" + VERBS + ")\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern BEFORE = Pattern.compile("(?<who>[^.!?\"“”]{1,100}?)\\s+(?:" + VERBS + ")(?:\\s+\\w+){0,3}\\s*[:,]?\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern PRONOUN = Pattern.compile("^(?:he|she|they)\\b", Pattern.CASE_INSENSITIVE);
  private static final int MIN_WORDS = 4;

  /** Quotes in text order, with speakers from the given entity mentions. */
  public List<QuoteMention> extract(String text, List<EntityMention> entities) {
    List<int[]> spans = new ArrayList<>();
    for (Pattern p : List.of(CURLY, STRAIGHT, GUILLEMETS)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        if (overlaps(spans, m.start(), m.end())) {
          continue;
        }
        spans.add(new int[] {m.start(), m.end(), m.start(1), m.end(1)});
      }
    }
    spans.sort((a, b) -> Integer.compare(a[0], b[0]));
    List<QuoteMention> out = new ArrayList<>();
    String previousSpeaker = null;
    for (int[] s : spans) {
      int qs = s[2];
      int qe = s[3];
      while (qe > qs && (text.charAt(qe - 1) == ',' || Character.isWhitespace(text.charAt(qe - 1)))) {
        qe--;
      }
      while (qs < qe && Character.isWhitespace(text.charAt(qs))) {
        qs++;
      }
      String quote = text.substring(qs, qe);
      if (quote.split("\\s+").length < MIN_WORDS) {
        continue;
      }
      String speaker = speaker(text, s[0], s[1], entities);
      if (speaker == null && previousSpeaker != null && continuesPreviousQuote(text, out, s[0])) {
        speaker = previousSpeaker;
      }
      out.add(new QuoteMention(qs, qe, quote, speaker));
      previousSpeaker = speaker;
    }
    return out;
  }

  private static boolean overlaps(List<int[]> spans, int start, int end) {
    for (int[] s : spans) {
      if (start < s[1] && end > s[0]) {
        return true;
      }
    }
    return false;
  }

  /** A quote that follows the previous one in the same or next paragraph without attribution. */
  private static boolean continuesPreviousQuote(String text, List<QuoteMention> out, int start) {
    if (out.isEmpty()) {
      return false;
    }
    int gap = start - out.get(out.size() - 1).end();
    return gap >= 0 && gap < 400;
  }

  private static String speaker(String text, int qStart, int qEnd, List<EntityMention> entities) {
    int lineEnd = text.indexOf('\n', qEnd);
    String after = text.substring(qEnd, Math.min(lineEnd < 0 ? text.length() : lineEnd, qEnd + 120));
    Matcher m = AFTER_VERB_FIRST.matcher(after);
    if (m.find()) {
      String who = resolve(text, qEnd + m.start("who"), qEnd + m.end("who"), qStart, entities);
      if (who != null) {
        return who;
      }
    }
    m = AFTER_NAME_FIRST.matcher(after);
    if (m.find()) {
      String who = resolve(text, qEnd + m.start("who"), qEnd + m.end("who"), qStart, entities);
      if (who != null) {
        return who;
      }
    }
    int lineStart = text.lastIndexOf('\n', qStart - 1) + 1;
    String before = text.substring(Math.max(lineStart, qStart - 150), qStart);
    m = BEFORE.matcher(before);
    if (m.find()) {
      int base = qStart - before.length();
      String who = resolve(text, base + m.start("who"), base + m.end("who"), qStart, entities);
      if (who != null) {
        return who;
      }
    }
    String according = before.toLowerCase(Locale.ROOT);
    int acc = according.lastIndexOf("according to ");
    if (acc >= 0) {
      int base = qStart - before.length();
      return resolve(text, base + acc + 13, qStart, qStart, entities);
    }
    // A quote opening a paragraph: the person named last in the previous sentence.
    if (qStart == lineStart || text.substring(lineStart, qStart).isBlank()) {
      return lastPersonBefore(entities, qStart, Math.max(0, qStart - 400));
    }
    return null;
  }

  /** The person named in [from, to), or for a pronoun the last person named before the quote. */
  private static String resolve(String text, int from, int to, int quoteStart, List<EntityMention> entities) {
    String span = text.substring(from, Math.min(to, text.length())).strip();
    for (EntityMention e : entities) {
      if (e.type() == EntityType.PERSON && e.start() >= from && e.end() <= to) {
        return e.canonical();
      }
    }
    if (PRONOUN.matcher(span).find() || span.toLowerCase(Locale.ROOT).startsWith("the ")) {
      return lastPersonBefore(entities, quoteStart, 0);
    }
    return null;
  }

  private static String lastPersonBefore(List<EntityMention> entities, int offset, int notBefore) {
    String found = null;
    for (EntityMention e : entities) {
      if (e.type() == EntityType.PERSON && e.end() <= offset && e.start() >= notBefore) {
        found = e.canonical();
      }
    }
    return found;
  }
}
