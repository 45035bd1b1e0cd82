package io.wirewatch.enrich;

import java.util.List;

/** A person, government body or organisation named in the article; country and role may be null. */
public record EntityMention(
    String id, String name, EntityType type, String country, String role, int mentions,
    List<Evidence> evidence) {
  public EntityMention {
    evidence = List.copyOf(evidence);
  }
}
