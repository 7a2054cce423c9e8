package dev.worlddaily.model;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The result of processing one document: a value, or the recorded reason it was skipped or
 * failed. Bad input is data, not an exception.
 */
public record Outcome<T>(Status status, T value, List<String> reasons) {

  /** How processing ended. */
  public enum Status {
    OK,
    /** Not an error of ours or the source's: nothing to do (empty body, not an article). */
    SKIPPED,
    /** The input is broken or could not be processed. */
    FAILED
  }

  public Outcome {
    Objects.requireNonNull(status, "status");
    reasons = List.copyOf(reasons == null ? List.of() : reasons);
    if (status == Status.OK && value == null) {
      throw new IllegalArgumentException("an OK outcome needs a value");
    }
  }

  public static <T> Outcome<T> ok(T value) {
    return new Outcome<>(Status.OK, value, List.of());
  }

  public static <T> Outcome<T> ok(T value, List<String> notes) {
    return new Outcome<>(Status.OK, value, notes);
  }

  public static <T> Outcome<T> skipped(String reason) {
    return new Outcome<>(Status.SKIPPED, null, List.of(reason));
  }

  public static <T> Outcome<T> failed(String reason) {
    return new Outcome<>(Status.FAILED, null, List.of(reason));
  }

  public boolean isOk() {
    return status == Status.OK;
  }

  /** One-line description: "skipped: empty body". */
  public String describe() {
    return status.name().toLowerCase(java.util.Locale.ROOT)
        + (reasons.isEmpty() ? "" : ": " + String.join("; ", reasons));
  }

  public <R> Outcome<R> map(Function<? super T, ? extends R> f) {
    return isOk() ? new Outcome<>(status, f.apply(value), reasons) : new Outcome<>(status, null, reasons);
  }
}
