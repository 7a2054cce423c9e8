package dev.worlddaily.synthesize;

import java.util.List;

/**
 * What verification checked and dropped.
 *
 * @param checked elements checked (sentences, key points, quotes, figure values, perspectives,
 *     timeline entries, dek)
 * @param dropped elements removed because their citations do not support them
 * @param unsupportedFigures figure values among the dropped
 * @param reasons one line per dropped element
 */
public record VerificationReport(int checked, int dropped, int unsupportedFigures, List<String> reasons) {
  public VerificationReport {
    reasons = List.copyOf(reasons);
  }

  /** Share of checked elements whose citations support them. */
  public double precision() {
    return checked == 0 ? 1.0 : (checked - dropped) / (double) checked;
  }
}
