package dev.worlddaily.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.codecs.hnsw.DefaultFlatVectorScorer;
import org.apache.lucene.index.ByteVectorValues;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.KnnCollector;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.hnsw.HnswGraphBuilder;
import org.apache.lucene.util.hnsw.HnswGraphSearcher;
import org.apache.lucene.util.hnsw.RandomVectorScorer;

/**
 * Approximate nearest open stories by centroid, on Lucene's HNSW graph (the algorithm of {@code
 * org.apache.lucene.util.hnsw}, kept on the heap without an index writer, so that adding a story
 * costs one graph insertion and no segment flush). A story's centroid is updated in place as it
 * grows, and inserted afresh when it moved far; a closed story stays in the graph as a
 * filtered-out node until the dead nodes outnumber the live ones, when the graph is rebuilt from
 * the live stories. Insertions are single-threaded
 * with a fixed seed, so the same stream builds the same graph. Centroids are kept as signed bytes
 * (one scale for all, see {@link #SCALE}): a quarter of the memory of floats, so that the graph
 * of a busy window stays in the CPU caches; the candidates found are then scored exactly.
 */
final class HnswStoryIndex {
  /**
   * Connections per node (Lucene's default) and the search beam while building: narrower than
   * Lucene's 100, which is tuned for recall over millions of vectors; candidates here are a few
   * dozen among the stories of a few days, and every article that opens a story pays for one
   * insertion.
   */
  private static final int MAX_CONNECTIONS = 16;
  private static final int BEAM_WIDTH = 32;
  private static final long SEED = 42;
  /** A centroid that moves less than this (cosine to where it was) is moved in place. */
  private static final double MOVE_IN_PLACE = 0.85;
  /** Below this many dead nodes a rebuild is not worth it. */
  private static final int MIN_DEAD_FOR_REBUILD = 256;
  /**
   * The graph is rebuilt from its live nodes once dead ones (closed, merged or moved stories)
   * outnumber them by this factor. Dead nodes are still walked by a search, which then has to go
   * further to collect its live neighbours: searching is most of the cost of an assignment, so a
   * rebuild now and then pays (measured with {@code wdn-bench clustering}, docs/BENCHMARKS.md).
   */
  private static final double DEAD_RATIO = 0.5;

  /**
   * Bytes per unit of a centroid component. Components of a unit vector of a few hundred
   * dimensions rarely exceed 0.3; larger ones are clipped, which only blurs the ranking a little.
   */
  static final float SCALE = 400f;

  private final int dimensions;
  private List<byte[]> vectors;
  private List<String> storyOfNode;
  private Map<String, Integer> nodeOfStory;
  private FixedBitSet live;
  private ByteVectorValues values;
  private HnswGraphBuilder builder;
  private int dead;

  HnswStoryIndex(int dimensions) {
    this.dimensions = dimensions;
    reset(0);
  }

  private void reset(int expected) {
    vectors = new ArrayList<>(Math.max(16, expected));
    storyOfNode = new ArrayList<>(Math.max(16, expected));
    nodeOfStory = new HashMap<>();
    live = new FixedBitSet(Math.max(64, expected * 2));
    values = ByteVectorValues.fromBytes(vectors, dimensions);
    dead = 0;
    try {
      builder = HnswGraphBuilder.create(
          DefaultFlatVectorScorer.INSTANCE.getRandomVectorScorerSupplier(VectorSimilarityFunction.DOT_PRODUCT, values),
          MAX_CONNECTIONS, BEAM_WIDTH, SEED);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Number of stories that can be found. */
  int size() {
    return nodeOfStory.size();
  }

  /** Adds a story or moves it to a new centroid (a unit vector, copied). */
  void put(String storyId, float[] unitCentroid) {
    if (unitCentroid.length != dimensions) {
      throw new IllegalArgumentException("vector has " + unitCentroid.length + " dimensions, expected " + dimensions);
    }
    byte[] quantized = quantize(unitCentroid);
    Integer node = nodeOfStory.get(storyId);
    if (node != null) {
      byte[] old = vectors.get(node);
      if (Vectors.cosine(old, quantized) >= MOVE_IN_PLACE) {
        // A small move keeps the node's links: they stay good enough as a centroid drifts.
        System.arraycopy(quantized, 0, old, 0, dimensions);
        return;
      }
      // A large move would strand the node among its old neighbours: insert it afresh.
      remove(storyId);
    }
    insert(storyId, quantized);
  }

  private void insert(String storyId, byte[] quantized) {
    int ord = vectors.size();
    vectors.add(quantized);
    storyOfNode.add(storyId);
    nodeOfStory.put(storyId, ord);
    live = FixedBitSet.ensureCapacity(live, ord);
    live.set(ord);
    try {
      builder.addGraphNode(ord);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Forgets a story (closed or merged away). */
  void remove(String storyId) {
    Integer node = nodeOfStory.remove(storyId);
    if (node == null) {
      return;
    }
    live.clear(node);
    dead++;
    if (dead >= MIN_DEAD_FOR_REBUILD && dead > DEAD_RATIO * nodeOfStory.size()) {
      rebuild();
    }
  }

  private void rebuild() {
    List<String> ids = new ArrayList<>();
    List<byte[]> keep = new ArrayList<>();
    for (int node = 0; node < storyOfNode.size(); node++) {
      if (live.get(node)) {
        ids.add(storyOfNode.get(node));
        keep.add(vectors.get(node));
      }
    }
    reset(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      insert(ids.get(i), keep.get(i));
    }
  }

  /** Ids of up to {@code k} stories nearest to a unit vector, nearest first. */
  List<String> nearest(float[] unitQuery, int k) {
    if (nodeOfStory.isEmpty() || k <= 0) {
      return List.of();
    }
    try {
      RandomVectorScorer scorer = DefaultFlatVectorScorer.INSTANCE.getRandomVectorScorer(VectorSimilarityFunction.DOT_PRODUCT, values, quantize(unitQuery));
      KnnCollector found = HnswGraphSearcher.search(scorer, k, builder.getGraph(), live, Integer.MAX_VALUE);
      List<String> out = new ArrayList<>(k);
      for (ScoreDoc d : found.topDocs().scoreDocs) {
        out.add(storyOfNode.get(d.doc));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] quantize(float[] unit) {
    byte[] out = new byte[unit.length];
    for (int i = 0; i < unit.length; i++) {
      out[i] = (byte) Math.max(-127, Math.min(127, Math.round(unit[i] * SCALE)));
    }
    return out;
  }
}
