package io.wirewatch.platform.registry;

/** A reference from one schema to a named type registered under another subject-version. */
record SchemaRef(String name, String subject, int version) {}
