package io.wirewatch.replay.export;

/** File formats a replay writes. */
public enum ExportFormat {
  /** One JSON object per line, the shape of {@code wirewatch tag}. */
  JSONL,
  /** RFC 4180 CSV with a header row and flat columns. */
  CSV,
  /** An Avro object container file with the writer schema embedded. */
  AVRO;

  /** The usual file extension, without the dot. */
  public String extension() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
