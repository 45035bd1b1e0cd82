package io.wirewatch.platform.registry;

/** Starts an embedded registry whose state lives in memory, for unit tests of other packages. */
public final class InMemorySchemaRegistry {
  private InMemorySchemaRegistry() {}

  public static EmbeddedSchemaRegistry start() {
    return EmbeddedSchemaRegistry.startInMemory();
  }
}
