package dev.worlddaily.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * An OpenAI-compatible chat completions endpoint on a loopback port that replays answers
 * recorded by us, one per request, in order, and keeps the requests it received.
 */
final class ReplayServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One recorded reply: an HTTP status and the assistant's message content. */
  record Reply(int status, String content) {}

  private final HttpServer server;
  private final Deque<Reply> replies = new ArrayDeque<>();
  private final List<String> requests = new ArrayList<>();

  ReplayServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/v1/chat/completions", this::handle);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  synchronized ReplayServer reply(int status, String content) {
    replies.add(new Reply(status, content));
    return this;
  }

  /** The content of a recorded answer under {@code src/test/resources/replay/}. */
  static String recorded(String name) {
    try (InputStream in = ReplayServer.class.getResourceAsStream("/replay/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no recorded answer " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  synchronized List<String> requests() {
    return List.copyOf(requests);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Reply reply;
    synchronized (this) {
      requests.add(body);
      reply = replies.poll();
    }
    byte[] out;
    int status;
    if (reply == null) {
      status = 500;
      out = "{\"error\":{\"message\":\"no recorded answer left\"}}".getBytes(StandardCharsets.UTF_8);
    } else if (reply.status() != 200) {
      status = reply.status();
      out = ("{\"error\":{\"message\":\"" + reply.content() + "\"}}").getBytes(StandardCharsets.UTF_8);
    } else {
      status = 200;
      out = JSON.writeValueAsBytes(completion(reply.content(), JSON.readTree(body).path("model").asText()));
    }
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, out.length);
    try (OutputStream os = exchange.getResponseBody()) {
      os.write(out);
    }
  }

  private static ObjectNode completion(String content, String model) {
    ObjectNode root = JSON.createObjectNode();
    root.put("id", "chatcmpl-replay").put("object", "chat.completion").put("created", 1_795_000_000L).put("model", model);
    ObjectNode choice = root.putArray("choices").addObject();
    choice.put("index", 0).put("finish_reason", "stop");
    choice.putObject("message").put("role", "assistant").put("content", content);
    root.putObject("usage").put("prompt_tokens", 100).put("completion_tokens", 100).put("total_tokens", 200);
    return root;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
