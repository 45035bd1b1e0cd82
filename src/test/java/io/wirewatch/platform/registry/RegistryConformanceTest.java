package io.wirewatch.platform.registry;

/** The conformance checklist against a registry whose state lives in memory. */
class RegistryConformanceTest extends RegistryConformanceCases {
  @Override
  protected EmbeddedSchemaRegistry startFreshRegistry() {
    return EmbeddedSchemaRegistry.startInMemory();
  }
}
