package dev.worlddaily.eval.clustering;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * B-cubed precision, recall and F1 of a predicted partition against a gold one (Bagga and
 * Baldwin 1998): per item, the share of its predicted cluster that shares its gold class
 * (precision) and the share of its gold class inside its predicted cluster (recall), averaged
 * over items; F1 is the harmonic mean of the two averages.
 */
public record BCubed(double precision, double recall, double f1) {

  /** Scores item {@code i}'s predicted label {@code predicted.get(i)} against {@code gold.get(i)}. */
  public static BCubed of(List<String> predicted, List<String> gold) {
    if (predicted.size() != gold.size()) {
      throw new IllegalArgumentException("predicted and gold sizes differ: " + predicted.size() + " vs " + gold.size());
    }
    if (predicted.isEmpty()) {
      return new BCubed(1, 1, 1);
    }
    Map<String, Integer> clusterSize = new HashMap<>();
    Map<String, Integer> classSize = new HashMap<>();
    Map<List<String>, Integer> overlap = new HashMap<>();
    for (int i = 0; i < predicted.size(); i++) {
      String p = Objects.requireNonNull(predicted.get(i), "predicted label");
      String g = Objects.requireNonNull(gold.get(i), "gold label");
      clusterSize.merge(p, 1, Integer::sum);
      classSize.merge(g, 1, Integer::sum);
      overlap.merge(List.of(p, g), 1, Integer::sum);
    }
    double precision = 0;
    double recall = 0;
    for (int i = 0; i < predicted.size(); i++) {
      String p = predicted.get(i);
      String g = gold.get(i);
      double both = overlap.get(List.of(p, g));
      precision += both / clusterSize.get(p);
      recall += both / classSize.get(g);
    }
    precision /= predicted.size();
    recall /= predicted.size();
    return new BCubed(precision, recall, 2 * precision * recall / (precision + recall));
  }
}
