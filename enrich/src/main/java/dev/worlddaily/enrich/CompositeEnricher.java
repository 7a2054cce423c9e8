package dev.worlddaily.enrich;

import dev.worlddaily.model.Article;
import dev.worlddaily.model.Category;
import dev.worlddaily.model.annotation.AnnotatedArticle;
import dev.worlddaily.model.annotation.Annotations;
import dev.worlddaily.model.annotation.DateMention;
import dev.worlddaily.model.annotation.EntityMention;
import dev.worlddaily.model.annotation.FigureMention;
import dev.worlddaily.model.annotation.LanguageSpan;
import dev.worlddaily.model.annotation.QuoteMention;
import dev.worlddaily.model.annotation.TextSpan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The enrichment stage: language, sentences, entities, figures, quotes and dates per article,
 * then embeddings for the whole batch at once, then the category from both. Models are loaded
 * once in the constructor and shared; instances are thread-safe.
 */
public final class CompositeEnricher implements Enricher {
  private final EnrichConfig config;
  private final LanguageIdentifier languages;
  private final SentenceSplitter sentences = new SentenceSplitter();
  private final Gazetteer gazetteer;
  private final EntityRecognizer entities;
  private final FigureExtractor figures = new FigureExtractor();
  private final QuoteExtractor quotes = new QuoteExtractor();
  private final DateExtractor dates = new DateExtractor();
  private final PublicationDay publicationDay;
  private final Embedder embedder;
  private final CategoryClassifier categories;
  private final StageTimes times = new StageTimes();
  /** Threads of the text stages: one per core, beside the model's own. */
  private static final int TEXT_THREADS = Runtime.getRuntime().availableProcessors();
  private final ExecutorService textStages = daemons(TEXT_THREADS, "enrich-text");
  /** Waits for the model's threads, so that the text stages run meanwhile. */
  private final ExecutorService embeddingCalls = daemons(1, "enrich-embed");

  public CompositeEnricher(EnrichConfig config) {
    this.config = config;
    this.languages = new LanguageIdentifier(config.languages());
    this.gazetteer = new Gazetteer();
    this.entities = new EntityRecognizer(gazetteer);
    this.publicationDay = new PublicationDay(gazetteer);
    this.embedder = config.embeddings() ? new Embedder(config.embeddingBatchSize(), config.embeddingCacheSize()) : null;
    this.categories = new CategoryClassifier(embedder);
  }

  /** The language identifier, to tell whether its models are loaded (they load lazily). */
  public LanguageIdentifier languageIdentifier() {
    return languages;
  }

  /** CPU time per text stage so far, for benchmarks. */
  public StageTimes stageTimes() {
    return times;
  }

  /** The embedder, or null when embeddings are off. */
  public Embedder embedder() {
    return embedder;
  }

  /** The gazetteer, for components that resolve entities across articles. */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  @Override
  public AnnotatedArticle enrich(Article article) {
    return enrichAll(List.of(article)).get(0);
  }

  @Override
  public List<AnnotatedArticle> enrichAll(List<Article> articles) {
    List<String> leads = new ArrayList<>(articles.size());
    List<String> bodies = new ArrayList<>();
    List<Integer> withBody = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      Article a = articles.get(i);
      leads.add(lead(a));
      String body = config.bodyChars() == 0 ? null : body(a);
      if (body != null) {
        withBody.add(i);
        bodies.add(body);
      }
    }
    // The model embeds the batch on its own threads while the text stages annotate it here.
    Future<List<float[]>> embedding = null;
    if (embedder != null) {
      // One call for all texts, so that the batch's texts are spread over the embedder's threads.
      List<String> all = new ArrayList<>(leads);
      all.addAll(bodies);
      embedding = embeddingCalls.submit(() -> embedder.embedAll(all));
    }
    List<Annotations> textual = annotateTexts(articles);
    float[][] leadVectors = null;
    float[][] bodyVectors = null;
    if (embedding != null) {
      List<float[]> vectors = result(embedding);
      leadVectors = vectors.subList(0, leads.size()).toArray(float[][]::new);
      // Without a separate body text (the default, or a text that ends within the lead) the body
      // embedding is the lead's vector: the model's 128-token window is already filled by the
      // title and lead, so a body window starting at the text's start read the same text again.
      bodyVectors = leadVectors.clone();
      for (int k = 0; k < withBody.size(); k++) {
        bodyVectors[withBody.get(k)] = vectors.get(leads.size() + k);
      }
    }
    List<AnnotatedArticle> out = new ArrayList<>(articles.size());
    for (int i = 0; i < articles.size(); i++) {
      Article a = articles.get(i);
      Annotations t = textual.get(i);
      float[] lead = leadVectors == null ? null : leadVectors[i];
      long c = StageTimes.now();
      Category category = categories.classify(a.title(), leads.get(i), lead);
      times.add(StageTimes.Stage.CATEGORY, c);
      out.add(new AnnotatedArticle(a, new Annotations(
          t.language(), category, t.sentences(), t.entities(), t.figures(), t.quotes(), t.dates(),
          lead, bodyVectors == null ? null : bodyVectors[i], t.paragraphLanguages())));
    }
    return out;
  }

  /**
   * The text stages of each article, on {@link #TEXT_THREADS} threads (each article's annotations
   * depend on its text alone, so the result is the same as one by one), in the given order.
   */
  private List<Annotations> annotateTexts(List<Article> articles) {
    if (articles.size() == 1) {
      return List.of(annotateText(articles.get(0)));
    }
    List<Future<Annotations>> running = new ArrayList<>(articles.size());
    for (Article a : articles) {
      running.add(textStages.submit(() -> annotateText(a)));
    }
    List<Annotations> out = new ArrayList<>(articles.size());
    for (Future<Annotations> f : running) {
      out.add(result(f));
    }
    return out;
  }

  /** A task's result; its failure rethrown as it was (the caller retries one by one). */
  private static <T> T result(Future<T> f) {
    try {
      return f.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while enriching", e);
    }
  }

  private static ExecutorService daemons(int threads, String name) {
    return Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    });
  }

  private Annotations annotateText(Article a) {
    long t = StageTimes.now();
    String text = a.text();
    List<int[]> blocks = SentenceSplitter.blocks(text, a.paragraphs());
    List<LanguageSpan> paragraphLanguages = languages.detectParagraphs(text, blocks);
    String detected = paragraphLanguages.isEmpty() ? languages.detect(text) : LanguageIdentifier.dominant(paragraphLanguages);
    String language = detected != null ? detected : a.language();
    t = times.add(StageTimes.Stage.LANGUAGE, t);
    List<TextSpan> spans = sentences.split(text, blocks, paragraphLanguages, language);
    t = times.add(StageTimes.Stage.SENTENCES, t);
    List<EntityMention> found = entities.recognize(text, spans);
    t = times.add(StageTimes.Stage.ENTITIES, t);
    List<FigureMention> figs = figures.extract(text);
    t = times.add(StageTimes.Stage.FIGURES, t);
    List<QuoteMention> qs = quotes.extract(text, found);
    t = times.add(StageTimes.Stage.QUOTES, t);
    LocalDate published = publicationDay.of(a.time(), a.outlet().country(), text, found);
    List<DateMention> ds = dates.extract(text, published);
    times.add(StageTimes.Stage.DATES, t);
    return new Annotations(language, null, spans, found, figs, qs, ds, null, null, paragraphLanguages);
  }

  private String lead(Article a) {
    String text = a.text();
    String lead = text.length() <= config.leadChars() ? text : cutAtWord(text, config.leadChars());
    return a.title().isBlank() ? lead : a.title() + ".\n" + lead;
  }

  /** The text after the lead, up to {@code bodyChars}, or null when the text ends within the lead. */
  private String body(Article a) {
    String text = a.text();
    if (text.length() <= config.leadChars()) {
      return null;
    }
    int start = cutAtWord(text, config.leadChars()).length();
    String rest = text.substring(start).strip();
    if (rest.length() < 50) {
      return null;
    }
    return rest.length() <= config.bodyChars() ? rest : cutAtWord(rest, config.bodyChars());
  }

  private static String cutAtWord(String text, int max) {
    int cut = text.lastIndexOf(' ', max);
    return text.substring(0, cut > max / 2 ? cut : max);
  }

  /** Category scores for a title and lead, for evaluation and diagnostics. */
  public Category categorize(String title, String lead) {
    float[] v = embedder == null ? null : embedder.embed(title + ".\n" + lead);
    return categories.classify(title, lead, v);
  }

  @Override
  public void close() {
    textStages.shutdownNow();
    embeddingCalls.shutdownNow();
    if (embedder != null) {
      embedder.close();
    }
  }

  /** Categories of titles with their leads, embedded as one batch. */
  public List<Category> categorizeAll(List<String> titles, List<String> leads) {
    List<String> texts = new ArrayList<>(titles.size());
    for (int i = 0; i < titles.size(); i++) {
      texts.add(titles.get(i) + ".\n" + leads.get(i));
    }
    List<float[]> vectors = embedder == null ? null : embedder.embedAll(texts);
    List<Category> out = new ArrayList<>(titles.size());
    for (int i = 0; i < titles.size(); i++) {
      out.add(categories.classify(titles.get(i), leads.get(i), vectors == null ? null : vectors.get(i)));
    }
    return out;
  }

  /** Entity mentions of a plain text split into sentences by the English rules. */
  public List<EntityMention> entities(String text) {
    return entities.recognize(text, sentences.split(text, List.of(), "en"));
  }
}
