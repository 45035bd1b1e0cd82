package io.wirewatch.ingest.parse;

import io.wirewatch.ingest.RawArticle;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/** Chooses a parser by file name and holds the shared helpers of the parsers. */
public final class Parsers {
  private final WireTextParser wire;
  private final JsonLinesParser jsonLines;
  private final JsonDocumentParser jsonDocument;

  public Parsers(Boilerplate boilerplate, Clock clock) {
    this.wire = new WireTextParser(boilerplate, clock);
    this.jsonLines = new JsonLinesParser();
    this.jsonDocument = new JsonDocumentParser();
  }

  public static Parsers defaults() {
    return new Parsers(Boilerplate.defaults(), Clock.systemUTC());
  }

  /** The parser for a file name's extension, or empty when the type is not one we read. */
  public Optional<ArticleParser> forFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".txt")) {
      return Optional.of(wire);
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return Optional.of(jsonLines);
    }
    if (name.endsWith(".json")) {
      return Optional.of(jsonDocument);
    }
    return Optional.empty();
  }

  public WireTextParser wireText() {
    return wire;
  }

  public JsonLinesParser jsonLines() {
    return jsonLines;
  }

  public JsonDocumentParser jsonDocument() {
    return jsonDocument;
  }

  /** Hands a parsed article to the sink, or reports it when it lacks a headline or body. */
  static void emit(ParseSink sink, String location, RawArticle a) {
    String problem = a.problem();
    if (problem == null) {
      sink.article(a);
    } else {
      sink.problem(location, problem, problem);
    }
  }
}
