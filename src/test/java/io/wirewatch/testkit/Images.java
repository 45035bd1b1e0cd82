package io.wirewatch.testkit;

/** Container images for the Testcontainers backend, pinned in one place. */
public final class Images {
  /** Apache Kafka in KRaft mode. */
  public static final String KAFKA = "apache/kafka:4.1.1";
  /** Confluent Schema Registry: the proof that our client and serdes speak the real protocol. */
  public static final String SCHEMA_REGISTRY = "confluentinc/cp-schema-registry:8.1.0";
  /**
   * Apicurio Registry 3 (in-memory storage by default), a registry Wirewatch did not write, spoken
   * to through its Confluent-compatible API at {@code /apis/ccompat/v7}.
   */
  public static final String APICURIO_REGISTRY = "apicurio/apicurio-registry:3.0.9";

  private Images() {}
}
