package dev.worlddaily.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.worlddaily.model.Citation;
import dev.worlddaily.model.Ids;
import dev.worlddaily.model.annotation.AnnotatedArticle;
import dev.worlddaily.model.story.BodyParagraph;
import dev.worlddaily.model.story.CitedText;
import dev.worlddaily.model.story.Story;
import dev.worlddaily.synthesize.CitationVerifier;
import dev.worlddaily.synthesize.ExtractiveSynthesizer;
import dev.worlddaily.synthesize.SourceSentences;
import dev.worlddaily.synthesize.SourceSentences.SourceSentence;
import dev.worlddaily.synthesize.StoryDraft;
import dev.worlddaily.synthesize.StorySynthesizer;
import dev.worlddaily.synthesize.StoryVersions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Synthesis with an LLM writing the dek, body and key points from numbered source sentences.
 * Its sentences pass the same citation verification as extractive text, with the checks for
 * generated text ({@link dev.worlddaily.synthesize.GeneratedTextCheck}): a sentence with an
 * invented figure, a name its sources do not give or a paraphrase shown as a quote is dropped
 * and counted, never published. Everything else of the story (headline, quotes, figures,
 * entities, coverage...) is the extractive synthesizer's. When the endpoint fails or answers
 * something unusable, the story keeps its extractive text and the reason is recorded.
 */
public final class LlmSynthesizer implements StorySynthesizer {
  private static final Logger LOG = LoggerFactory.getLogger(LlmSynthesizer.class);
  private static final int MIN_KEY_POINTS = 3;

  private final LlmConfig config;
  private final ChatModel model;
  private final ExtractiveSynthesizer extractive;
  private final Map<String, WrittenStory> answers;

  /**
   * @param model the chat model ({@link #openAi(LlmConfig)} for the configured endpoint)
   * @param extractive the synthesizer that writes the rest of the story, and whose settings
   *     (dek words) the model's text must keep to
   */
  public LlmSynthesizer(LlmConfig config, ChatModel model, ExtractiveSynthesizer extractive) {
    this.config = config;
    this.model = model;
    this.extractive = extractive;
    int size = config.cacheSize();
    this.answers = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, WrittenStory> eldest) {
        return size() > size;
      }
    });
  }

  /** The chat model of the configured OpenAI-compatible endpoint. */
  public static ChatModel openAi(LlmConfig config) {
    if (!config.enabled()) {
      throw new IllegalArgumentException("llm.baseUrl is not set");
    }
    OpenAiChatModel.OpenAiChatModelBuilder b = OpenAiChatModel.builder()
        .baseUrl(config.baseUrl().strip())
        .apiKey(config.apiKey() == null || config.apiKey().isBlank() ? "none" : config.apiKey())
        .modelName(config.model())
        .temperature(config.temperature())
        .timeout(config.timeout())
        .maxRetries(config.maxRetries());
    if (config.jsonMode()) {
      b.responseFormat("json_object");
    }
    return b.build();
  }

  /**
   * One synthesis: the story, and what became of the model's text.
   *
   * @param written sentences the model wrote (dek and key points included)
   * @param rejected one line per written sentence dropped, with the reason
   * @param failure why the model's text was not used at all, or null
   */
  public record Outcome(Story story, int written, List<String> rejected, String failure) {
    public Outcome {
      rejected = List.copyOf(rejected);
    }

    public int published() {
      return written - rejected.size();
    }
  }

  @Override
  public Story synthesize(StoryDraft draft) {
    return write(draft).story();
  }

  public Outcome write(StoryDraft draft) {
    ExtractiveSynthesizer.Composed base = extractive.compose(draft);
    List<SourceSentence> sentences = SourceSentences.of(draft.articles(), config.maxSourceSentences(),
        extractive.config().candidateSentencesPerArticle());
    WrittenStory answer;
    try {
      answer = answer(draft, sentences);
    } catch (RuntimeException e) {
      // An endpoint down, a timeout, an answer that is not the asked JSON: data, not a crash.
      String failure = "LLM text not used: " + e.getMessage();
      LOG.warn("story {}: {}", draft.storyId(), failure);
      return new Outcome(StoryVersions.continueFrom(base.story(), draft.previous(), draft.now()), 0, List.of(), failure);
    }
    List<String> rejected = new ArrayList<>();
    Story generated = generated(base.story(), answer, sentences, rejected);
    CitationVerifier.Result verified = new CitationVerifier(texts(draft.articles()), true).verify(generated);
    rejected.addAll(verified.report().reasons());
    if (!rejected.isEmpty()) {
      LOG.warn("story {}: {} of {} sentences the model wrote were dropped: {}", draft.storyId(), rejected.size(), answer.sentences(), rejected);
    }
    Story merged = merge(base.story(), verified.story());
    return new Outcome(StoryVersions.continueFrom(merged, draft.previous(), draft.now()), answer.sentences(), rejected, null);
  }

  private WrittenStory answer(StoryDraft draft, List<SourceSentence> sentences) {
    String key = key(draft);
    WrittenStory cached = answers.get(key);
    if (cached != null) {
      return cached;
    }
    ChatResponse response = model.chat(StoryPrompt.messages(sentences, extractive.config().dekWords()));
    WrittenStory parsed = WrittenStory.parse(response.aiMessage() == null ? null : response.aiMessage().text());
    if (config.cacheSize() > 0) {
      answers.put(key, parsed);
    }
    return parsed;
  }

  /** Same story, same article revisions, same settings: the same answer. */
  private String key(StoryDraft draft) {
    StringBuilder sb = new StringBuilder(draft.storyId()).append('|').append(config.model()).append('|')
        .append(extractive.config().dekWords());
    for (AnnotatedArticle a : draft.articles()) {
      sb.append('|').append(a.id()).append(':').append(a.article().contentHash());
    }
    return Ids.sha256Hex(sb.toString());
  }

  /** The model's dek, body and key points on the extractive story, cited by the sentences' spans. */
  private Story generated(Story base, WrittenStory answer, List<SourceSentence> sentences, List<String> rejected) {
    Map<Integer, Citation> byNumber = new HashMap<>();
    sentences.forEach(s -> byNumber.put(s.number(), s.citation()));
    String dek = null;
    List<Citation> dekCitations = List.of();
    if (answer.dek() != null) {
      int words = answer.dek().text().split("\\s+").length;
      if (words > extractive.config().dekWords()) {
        rejected.add("dropped dek \"" + answer.dek().text() + "\": " + words + " words, more than " + extractive.config().dekWords());
      } else {
        dek = answer.dek().text();
        dekCitations = citations(answer.dek(), byNumber);
      }
    }
    List<BodyParagraph> body = new ArrayList<>();
    for (List<WrittenStory.Sentence> paragraph : answer.body()) {
      body.add(new BodyParagraph(paragraph.stream().map(s -> new CitedText(s.text(), citations(s, byNumber))).toList()));
    }
    List<CitedText> keyPoints = answer.keyPoints().stream().map(s -> new CitedText(s.text(), citations(s, byNumber))).toList();
    // Only the model's parts are verified here; the rest was verified as extractive text.
    return Story.builder(base.id()).headline(base.headline()).dek(dek, dekCitations).body(body).keyPoints(keyPoints).build();
  }

  /** The spans of the cited numbers; a number no sentence has cites nothing. */
  private static List<Citation> citations(WrittenStory.Sentence s, Map<Integer, Citation> byNumber) {
    return s.cite().stream().distinct().map(byNumber::get).filter(java.util.Objects::nonNull).toList();
  }

  /** The model's verified parts where enough of them survived, the extractive ones elsewhere. */
  private static Story merge(Story base, Story verified) {
    Story.Builder b = base.toBuilder();
    if (verified.dek() != null) {
      b.dek(verified.dek(), verified.dekCitations());
    }
    if (!verified.body().isEmpty()) {
      b.body(verified.body());
    }
    if (verified.keyPoints().size() >= MIN_KEY_POINTS) {
      b.keyPoints(verified.keyPoints());
    }
    return b.build();
  }

  private static Map<String, String> texts(List<AnnotatedArticle> articles) {
    Map<String, String> out = new HashMap<>();
    articles.forEach(a -> out.put(a.id(), a.article().text()));
    return out;
  }
}
