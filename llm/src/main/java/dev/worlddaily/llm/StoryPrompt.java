package dev.worlddaily.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.worlddaily.synthesize.SourceSentences.SourceSentence;
import java.util.List;
import java.util.Locale;

/**
 * What the model is asked: to write the dek, body and key points from numbered source
 * sentences only, answering one JSON object in which every sentence it writes lists the numbers
 * of the source sentences that state it.
 */
final class StoryPrompt {
  private StoryPrompt() {}

  static List<ChatMessage> messages(List<SourceSentence> sentences, int dekWords) {
    String system = String.format(Locale.ROOT, """
        You write one neutral news story from numbered sentences that several outlets published about the same event.
        Rules:
        - State only what the numbered sentences state. Never add a name, number, date, place or quotation that is not in them.
        - Put words in quotation marks only when they are copied exactly from a numbered sentence.
        - Every sentence you write cites the numbers of the sentences that state it.
        - The dek is one or two sentences, at most %d words: what happened and why it matters.
        - The body has two to four paragraphs, from what happened to why it matters to what comes next; it does not repeat the dek.
        - Three to six key points, one fact each.
        Answer with one JSON object and nothing else, in this form:
        {"dek": {"text": "...", "cite": [1, 4]},
         "body": [[{"text": "...", "cite": [2]}, {"text": "...", "cite": [3, 5]}], [{"text": "...", "cite": [6]}]],
         "keyPoints": [{"text": "...", "cite": [1]}]}
        """, dekWords);
    StringBuilder user = new StringBuilder("Numbered sentences:\n");
    for (SourceSentence s : sentences) {
      user.append('[').append(s.number()).append("] (").append(s.outlet()).append(") ").append(s.text().replace('\n', ' ')).append('\n');
    }
    return List.of(SystemMessage.from(system), UserMessage.from(user.toString()));
  }
}
