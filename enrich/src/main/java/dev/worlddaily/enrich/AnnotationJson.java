package dev.worlddaily.enrich;

import dev.worlddaily.model.annotation.Annotations;
import dev.worlddaily.model.annotation.DateMention;
import dev.worlddaily.model.annotation.EntityMention;
import dev.worlddaily.model.annotation.FigureMention;
import dev.worlddaily.model.annotation.QuoteMention;
import dev.worlddaily.model.annotation.TextSpan;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSONL shape of {@code wdn annotate} (SYSTEM.md), as maps Jackson writes in field order;
 * besides SYSTEM.md's fields, {@code paragraphLanguages} (mixed-language articles) and {@code dates}.
 */
public final class AnnotationJson {
  private AnnotationJson() {}

  public static Map<String, Object> of(String id, Annotations a) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", id);
    out.put("language", a.language());
    out.put("paragraphLanguages", a.paragraphLanguages().stream()
        .map(l -> ordered("start", l.start(), "end", l.end(), "language", l.language())).toList());
    out.put("category", a.category() == null ? null : a.category().label());
    out.put("sentences", a.sentences().stream().map(AnnotationJson::sentence).toList());
    out.put("entities", a.entities().stream().map(AnnotationJson::entity).toList());
    out.put("figures", a.figures().stream().map(AnnotationJson::figure).toList());
    out.put("quotes", a.quotes().stream().map(AnnotationJson::quote).toList());
    out.put("dates", a.dates().stream().map(AnnotationJson::date).toList());
    return out;
  }

  private static Map<String, Object> sentence(TextSpan s) {
    return ordered("start", s.start(), "end", s.end());
  }

  private static Map<String, Object> entity(EntityMention e) {
    return ordered("start", e.start(), "end", e.end(), "text", e.text(), "type", e.type().name(), "canonical", e.canonical());
  }

  private static Map<String, Object> figure(FigureMention f) {
    return ordered("start", f.start(), "end", f.end(), "text", f.text(), "value", f.value(), "unit", f.unit());
  }

  private static Map<String, Object> quote(QuoteMention q) {
    return ordered("start", q.start(), "end", q.end(), "text", q.text(), "speaker", q.speaker());
  }

  private static Map<String, Object> date(DateMention d) {
    return ordered("start", d.start(), "end", d.end(), "text", d.text(), "date", d.date().toString());
  }

  private static Map<String, Object> ordered(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

}
