package dev.worlddaily.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A real HTTP server on a loopback address (127.0.0.1 unless given) whose routes tests define. */
final class LoopbackServer implements AutoCloseable {
  /** A route handler. */
  @FunctionalInterface
  interface Handler {
    void handle(HttpExchange exchange) throws IOException;
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final String address;
  private final Map<String, Handler> routes = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  private final Map<String, List<Long>> arrivals = new ConcurrentHashMap<>();

  LoopbackServer() throws IOException {
    this("127.0.0.1");
  }

  LoopbackServer(String address) throws IOException {
    this.address = address;
    server = HttpServer.create(new InetSocketAddress(address, 0), 0);
    server.setExecutor(executor);
    server.createContext("/", ex -> {
      String path = ex.getRequestURI().getPath();
      arrivals.computeIfAbsent(path, k -> new CopyOnWriteArrayList<>()).add(System.nanoTime());
      hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
      Handler h = routes.get(path);
      try {
        if (h == null) {
          send(ex, 404, "text/plain", "not found".getBytes());
        } else {
          h.handle(ex);
        }
      } catch (IOException e) {
        // the client went away (a limit or timeout of ours): nothing to answer
      } finally {
        ex.close();
      }
    });
    server.start();
  }

  void route(String path, Handler h) {
    routes.put(path, h);
  }

  void page(String path, String contentType, String body) {
    route(path, ex -> send(ex, 200, contentType, body.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  void bytes(String path, String contentType, byte[] body) {
    route(path, ex -> send(ex, 200, contentType, body));
  }

  /** A redirect from {@code path} to {@code location}. */
  void redirect(String path, int status, String location) {
    route(path, ex -> {
      ex.getResponseHeaders().set("Location", location);
      send(ex, status, null, new byte[0]);
    });
  }

  String url(String path) {
    return "http://" + address + ":" + server.getAddress().getPort() + path;
  }

  int port() {
    return server.getAddress().getPort();
  }

  int hits(String path) {
    AtomicInteger n = hits.get(path);
    return n == null ? 0 : n.get();
  }

  /** When requests for a path arrived (System.nanoTime), in order. */
  List<Long> arrivals(String path) {
    return new ArrayList<>(arrivals.getOrDefault(path, List.of()));
  }

  static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    if (type != null) {
      ex.getResponseHeaders().set("Content-Type", type);
    }
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /** Sends a body chunked, without a Content-Length, as a streaming server would. */
  static void sendChunked(HttpExchange ex, String type, byte[] body) throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(200, 0);
    try (OutputStream out = ex.getResponseBody()) {
      for (int i = 0; i < body.length; i += 65536) {
        out.write(body, i, Math.min(65536, body.length - i));
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
