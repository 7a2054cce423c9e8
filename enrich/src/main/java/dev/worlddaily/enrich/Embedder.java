package dev.worlddaily.enrich;

import dev.worlddaily.model.Ids;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sentence embeddings from the quantized MiniLM model that ships inside its Maven jar (384
 * dimensions, unit length), cached by content hash; the texts missing from the cache are
 * embedded in batches, the texts of a batch on {@code threads} threads at once. One instance
 * holds the ONNX session and the threads; share it, close it.
 */
public final class Embedder implements AutoCloseable {
  public static final int DIMENSIONS = 384;

  private final MiniLmEncoder model;
  private final ExecutorService pool;
  private final int batchSize;
  private final Map<String, float[]> cache;
  private final AtomicLong computed = new AtomicLong();
  private final AtomicLong modelCalls = new AtomicLong();
  private final java.util.concurrent.atomic.LongAdder cpuNanos = new java.util.concurrent.atomic.LongAdder();

  /** An embedder using one thread per available processor. */
  public Embedder(int batchSize, int cacheSize) {
    this(batchSize, cacheSize, Runtime.getRuntime().availableProcessors());
  }

  public Embedder(int batchSize, int cacheSize, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1: " + threads);
    }
    this.model = new MiniLmEncoder();
    this.pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "minilm");
      t.setDaemon(true);
      return t;
    });
    this.batchSize = batchSize;
    this.cache = new LinkedHashMap<>(Math.max(16, cacheSize), 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
        return size() > cacheSize;
      }
    };
  }

  /** Unit-length embedding of one text. */
  public float[] embed(String text) {
    return embedAll(List.of(text)).get(0);
  }

  /** Unit-length embeddings of texts, in order; cached texts are not recomputed. */
  public List<float[]> embedAll(List<String> texts) {
    float[][] out = new float[texts.size()][];
    List<Integer> missing = new ArrayList<>();
    List<String> keys = new ArrayList<>(texts.size());
    synchronized (cache) {
      for (int i = 0; i < texts.size(); i++) {
        String key = Ids.sha256Hex(texts.get(i));
        keys.add(key);
        float[] hit = cache.get(key);
        if (hit != null) {
          out[i] = hit;
        } else {
          missing.add(i);
        }
      }
    }
    for (int from = 0; from < missing.size(); from += batchSize) {
      List<Integer> batch = missing.subList(from, Math.min(missing.size(), from + batchSize));
      List<Future<float[]>> embedded = new ArrayList<>(batch.size());
      for (int i : batch) {
        String t = texts.get(i);
        embedded.add(pool.submit(() -> {
          long t0 = StageTimes.now();
          float[] v = model.encode(t.isBlank() ? "." : t);
          cpuNanos.add(StageTimes.now() - t0);
          return v;
        }));
      }
      modelCalls.incrementAndGet();
      computed.addAndGet(batch.size());
      synchronized (cache) {
        for (int k = 0; k < batch.size(); k++) {
          float[] v = normalize(result(embedded.get(k)));
          out[batch.get(k)] = v;
          cache.put(keys.get(batch.get(k)), v);
        }
      }
    }
    return List.of(out);
  }

  private static float[] result(Future<float[]> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while embedding", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }
  }

  /** CPU time the model's calls took so far, on the embedder's threads (tokenizer included). */
  public long cpuNanos() {
    return cpuNanos.sum();
  }

  /** Texts embedded by the model so far (cache misses). */
  public long computedCount() {
    return computed.get();
  }

  /** Calls to the model so far; each embeds up to one batch of texts. */
  public long modelCallCount() {
    return modelCalls.get();
  }

  static float[] normalize(float[] v) {
    double sum = 0;
    for (float x : v) {
      sum += x * x;
    }
    double norm = Math.sqrt(sum);
    if (norm == 0) {
      return v;
    }
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (float) (v[i] / norm);
    }
    return out;
  }

  /** Cosine similarity of two unit vectors. */
  public static double cosine(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return dot;
  }

  @Override
  public void close() {
    pool.shutdownNow();
    model.close();
  }
}
