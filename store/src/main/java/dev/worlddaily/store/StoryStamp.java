package dev.worlddaily.store;

/**
 * What identifies one stored state of a story without reading it: its id (after merges), version,
 * last update (epoch seconds) and whether it is published. A cache of anything derived from a
 * story (a rendered page) stays valid while the stamp is equal.
 */
public record StoryStamp(String id, int version, long updatedKey, boolean published) {}
