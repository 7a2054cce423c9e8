package dev.worlddaily.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code wdn synthesize} with {@code llm.baseUrl} set, against an OpenAI-compatible server on
 * loopback that replays one answer we wrote for fictional articles: the sentence with an
 * invented figure is not published, the supported one is.
 */
class SynthesizeWithLlmTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String ANSWER = """
      {"dek": {"text": "An earthquake struck Port Sarin on Tuesday, killing 12 to 14 people.", "cite": [1, 3]},
       "body": [[{"text": "A magnitude 6.1 earthquake struck the coastal city of Port Sarin on Tuesday, killing 14 people.", "cite": [1]},
                 {"text": "The earthquake killed 99 people in the harbour.", "cite": [1]}]],
       "keyPoints": []}""";
  @TempDir Path dir;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  PrintStream oldOut;
  HttpServer server;
  final AtomicInteger calls = new AtomicInteger();

  @BeforeEach
  void start() throws Exception {
    oldOut = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/v1/chat/completions", exchange -> {
      calls.incrementAndGet();
      exchange.getRequestBody().readAllBytes();
      ObjectNode root = JSON.createObjectNode().put("id", "chatcmpl-1").put("object", "chat.completion").put("created", 1L).put("model", "replay");
      ObjectNode choice = root.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
      choice.putObject("message").put("role", "assistant").put("content", ANSWER);
      byte[] body = JSON.writeValueAsBytes(root);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream os = exchange.getResponseBody()) {
        os.write(body);
      }
    });
    server.start();
  }

  @AfterEach
  void stop() {
    System.setOut(oldOut);
    server.stop(0);
  }

  @Test
  void theLlmTextIsPublishedOnlyWhereItsSpansSupportIt() throws Exception {
    Path f = dir.resolve("in.jsonl");
    Files.writeString(f, String.join("\n",
        "{\"id\":\"q1\",\"title\":\"Earthquake kills 14 in Port Sarin\",\"outlet\":\"harbourledger.example\",\"text\":\""
            + "A magnitude 6.1 earthquake struck the coastal city of Port Sarin on Tuesday, killing 14 people.\\n\\n"
            + "Governor Tomas Ferreira said rescue teams searched collapsed buildings through the night.\"}",
        "{\"id\":\"q2\",\"title\":\"Port Sarin earthquake kills 12\",\"outlet\":\"valleycourier.example\",\"text\":\""
            + "A strong earthquake hit Port Sarin on Tuesday, killing 12 people, the regional health office said.\"}") + "\n");
    String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    assertThat(WdnCommand.execute("synthesize", "--input", f.toString(), "--data", dir.resolve("data").toString(),
        "--set", "llm.baseUrl=" + url, "--set", "llm.model=replay", "-q")).isZero();
    assertThat(calls.get()).isEqualTo(1);
    JsonNode story = JSON.readTree(out.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).findFirst().orElseThrow());
    assertThat(story.get("dek").asText()).isEqualTo("An earthquake struck Port Sarin on Tuesday, killing 12 to 14 people.");
    String body = story.get("body").toString();
    assertThat(body).contains("killing 14 people.").doesNotContain("99 people");
  }
}
