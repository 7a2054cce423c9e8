package dev.worlddaily.store;

import dev.worlddaily.model.Progress;
import dev.worlddaily.model.story.BodyParagraph;
import dev.worlddaily.model.story.CitedText;
import dev.worlddaily.model.story.Source;
import dev.worlddaily.model.story.Story;
import dev.worlddaily.model.story.StoryEntity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Lucene index of stories (BM25 over headline, text, tags) and of which story each article
 * belongs to (for the consistency check). Searches read the index as of the last {@link
 * #refresh()} or {@link #commit()}: reopening the reader flushes a segment, so a batch that
 * writes many stories reopens it once, not before each related-stories search (that was 8 ms of
 * CPU per article in the e2e bench). Derived data: {@link #rebuild} recreates it from the store.
 */
public final class LuceneSearchIndex implements SearchIndex {
  private static final String TYPE = "type";
  private static final String ID = "id";
  private static final String STORY_ID = "storyId";
  private static final String UPDATED = "updated";
  private static final Map<String, Float> TEXT_FIELDS = Map.of("headline", 3f, "tags", 2f, "text", 1f);

  private final Directory directory;
  private final Analyzer analyzer = new EnglishAnalyzer();
  private final IndexWriter writer;
  private final SearcherManager searchers;
  /** Set when the index was created or found unreadable, until the next rebuild. */
  private volatile boolean recreated;

  private IndexWriterConfig writerConfig() {
    return new IndexWriterConfig(analyzer);
  }

  private LuceneSearchIndex(Path path) throws IOException {
    Files.createDirectories(path);
    this.directory = FSDirectory.open(path);
    IndexWriter w;
    boolean fresh = !hasIndex(path);
    try {
      w = new IndexWriter(directory, writerConfig());
    } catch (LockObtainFailedException e) {
      throw e;
    } catch (IOException e) {
      // Corrupt, too old or too new: the index is derived data, so start empty and let the
      // caller rebuild it from the store.
      for (String file : directory.listAll()) {
        if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
          directory.deleteFile(file);
        }
      }
      w = new IndexWriter(directory, writerConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE));
      fresh = true;
    }
    this.writer = w;
    this.searchers = new SearcherManager(writer, null);
    this.recreated = fresh;
  }

  /** Opens (creating if needed) the index at {@code path}. */
  public static LuceneSearchIndex open(Path path) {
    try {
      return new LuceneSearchIndex(path);
    } catch (LockObtainFailedException e) {
      throw new StoreException("the index " + path + " is in use by another wdn process", e);
    } catch (IOException e) {
      throw new StoreException("cannot open index " + path, e);
    }
  }

  private static boolean hasIndex(Path path) throws IOException {
    try (Stream<Path> files = Files.list(path)) {
      return files.anyMatch(p -> p.getFileName().toString().startsWith("segments"));
    }
  }

  @Override
  public void indexStory(Story story, boolean published) {
    Document d = new Document();
    d.add(new StringField(TYPE, "story", Field.Store.NO));
    d.add(new StringField(ID, story.id(), Field.Store.YES));
    d.add(new TextField("headline", nullToEmpty(story.headline()), Field.Store.YES));
    d.add(new TextField("text", storyText(story), Field.Store.NO));
    d.add(new TextField("tags", String.join(" ", story.tags()), Field.Store.NO));
    d.add(new StringField("published", published ? "1" : "0", Field.Store.NO));
    if (story.category() != null) {
      d.add(new StringField("category", story.category().slug(), Field.Store.NO));
    }
    for (StoryEntity e : story.entities()) {
      d.add(new StringField("entity", e.name().toLowerCase(Locale.ROOT), Field.Store.NO));
    }
    for (String tag : story.tags()) {
      d.add(new StringField("entity", tag.toLowerCase(Locale.ROOT), Field.Store.NO));
    }
    for (Source s : story.sources()) {
      if (s.domain() != null) {
        d.add(new StringField("outlet", s.domain(), Field.Store.NO));
      }
    }
    long updated = story.updated() == null ? 0 : story.updated().getEpochSecond();
    d.add(new LongPoint(UPDATED, updated));
    d.add(new NumericDocValuesField(UPDATED, updated));
    update(new Term(ID, story.id()), d);
  }

  private static String storyText(Story s) {
    StringBuilder sb = new StringBuilder(nullToEmpty(s.dek()));
    for (BodyParagraph p : s.body()) {
      for (CitedText t : p.sentences()) {
        sb.append('\n').append(t.text());
      }
    }
    for (CitedText k : s.keyPoints()) {
      sb.append('\n').append(k.text());
    }
    return sb.toString();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  @Override
  public void removeStory(String storyId) {
    try {
      writer.deleteDocuments(new Term(ID, storyId));
    } catch (IOException e) {
      throw new StoreException("cannot remove story " + storyId + " from the index", e);
    }
  }

  @Override
  public void indexArticle(String articleId, String storyId) {
    Document d = new Document();
    d.add(new StringField(TYPE, "article", Field.Store.NO));
    d.add(new StringField(ID, articleId, Field.Store.YES));
    if (storyId != null) {
      d.add(new StringField(STORY_ID, storyId, Field.Store.YES));
    }
    update(new Term(ID, articleId), d);
  }

  private void update(Term term, Document d) {
    try {
      writer.updateDocument(term, d);
    } catch (IOException e) {
      throw new StoreException("cannot index " + term.text(), e);
    }
  }

  @Override
  public SearchResult search(SearchQuery q) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new TermQuery(new Term(TYPE, "story")), Occur.FILTER);
    boolean hasText = !q.text().isBlank();
    if (hasText) {
      // SimpleQueryParser never throws: stray quotes, brackets or SQL metacharacters are text.
      SimpleQueryParser parser = new SimpleQueryParser(analyzer, TEXT_FIELDS);
      Query text = parser.parse(q.text());
      if (text == null) {
        return new SearchResult(0, List.of());
      }
      b.add(text, Occur.MUST);
    }
    if (!q.includeUnpublished()) {
      b.add(new TermQuery(new Term("published", "1")), Occur.FILTER);
    }
    if (q.category() != null) {
      b.add(new TermQuery(new Term("category", q.category().slug())), Occur.FILTER);
    }
    if (q.outletDomain() != null) {
      b.add(new TermQuery(new Term("outlet", q.outletDomain())), Occur.FILTER);
    }
    if (q.entity() != null) {
      b.add(new TermQuery(new Term("entity", q.entity().toLowerCase(Locale.ROOT))), Occur.FILTER);
    }
    if (q.from() != null || q.to() != null) {
      long from = q.from() == null ? Long.MIN_VALUE : q.from().getEpochSecond();
      long to = q.to() == null ? Long.MAX_VALUE : q.to().getEpochSecond() - 1;
      b.add(LongPoint.newRangeQuery(UPDATED, from, to), Occur.FILTER);
    }
    Query query = b.build();
    return withSearcher(
        s -> {
          int n = q.offset() + q.limit();
          TopDocs top =
              hasText
                  ? s.search(query, n)
                  : s.search(query, n, new Sort(new SortField(UPDATED, SortField.Type.LONG, true)));
          List<SearchHit> hits = new ArrayList<>();
          for (int i = q.offset(); i < top.scoreDocs.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            Document doc = s.storedFields().document(sd.doc);
            hits.add(new SearchHit(doc.get(ID), doc.get("headline"), Float.isNaN(sd.score) ? 0 : sd.score));
          }
          // Lucene counts the first thousand matches exactly while it collects; a second pass
          // to count them all is only needed beyond (it was a third of a search's cost).
          long total = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO ? top.totalHits.value() : s.count(query);
          return new SearchResult(total, hits);
        });
  }

  @Override
  public List<String> storiesNaming(Collection<String> names, int minShared, int limit) {
    Set<String> keys = new LinkedHashSet<>();
    names.forEach(n -> keys.add(n.toLowerCase(Locale.ROOT)));
    if (limit <= 0 || keys.size() < Math.max(1, minShared)) {
      return List.of();
    }
    // Only story documents carry the entity field, so no type filter is needed (with one, a
    // query cost 2.1 ms instead of 0.77 on an index of 26,570 stories and 255,000 articles).
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    keys.forEach(k -> b.add(new TermQuery(new Term("entity", k)), Occur.SHOULD));
    b.setMinimumNumberShouldMatch(Math.max(1, minShared));
    Query query = b.build();
    return withSearcher(
        s -> {
          List<String> ids = new ArrayList<>();
          for (ScoreDoc sd : s.search(query, limit).scoreDocs) {
            ids.add(s.storedFields().document(sd.doc, Set.of(ID)).get(ID));
          }
          return ids;
        });
  }

  /** Work on an acquired searcher. */
  @FunctionalInterface
  private interface SearchWork<T> {
    T run(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(SearchWork<T> work) {
    try {
      IndexSearcher s = searchers.acquire();
      try {
        return work.run(s);
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new StoreException("search failed", e);
    }
  }

  private long countType(String type) {
    return withSearcher(s -> (long) s.count(new TermQuery(new Term(TYPE, type))));
  }

  @Override
  public long storyCount() {
    return countType("story");
  }

  @Override
  public long articleCount() {
    return countType("article");
  }

  @Override
  public boolean isBehind(Store store) {
    return recreated || storyCount() != store.storyCount(true) || articleCount() != store.articleCount();
  }

  @Override
  public void refresh() {
    try {
      searchers.maybeRefresh();
    } catch (IOException e) {
      throw new StoreException("cannot reopen the index", e);
    }
  }

  @Override
  public void commit() {
    try {
      writer.commit();
      searchers.maybeRefresh();
    } catch (IOException e) {
      throw new StoreException("cannot commit the index", e);
    }
  }

  @Override
  public void rebuild(Store store, Progress progress) {
    try {
      writer.deleteAll();
      long total = store.storyCount(true) + store.articleCount();
      long done = 0;
      int page = 500;
      for (int offset = 0; ; offset += page) {
        List<Story> batch = store.stories(new StoryQuery(true, null, null, null, null, null, offset, page));
        for (Story s : batch) {
          indexStory(s, store.isPublished(s.id()));
          progress.update(++done, total);
        }
        if (batch.size() < page) {
          break;
        }
      }
      // Ids only, a page at a time: a million stored articles would not fit in memory.
      long[] articles = {done};
      store.forEachArticleStory((id, storyId) -> {
        indexArticle(id, storyId);
        progress.update(++articles[0], total);
      });
      commit();
      recreated = false;
    } catch (IOException e) {
      throw new StoreException("cannot rebuild the index", e);
    }
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the index", e);
    }
  }
}
