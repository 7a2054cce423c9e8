package dev.worlddaily.model;

/** Kinds of named entities in the story contract. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  PLACE,
  COUNTRY,
  EVENT,
  OTHER
}
