package dev.worlddaily.extract;

import dev.worlddaily.model.Article;
import dev.worlddaily.model.ArticleImage;
import dev.worlddaily.model.Outcome;
import dev.worlddaily.model.Outlet;
import dev.worlddaily.model.ParagraphKind;
import dev.worlddaily.model.RawDocument;
import dev.worlddaily.model.text.StopwordLanguageGuesser;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/** Extracts an article from an HTML page: metadata first, then the body by text density. */
public final class HtmlArticleExtractor implements ArticleExtractor {
  private final ExtractConfig config;
  private final DensityContentExtractor content;

  public HtmlArticleExtractor(ExtractConfig config) {
    this.config = config;
    this.content = new DensityContentExtractor(config);
  }

  @Override
  public Outcome<Article> extract(RawDocument input) {
    return extractWithOffsets(input).map(Extraction::article);
  }

  /** The article with its times as the page wrote them (see {@link Extraction}). */
  public Outcome<Extraction> extractWithOffsets(RawDocument input) {
    try {
      return extractOrThrow(input);
    } catch (RuntimeException | StackOverflowError e) {
      return Outcome.failed("unreadable HTML: " + e.getClass().getSimpleName());
    }
  }

  private Outcome<Extraction> extractOrThrow(RawDocument input) {
    String html = TextDecoder.decode(input.content(), input.charset(), true);
    if (html.length() > config.maxInputChars()) {
      html = html.substring(0, config.maxInputChars());
    }
    if (html.isBlank()) {
      return Outcome.skipped("empty document");
    }
    Document doc = Jsoup.parse(html, baseUri(input.url()), Parser.htmlParser());
    PageMetadata meta = MetadataReader.read(doc, input.url());
    if (html.contains("id=\"S:")) {
      // A streamed React page: its parts are put in place before the body is looked for.
      StreamedContent.reassemble(doc.body());
    }
    List<Block> blocks = content.extract(doc, meta.title());
    int bodyChars = blocks.stream().mapToInt(b -> b.text().length()).sum();
    if (bodyChars < config.minBodyChars()) {
      return Outcome.skipped("not an article: " + bodyChars + " characters of body text");
    }
    String canonical = canonical(meta.canonicalUrl(), input.url());
    Outlet outlet = input.outlet() != null ? input.outlet() : outlet(meta.siteName(), canonical);
    List<String> texts = new ArrayList<>(blocks.size());
    List<ParagraphKind> kinds = new ArrayList<>(blocks.size());
    for (Block b : blocks) {
      texts.add(b.text());
      kinds.add(b.kind());
    }
    List<ArticleImage> images = meta.image() == null ? List.of() : List.of(meta.image());
    Article article = Article.builder()
        .url(input.url())
        .canonicalUrl(canonical)
        .outlet(outlet)
        .title(meta.title() == null ? "" : meta.title())
        .authors(meta.authors())
        .published(meta.published() == null ? null : meta.published().toInstant())
        .updated(meta.modified() == null ? null : meta.modified().toInstant())
        .language(StopwordLanguageGuesser.resolve(meta.language(), String.join("\n", texts)))
        .blocks(texts, kinds)
        .images(images)
        .paywalled(meta.paywalled())
        .section(meta.section())
        .keywords(meta.keywords())
        .fetched(input.fetched())
        .build();
    return Outcome.ok(new Extraction(article, meta.published(), meta.modified()));
  }

  private static String baseUri(String url) {
    return url.startsWith("http://") || url.startsWith("https://") ? url : "";
  }

  /** The declared canonical URL when it is an absolute http(s) URL, else the fetch URL; no fragment. */
  static String canonical(String declared, String url) {
    String chosen = url;
    if (declared != null) {
      try {
        URI u = URI.create(declared.strip());
        if (u.isAbsolute() && (u.getScheme().equalsIgnoreCase("http") || u.getScheme().equalsIgnoreCase("https")) && u.getHost() != null) {
          chosen = u.toString();
        }
      } catch (IllegalArgumentException e) {
        // keep the fetch URL
      }
    }
    int hash = chosen.indexOf('#');
    return hash >= 0 ? chosen.substring(0, hash) : chosen;
  }

  static Outlet outlet(String siteName, String url) {
    String host = null;
    try {
      host = URI.create(url).getHost();
    } catch (IllegalArgumentException e) {
      // no host
    }
    String domain = host == null ? (siteName == null ? "unknown" : siteName.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")) : host;
    return new Outlet(siteName, domain, null, null, null, null);
  }
}
