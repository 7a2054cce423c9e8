package dev.worlddaily.ingest;

import dev.worlddaily.model.Feed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The starter sources: real public news feeds across regions, languages and leanings, each with
 * its outlet's country, used by {@code wdn run} when no sources are configured. Never fetched by
 * tests.
 */
public final class StarterSources {
  private static final String RESOURCE = "/dev/worlddaily/ingest/starter-sources.opml";

  private StarterSources() {}

  public static List<Feed> load() {
    try (InputStream in = StarterSources.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("starter sources missing from the classpath: " + RESOURCE);
      }
      return OpmlCodec.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the starter sources", e);
    }
  }
}
