package dev.worlddaily.sample;

import java.util.List;

/**
 * A plain-text or Markdown article of the corpus, with what extraction should find in it.
 *
 * @param file file name under {@code files/}
 * @param eventId the event it reports
 * @param title the expected title
 * @param authors the expected authors
 * @param outlet the expected outlet name from a signature, or null
 */
public record SampleTextFile(String file, String eventId, String title, List<String> authors, String outlet) {
  public SampleTextFile {
    authors = List.copyOf(authors);
  }
}
