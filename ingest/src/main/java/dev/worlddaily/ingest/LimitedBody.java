package dev.worlddaily.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body read into memory up to a limit: a declared Content-Length over the limit is
 * refused before a byte is read, and a body that grows past it is cut and the connection
 * dropped, so an endless or huge response costs at most {@code maxBytes}.
 */
final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
  /** The body was larger than allowed; the message is the one-line reason. */
  static final class TooLarge extends IOException {
    TooLarge(String message) {
      super(message);
    }
  }

  private final long maxBytes;
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private Flow.Subscription subscription;
  private long received;

  private final String refusal;

  private LimitedBody(long maxBytes, String refusal) {
    this.maxBytes = maxBytes;
    this.refusal = refusal;
  }

  static HttpResponse.BodyHandler<byte[]> handler(long maxBytes) {
    return info -> {
      long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
      if (declared > maxBytes) {
        return new LimitedBody(maxBytes, "body of " + declared + " bytes exceeds the limit of " + maxBytes + " bytes");
      }
      return new LimitedBody(maxBytes, null);
    };
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    if (refusal != null) {
      s.cancel();
      result.completeExceptionally(new TooLarge(refusal));
      return;
    }
    s.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    if (result.isDone()) {
      return;
    }
    for (ByteBuffer b : buffers) {
      received += b.remaining();
      if (received > maxBytes) {
        subscription.cancel();
        result.completeExceptionally(new TooLarge("body exceeds the limit of " + maxBytes + " bytes"));
        return;
      }
      byte[] chunk = new byte[b.remaining()];
      b.get(chunk);
      out.write(chunk, 0, chunk.length);
    }
  }

  @Override
  public void onError(Throwable t) {
    result.completeExceptionally(t);
  }

  @Override
  public void onComplete() {
    result.complete(out.toByteArray());
  }
}
