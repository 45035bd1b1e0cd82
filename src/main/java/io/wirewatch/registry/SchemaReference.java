package io.wirewatch.registry;

/** A reference to a named type registered under another subject-version ({@code version} -1 = latest). */
public record SchemaReference(String name, String subject, int version) {}
