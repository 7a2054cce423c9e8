package dev.worlddaily.eval.entities;

import dev.worlddaily.model.annotation.TextSpan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A CoNLL-2003 file ({@code token POS chunk NER}, IOB1 tags) read back into documents of
 * running text: tokens joined the way news is written ("Germany's", "(AP)", "$10"), one line per
 * sentence, with each token's character offsets, the sentence spans and the gold entities.
 */
final class ConllCorpus {
  /** A gold entity over tokens {@code [first, last]} of a document. */
  record Gold(int first, int last, String type) {}

  /** One document: its text, token offsets, sentence spans and gold entities. */
  record Document(String text, int[] tokenStart, int[] tokenEnd, List<TextSpan> sentences, List<Gold> gold) {}

  private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ":", ";", "?", "!", ")", "]", "}", "%", "'s", "'S", "n't", "'", "'re", "'ve", "'ll", "'d", "'m");
  private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "$");

  private ConllCorpus() {}

  static List<Document> read(Path file) throws IOException {
    List<Document> docs = new ArrayList<>();
    List<List<String[]>> sentences = new ArrayList<>();
    List<String[]> sentence = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.startsWith("-DOCSTART-")) {
        flushSentence(sentences, sentence);
        if (!sentences.isEmpty()) {
          docs.add(document(sentences));
        }
        sentences = new ArrayList<>();
        sentence = new ArrayList<>();
      } else if (line.isBlank()) {
        sentence = flushSentence(sentences, sentence);
      } else {
        String[] cols = line.split(" ");
        sentence.add(new String[] {cols[0], cols[cols.length - 1]});
      }
    }
    flushSentence(sentences, sentence);
    if (!sentences.isEmpty()) {
      docs.add(document(sentences));
    }
    return docs;
  }

  private static List<String[]> flushSentence(List<List<String[]>> sentences, List<String[]> sentence) {
    if (!sentence.isEmpty()) {
      sentences.add(sentence);
    }
    return new ArrayList<>();
  }

  private static Document document(List<List<String[]>> sentences) {
    StringBuilder text = new StringBuilder();
    List<int[]> offsets = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    List<TextSpan> spans = new ArrayList<>();
    for (List<String[]> s : sentences) {
      if (text.length() > 0) {
        text.append('\n');
      }
      int sentenceStart = text.length();
      boolean openQuote = false;
      String previous = null;
      for (String[] token : s) {
        String t = token[0];
        boolean quote = t.equals("\"");
        boolean glue = previous == null
            || NO_SPACE_BEFORE.contains(t)
            || NO_SPACE_AFTER.contains(previous)
            || quote && openQuote
            || previous.equals("\"") && openQuote && !quote;
        if (!glue) {
          text.append(' ');
        }
        if (quote) {
          openQuote = !openQuote;
        }
        offsets.add(new int[] {text.length(), text.length() + t.length()});
        text.append(t);
        tags.add(token[1]);
        previous = t;
      }
      spans.add(new TextSpan(sentenceStart, text.length()));
    }
    int[] starts = new int[offsets.size()];
    int[] ends = new int[offsets.size()];
    for (int i = 0; i < offsets.size(); i++) {
      starts[i] = offsets.get(i)[0];
      ends[i] = offsets.get(i)[1];
    }
    return new Document(text.toString(), starts, ends, spans, goldEntities(tags, sentences));
  }

  /** IOB1: an entity is a run of I-X; B-X starts a new one right after another of the same type. */
  private static List<Gold> goldEntities(List<String> tags, List<List<String[]>> sentences) {
    List<Gold> out = new ArrayList<>();
    int index = 0;
    for (List<String[]> s : sentences) {
      int first = -1;
      String type = null;
      for (int k = 0; k < s.size(); k++, index++) {
        String tag = tags.get(index);
        String t = tag.equals("O") ? null : tag.substring(2);
        boolean begins = t != null && (!t.equals(type) || tag.startsWith("B-"));
        if (type != null && (t == null || begins)) {
          out.add(new Gold(first, index - 1, type));
          type = null;
        }
        if (begins) {
          first = index;
          type = t;
        }
      }
      if (type != null) {
        out.add(new Gold(first, index - 1, type));
      }
    }
    return out;
  }
}
