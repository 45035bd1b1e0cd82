package io.wirewatch.topics;

import io.wirewatch.UserException;
import java.util.List;
import java.util.stream.Collectors;

/** topics.yaml is invalid; {@link #problems()} lists every problem found. */
public final class TopicCatalogException extends UserException {
  private static final long serialVersionUID = 1L;
  private final transient List<TopicProblem> problems;

  public TopicCatalogException(String source, List<TopicProblem> problems) {
    super(source + " has " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + ":\n"
        + problems.stream().map(p -> "  " + source + ":" + p).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<TopicProblem> problems() {
    return problems;
  }
}
