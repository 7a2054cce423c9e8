package dev.worlddaily.model;

/** Receives progress of long work (done out of total; total may be -1 when unknown). */
@FunctionalInterface
public interface Progress {
  Progress NONE = (done, total) -> {};

  void update(long done, long total);
}
