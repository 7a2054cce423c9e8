package dev.worlddaily.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSONL commands of SYSTEM.md, run as a user runs them, on our own fictional articles. */
class JsonlCommandsTest {
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();
  PrintStream oldOut;
  PrintStream oldErr;

  @BeforeEach
  void capture() {
    oldOut = System.out;
    oldErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(oldOut);
    System.setErr(oldErr);
  }

  static final String QUAKE_A = "A magnitude 6.1 earthquake struck the coastal city of Port Sarin on Tuesday, killing 14 people.\\n\\n"
      + "Governor Tomas Ferreira said rescue teams searched collapsed buildings through the night. \\\"We will not stop until everyone is found,\\\" Ferreira said.";
  static final String QUAKE_B = "A strong earthquake hit Port Sarin on Tuesday, killing 12 people, the regional health office said.\\n\\n"
      + "More than 300 homes were destroyed in the hillside districts above the harbour.";
  static final String BUDGET = "The council of Eastmere approved a winter budget of 18 million crowns on Monday.\\n\\n"
      + "The vote passed by 19 to 8 after a long debate about street lighting and bus fares.";

  Path input(String... lines) throws Exception {
    Path f = dir.resolve("in.jsonl");
    Files.writeString(f, String.join("\n", lines) + "\n");
    return f;
  }

  List<JsonNode> lines() throws Exception {
    List<JsonNode> nodes = new ArrayList<>();
    for (String l : out.toString(StandardCharsets.UTF_8).split("\n")) {
      if (!l.isBlank()) {
        nodes.add(JSON.readTree(l));
      }
    }
    return nodes;
  }

  @Test
  void clusterWritesOneLinePerInputInOrder() throws Exception {
    Path f = input(
        "{\"id\":\"q1\",\"title\":\"Earthquake kills 14 in Port Sarin\",\"text\":\"" + QUAKE_A + "\",\"outlet\":\"harbourledger.example\",\"published\":\"2026-11-17T08:00:00Z\"}",
        "{\"id\":\"b1\",\"title\":\"Eastmere approves winter budget\",\"text\":\"" + BUDGET + "\",\"outlet\":\"lanternpost.example\",\"published\":\"2026-11-17T09:00:00Z\"}",
        "{\"id\":\"q2\",\"title\":\"Port Sarin earthquake kills 12\",\"text\":\"" + QUAKE_B + "\",\"outlet\":\"valleycourier.example\",\"published\":\"2026-11-17T10:00:00Z\"}");
    assertThat(WdnCommand.execute("cluster", "--input", f.toString(), "-q")).isZero();
    List<JsonNode> l = lines();
    assertThat(l).extracting(n -> n.get("id").asText()).containsExactly("q1", "b1", "q2");
    assertThat(l.get(2).get("story").asText()).isEqualTo(l.get(0).get("story").asText());
    assertThat(l.get(1).get("story").asText()).isNotEqualTo(l.get(0).get("story").asText());
  }

  @Test
  void synthesizeCitesTheInputTexts() throws Exception {
    Path f = input(
        "{\"id\":\"q1\",\"title\":\"Earthquake kills 14 in Port Sarin\",\"text\":\"" + QUAKE_A + "\",\"outlet\":\"harbourledger.example\",\"story\":\"quake\"}",
        "{\"id\":\"q2\",\"title\":\"Port Sarin earthquake kills 12\",\"text\":\"" + QUAKE_B + "\",\"outlet\":\"valleycourier.example\",\"story\":\"quake\"}",
        "{\"id\":\"b1\",\"title\":\"Eastmere approves winter budget\",\"text\":\"" + BUDGET + "\",\"outlet\":\"lanternpost.example\",\"story\":\"budget\"}");
    assertThat(WdnCommand.execute("synthesize", "--input", f.toString(), "--dek-words", "30", "-q")).isZero();
    List<JsonNode> stories = lines();
    assertThat(stories).extracting(n -> n.get("key").asText()).containsExactly("quake", "budget");
    JsonNode quake = stories.get(0);
    assertThat(quake.get("dek").asText().split("\\s+").length).isLessThanOrEqualTo(30);
    String textA = QUAKE_A.replace("\\n", "\n").replace("\\\"", "\"");
    String textB = QUAKE_B.replace("\\n", "\n");
    for (JsonNode p : quake.get("body")) {
      for (JsonNode s : p.get("sentences")) {
        JsonNode c = s.get("citations").get(0);
        String base = c.get("articleId").asText().equals("q1") ? textA : textB;
        assertThat(base.substring(c.get("start").asInt(), c.get("end").asInt())).contains(s.get("text").asText());
      }
    }
    assertThat(quake.get("figures").toString()).contains("\"conflict\":true");
  }

  @Test
  void annotatePrintsOffsetsIntoTheInput() throws Exception {
    Path f = input("{\"id\":\"q1\",\"title\":\"Quake\",\"text\":\"" + QUAKE_A + "\",\"published\":\"2026-11-17\"}");
    assertThat(WdnCommand.execute("annotate", "--input", f.toString(), "-q")).isZero();
    JsonNode a = lines().get(0);
    String text = QUAKE_A.replace("\\n", "\n").replace("\\\"", "\"");
    assertThat(a.get("language").asText()).isEqualTo("en");
    for (JsonNode e : a.get("entities")) {
      assertThat(text.substring(e.get("start").asInt(), e.get("end").asInt())).isEqualTo(e.get("text").asText());
    }
    assertThat(a.get("entities").toString()).contains("\"canonical\":\"Tomas Ferreira\"");
    assertThat(a.get("quotes").get(0).get("speaker").asText()).isEqualTo("Tomas Ferreira");
    assertThat(a.get("figures").toString()).contains("\"text\":\"14 people\",\"value\":14.0,\"unit\":\"people\"");
  }

  @Test
  void badLinesAreReportedAndTheRestProcessed() throws Exception {
    Path f = input("not json", "{\"text\":\"no id\"}", "{\"id\":\"b1\",\"text\":\"" + BUDGET + "\"}");
    assertThat(WdnCommand.execute("cluster", "--input", f.toString(), "-q")).isEqualTo(1);
    assertThat(lines()).extracting(n -> n.get("id").asText()).containsExactly("b1");
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 1: skipped: invalid JSON").contains("line 2: skipped: missing \"id\"");
    assertThat(WdnCommand.execute("cluster", "--input", dir.resolve("missing.jsonl").toString(), "-q")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("wdn cluster: no such file");
  }

  @Test
  void extractWritesTheSystemMdFields() throws Exception {
    Path files = dir.resolve("files");
    dev.worlddaily.sample.SampleCorpus.load().copyTextFiles(files);
    assertThat(WdnCommand.execute("extract", files.toString(), "--jsonl", "-q")).isZero();
    List<JsonNode> l = lines();
    assertThat(l).hasSize(5);
    JsonNode night = l.stream().filter(n -> n.get("input").asText().endsWith("port-sarin-night.txt")).findFirst().orElseThrow();
    assertThat(night.get("title").asText()).isEqualTo("Port Sarin spends a second night outdoors as aftershocks continue");
    assertThat(night.get("authors").get(0).asText()).isEqualTo("Gabriela Rios");
    assertThat(night.get("outlet").asText()).isEqualTo("The Coastal Observer");
    assertThat(night.get("text").asText()).doesNotContain("votes").doesNotContain("views");
    for (String field : List.of("input", "url", "title", "authors", "published", "language", "outlet", "image", "text", "paragraphs")) {
      assertThat(night.has(field) || field.equals("image")).as(field).isTrue();
    }
    // Every line carries the language read from the text (issue 4).
    assertThat(l).allSatisfy(n -> assertThat(n.path("language").asText()).as(n.path("input").asText()).matches("[a-z]{2}"));
    assertThat(night.get("language").asText()).isEqualTo("en");
  }
}
