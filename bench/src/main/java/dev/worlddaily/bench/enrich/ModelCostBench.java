package dev.worlddaily.bench.enrich;

import dev.langchain4j.model.embedding.onnx.HuggingFaceTokenCountEstimator;
import dev.worlddaily.enrich.Embedder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The MiniLM model's own cost per text, by length: texts of each length (a fictional news lead,
 * made distinct so the cache never answers) embedded on one model thread, with the CPU time of
 * that thread per text (the tokenizer included) and the word pieces the model read.
 */
@Command(name = "model-cost", mixinStandardHelpOptions = true, description = "CPU time of one MiniLM pass by text length.")
public final class ModelCostBench implements Callable<Integer> {
  private static final String LEAD = "Harbour workers in Velmora walked out on Tuesday after talks over pay collapsed, the union said, "
      + "halting cargo at the country's second-largest port. The strike, the third this year, began at 6 a.m. local time and is "
      + "expected to last 48 hours. Officials at the port authority said 14 ships were waiting offshore and that perishable goods "
      + "would be diverted to Castelno. Union leader Maren Oduya told reporters the workers wanted a 9 percent raise. ";

  @Option(names = "--chars", split = ",", defaultValue = "60,200,400,800", description = "Text lengths in characters.")
  List<Integer> lengths;

  @Option(names = "--texts", defaultValue = "200", description = "Texts embedded per length (after 30 to warm up).")
  int texts;

  @Override
  public Integer call() {
    HuggingFaceTokenCountEstimator pieces = new HuggingFaceTokenCountEstimator();
    System.out.printf(Locale.ROOT, "model-cost: %d texts per length, 1 model thread; %d cores, %s %s%n", texts,
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"), System.getProperty("java.vm.version"));
    try (Embedder embedder = new Embedder(1, 1, 1)) {
      for (int chars : lengths) {
        String base = LEAD.repeat(chars / LEAD.length() + 1).substring(0, chars);
        embedder.embedAll(variants(base, 30, "w"));
        List<String> measured = variants(base, texts, "m");
        long cpu0 = embedder.cpuNanos();
        long wall0 = System.nanoTime();
        embedder.embedAll(measured);
        double cpu = (embedder.cpuNanos() - cpu0) / 1e6 / texts;
        double wall = (System.nanoTime() - wall0) / 1e6 / texts;
        int tokens = pieces.estimateTokenCountInText(measured.get(0));
        System.out.printf(Locale.ROOT, "%4d characters, %3d word pieces (capped at 128 by the model): %.2f ms of CPU, %.2f ms wall per text%n",
            chars, tokens, cpu, wall);
      }
    }
    return 0;
  }

  private static List<String> variants(String base, int n, String tag) {
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(base + " " + tag + i);
    }
    return out;
  }
}
