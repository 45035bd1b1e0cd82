package io.wirewatch.topics;

/** One problem in topics.yaml: where, what is wrong, and how to fix it. */
public record TopicProblem(int line, String message, String fix) {
  @Override
  public String toString() {
    return "line " + line + ": " + message + " — " + fix;
  }
}
