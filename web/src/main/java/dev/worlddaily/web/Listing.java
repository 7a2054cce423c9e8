package dev.worlddaily.web;

import java.util.List;

/**
 * One page of a longer list: its items, where it starts, its size and how many there are in
 * all, for "older"/"newer" links and the API's pagination fields.
 */
public record Listing<T>(List<T> items, int offset, int limit, long total) {
  public Listing {
    items = List.copyOf(items);
  }

  public boolean hasNext() {
    return offset + items.size() < total;
  }

  public boolean hasPrevious() {
    return offset > 0;
  }

  /** 1-based page number. */
  public int page() {
    return offset / limit + 1;
  }

  public int pages() {
    return (int) Math.max(1, (total + limit - 1) / limit);
  }
}
