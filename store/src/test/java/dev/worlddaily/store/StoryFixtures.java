package dev.worlddaily.store;

import dev.worlddaily.model.Article;
import dev.worlddaily.model.ArticleImage;
import dev.worlddaily.model.Category;
import dev.worlddaily.model.Citation;
import dev.worlddaily.model.EntityType;
import dev.worlddaily.model.Outlet;
import dev.worlddaily.model.annotation.AnnotatedArticle;
import dev.worlddaily.model.annotation.Annotations;
import dev.worlddaily.model.annotation.EntityMention;
import dev.worlddaily.model.annotation.TextSpan;
import dev.worlddaily.model.story.BodyParagraph;
import dev.worlddaily.model.story.CitedText;
import dev.worlddaily.model.story.Coverage;
import dev.worlddaily.model.story.Source;
import dev.worlddaily.model.story.Story;
import dev.worlddaily.model.story.StoryEntity;
import java.time.Instant;
import java.util.List;

/** Small fictional articles and stories for store tests. */
final class StoryFixtures {
  static final Outlet LEDGER = new Outlet("The Harbour Ledger", "harbourledger.example", "NZ", "en", "center", "private");
  static final Outlet COURIER = new Outlet("Valley Courier", "valleycourier.example", "CA", "en", "left", "nonprofit");

  private StoryFixtures() {}

  static AnnotatedArticle article(Outlet outlet, String slug, String title, String text, Instant published) {
    Article a =
        Article.builder()
            .url("https://" + outlet.domain() + "/news/" + slug)
            .outlet(outlet)
            .title(title)
            .authors(List.of("Mara Quell"))
            .published(published)
            .fetched(published.plusSeconds(60))
            .blocks(List.of(text), null)
            .images(List.of(ArticleImage.of("https://" + outlet.domain() + "/img/" + slug + ".png", "A harbour at dawn", "Photo: Ivo Renn")))
            .build();
    int firstSentenceEnd = Math.max(text.indexOf('.') + 1, 1);
    Annotations ann =
        new Annotations(
            "en", Category.WORLD, List.of(new TextSpan(0, firstSentenceEnd)),
            List.of(new EntityMention(0, Math.min(5, text.length()), text.substring(0, Math.min(5, text.length())), EntityType.PLACE, "Port Sarin")),
            List.of(), List.of(), List.of(), unit(384, slug.hashCode()), null);
    return new AnnotatedArticle(a, ann);
  }

  static float[] unit(int dims, int seed) {
    java.util.Random r = new java.util.Random(seed);
    float[] v = new float[dims];
    double sum = 0;
    for (int i = 0; i < dims; i++) {
      v[i] = (float) r.nextGaussian();
      sum += v[i] * v[i];
    }
    for (int i = 0; i < dims; i++) {
      v[i] /= (float) Math.sqrt(sum);
    }
    return v;
  }

  static Story story(String id, String headline, Category category, Instant updated, AnnotatedArticle... articles) {
    List<Source> sources =
        java.util.Arrays.stream(articles)
            .map(a -> new Source(a.id(), a.article().url(), a.article().outlet().name(), a.article().outlet().domain(),
                a.article().title(), a.article().authors(), a.article().published(), "en"))
            .toList();
    AnnotatedArticle first = articles[0];
    int end = first.annotations().sentences().get(0).end();
    return Story.builder(id)
        .slug(headline.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-"))
        .firstSeen(updated.minusSeconds(3600))
        .updated(updated)
        .headline(headline)
        .dek(first.article().text().substring(0, end), List.of(new Citation(first.id(), 0, end)))
        .category(category)
        .tags(List.of("Port Sarin"))
        .entities(List.of(new StoryEntity("Port Sarin", EntityType.PLACE, List.of("Sarin"), articles.length)))
        .body(List.of(new BodyParagraph(List.of(new CitedText(first.article().text().substring(0, end), List.of(new Citation(first.id(), 0, end)))))))
        .sources(sources)
        .coverage(new Coverage(articles.length, articles.length, List.of("NZ"), false))
        .build();
  }
}
