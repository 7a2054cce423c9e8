package dev.worlddaily.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.worlddaily.model.Article;
import dev.worlddaily.model.Outcome;
import dev.worlddaily.model.Paragraph;
import dev.worlddaily.store.JsonCodec;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wdn extract PATH...}: extraction only, nothing stored. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract articles from files or directories (HTML, text, Markdown, .gz); nothing is stored.")
final class ExtractCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Parameters(paramLabel = "PATH", arity = "1..*")
  List<String> paths;

  @Option(names = "--jsonl", description = "One JSON object per input file.")
  boolean jsonl;

  @Override
  public Integer call() throws Exception {
    Console console = Console.system(common.quiet);
    ObjectMapper json = JsonCodec.newMapper();
    int failed = 0;
    int ok = 0;
    try (Stages stages = Stages.open(common, console)) {
      for (String path : paths) {
        if (path.startsWith("http://") || path.startsWith("https://")) {
          throw new IllegalArgumentException("extract reads files and directories; to fetch URLs use wdn ingest: " + path);
        }
        List<Outcome<Article>> outcomes = new ArrayList<>();
        stages.ingestor().ingest(path, null, outcomes::add, dev.worlddaily.model.Progress.NONE);
        for (Outcome<Article> o : outcomes) {
          if (!o.isOk()) {
            console.error(o.describe());
            failed++;
            continue;
          }
          ok++;
          Article a = o.value();
          if (jsonl) {
            console.out().println(json.writeValueAsString(line(a)));
          } else {
            console.out().printf(Locale.ROOT, "%s%n  title: %s%n  authors: %s%n  published: %s%n  outlet: %s  language: %s%n  %d paragraphs, %d characters%n%n",
                input(a), a.title(), String.join(", ", a.authors()), a.published(), a.outlet().name(), a.language(), a.paragraphs().size(), a.text().length());
          }
        }
      }
    }
    return ok == 0 && failed > 0 ? 1 : 0;
  }

  private static Map<String, Object> line(Article a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("input", input(a));
    m.put("url", a.canonicalUrl());
    m.put("title", a.title());
    m.put("authors", a.authors());
    m.put("published", a.published());
    m.put("language", a.language());
    m.put("outlet", a.outlet().name());
    m.put("image", a.images().isEmpty() ? null : a.images().get(0));
    m.put("text", a.text());
    List<Map<String, Object>> paragraphs = new ArrayList<>();
    for (Paragraph p : a.paragraphs()) {
      Map<String, Object> pm = new LinkedHashMap<>();
      pm.put("start", p.start());
      pm.put("end", p.end());
      pm.put("kind", p.kind().name().toLowerCase(Locale.ROOT));
      pm.put("text", a.paragraphText(p));
      paragraphs.add(pm);
    }
    m.put("paragraphs", paragraphs);
    return m;
  }

  /** The input file the article came from. */
  private static String input(Article a) {
    try {
      return a.url().startsWith("file:") ? Path.of(URI.create(a.url())).toString() : a.url();
    } catch (IllegalArgumentException e) {
      return a.url();
    }
  }
}
