package dev.worlddaily.queue.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.worlddaily.store.JsonCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Record values as the project's JSON (the mapper of the store and the API, so a record reads
 * back as the same value); vectors travel as JSON arrays.
 */
public final class JsonRecordCodec<T> {
  private final ObjectMapper json = JsonCodec.newMapper();
  private final Class<T> type;

  public JsonRecordCodec(Class<T> type) {
    this.type = type;
  }

  public byte[] encode(T value) {
    return JsonCodec.write(json, value).getBytes(StandardCharsets.UTF_8);
  }

  /** The value of a record, or an exception whose message says what is wrong with it. */
  public T decode(byte[] bytes) throws IOException {
    if (bytes == null) {
      throw new IOException("record has no value");
    }
    return json.readValue(bytes, type);
  }

  public Class<T> type() {
    return type;
  }
}
