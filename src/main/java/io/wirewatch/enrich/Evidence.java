package io.wirewatch.enrich;

/**
 * Why a tag exists: the matched text, its offsets in a field (UTF-16 code units, end
 * exclusive) and what produced it (a gazetteer entry or a rule id).
 */
public record Evidence(String text, ArticleField field, int start, int end, String source) {}
