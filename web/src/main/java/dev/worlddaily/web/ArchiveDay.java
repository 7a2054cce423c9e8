package dev.worlddaily.web;

import java.time.LocalDate;

/** A day of the archive and how many stories were last updated on it. */
public record ArchiveDay(LocalDate day, long stories) {
  public String href() {
    return "/archive/" + day;
  }
}
