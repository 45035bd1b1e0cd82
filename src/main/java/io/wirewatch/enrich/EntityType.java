package io.wirewatch.enrich;

/** Kind of a gazetteer entity; the same symbols as the Avro {@code EntityType}. */
public enum EntityType {
  PERSON,
  GOVERNMENT_BODY,
  INTERNATIONAL_ORGANISATION,
  ORGANISATION,
  OTHER
}
